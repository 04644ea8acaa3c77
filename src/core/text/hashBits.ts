/**
 * The engine's one string hash and its bit filters. FNV-1a over UTF-16 code units, kept as an int32
 * (the seed is `| 0`), so a running hash stays a small integer in the scanning loops: the NER
 * features, the topic word table, the gazetteer's and the knowledge base's filters all hash with it.
 */

/** FNV-1a's offset basis as an int32: the hash of the empty string. */
export const HASH_SEED = 0x811c9dc5 | 0;

/** FNV-1a step: folds one code unit into a running hash. */
export function fnvStep(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193);
}

/** Bit `i` of a filter held as 32-bit words. */
export function isBitSet(bits: Uint32Array, i: number): boolean {
  return (bits[i >>> 5] & (1 << (i & 31))) !== 0;
}

/** Sets bit `i` of a filter held as 32-bit words. */
export function setBit(bits: Uint32Array, i: number): void {
  bits[i >>> 5] |= 1 << (i & 31);
}
