/**
 * 32-bit integer hashing for feature keys. Features are never materialised as strings:
 * each token's word, shape and affixes are hashed once, and templates combine those
 * numbers, which keeps tagging fast and the model format a flat table of integer keys.
 */

import { HASH_SEED, fnvStep } from '../text/hashBits';

export { HASH_SEED, fnvStep };

/** FNV-1a of a whole string (UTF-16 code units). */
export function hashString(s: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < s.length; i++) h = fnvStep(h, s.charCodeAt(i));
  return h | 0;
}

/** Murmur3 finaliser: spreads bits so that combined keys do not cluster. */
export function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** Key of a feature made of a template id and one hashed value; never 0 (0 marks an empty slot). */
export function key1(template: number, a: number): number {
  const k = mix(Math.imul(template, 0x9e3779b1) ^ a);
  return k === 0 ? 1 : k;
}

/** Key of a feature made of a template id and two hashed values (order matters). */
export function key2(template: number, a: number, b: number): number {
  const k = mix(Math.imul(template, 0x9e3779b1) ^ mix(a + Math.imul(b, 0x27d4eb2f)));
  return k === 0 ? 1 : k;
}

/** Key of a feature made of a template id and three hashed values (order matters). */
export function key3(template: number, a: number, b: number, c: number): number {
  return key2(template, a, mix(b + Math.imul(c, 0x165667b1)));
}
