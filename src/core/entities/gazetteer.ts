import { CAPITALS, CITIES, COUNTRIES, REGIONS, THE_PLACES } from './data/places';
import { DEMONYMS, ORGANIZATIONS } from './data/misc';
import { codeAt, lowerCase } from '../text/chars';
import { HASH_SEED, fnvStep, isBitSet, setBit } from '../text/hashBits';

export type GazetteerType = 'place' | 'organization' | 'misc';

export interface GazetteerEntry {
  readonly type: GazetteerType;
  /** Sub-kind, for hover cards: country, capital, city, region, organization, group. */
  readonly kind: string;
  readonly name: string;
}

/** Key for gazetteer lookup: case and diacritics folded, apostrophes and hyphens unified. */
export function gazetteerKey(s: string): string {
  if (isPlainAscii(s)) return lowerCase(s); // nothing to decompose, unify or collapse
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
}

/** ASCII with no whitespace but single spaces: its key is its lower-case form. */
function isPlainAscii(s: string): boolean {
  for (let i = 0, n = s.length; i < n; i++) {
    const c = codeAt(s, i);
    if (c >= 128 || (c >= 9 && c <= 13) || (c === 32 && codeAt(s, i + 1) === 32)) return false;
  }
  return true;
}

let table: Map<string, GazetteerEntry> | undefined;
let longest = 1;
/** Bloom filter over the table's ASCII keys (see `mayHaveKey`). */
let asciiKeyBits: Uint32Array | undefined;
/** Bloom filter over every prefix of the table's ASCII keys (see `gazetteerMayStartWith`). */
let asciiPrefixBits: Uint32Array | undefined;

const NOT_ASCII = -1;

/**
 * FNV-1a hash of `gazetteerKey(s)` computed without building the key, for ASCII strings
 * (where the key is just lower case with whitespace runs made one space); NOT_ASCII otherwise.
 */
export function asciiKeyHash(s: string): number {
  let h = HASH_SEED;
  let inSpace = false;
  for (let i = 0, n = s.length; i < n; i++) {
    let c = codeAt(s, i);
    if (c >= 128) return NOT_ASCII;
    if (c === 32 || (c >= 9 && c <= 13)) {
      if (inSpace) continue;
      inSpace = true;
      c = 32;
    } else {
      inSpace = false;
      if (c >= 65 && c <= 90) c += 32;
    }
    h = fnvStep(h, c);
  }
  return h >>> 0;
}

// Two bit positions per hash, taken from its two halves: 2^16 bits for ~1,500 keys, 2^17 for their ~15,000 prefixes.
const bitA = (h: number) => h & 0xffff;
const bitB = (h: number) => h >>> 16;
const prefixBitA = (h: number) => h & 0x1ffff;
const prefixBitB = (h: number) => h >>> 15;

function buildAsciiKeyBits(keys: Iterable<string>): Uint32Array {
  const bits = new Uint32Array(1 << 11);
  for (const key of keys) {
    const h = asciiKeyHash(key);
    if (h === NOT_ASCII) continue; // an ASCII name never has a non-ASCII key
    setBit(bits, bitA(h));
    setBit(bits, bitB(h));
  }
  return bits;
}

function buildAsciiPrefixBits(keys: Iterable<string>): Uint32Array {
  const bits = new Uint32Array(1 << 12);
  for (const key of keys) {
    // A key is already lower case with single spaces: the hash of each prefix is asciiKeyHash of that prefix.
    // An ASCII word can match only the ASCII prefixes, so hashing stops at the first other character.
    let h = HASH_SEED;
    for (let i = 0; i < key.length && key.charCodeAt(i) < 128; i++) {
      h = fnvStep(h, key.charCodeAt(i));
      setBit(bits, prefixBitA(h >>> 0));
      setBit(bits, prefixBitB(h >>> 0));
    }
  }
  return bits;
}

/**
 * False when no gazetteer name starts with `word` (no whitespace in it): then no name of
 * several tokens starts with it either, so a matcher can skip it without building candidates.
 */
export function gazetteerMayStartWith(word: string): boolean {
  const h = asciiKeyHash(word);
  if (h === NOT_ASCII) return true;
  asciiPrefixBits ??= buildAsciiPrefixBits((table ??= build()).keys());
  return isBitSet(asciiPrefixBits, prefixBitA(h)) && isBitSet(asciiPrefixBits, prefixBitB(h));
}

/**
 * False when `name` is certainly not in the gazetteer: most words asked about are not, and this
 * answers them from a small bit table instead of hashing the string into the lookup maps.
 */
function mayHaveKey(name: string): boolean {
  const h = asciiKeyHash(name);
  if (h === NOT_ASCII) return true;
  asciiKeyBits ??= buildAsciiKeyBits((table ??= build()).keys());
  return isBitSet(asciiKeyBits, bitA(h)) && isBitSet(asciiKeyBits, bitB(h));
}

function build(): Map<string, GazetteerEntry> {
  const t = new Map<string, GazetteerEntry>();
  const add = (list: string | readonly string[], type: GazetteerType, kind: string) => {
    for (const name of typeof list === 'string' ? list.split('|') : list) {
      const key = gazetteerKey(name);
      if (!t.has(key)) t.set(key, { type, kind, name });
      longest = Math.max(longest, name.split(/\s+/).length);
    }
  };
  add(COUNTRIES, 'place', 'country');
  add(CAPITALS, 'place', 'capital');
  add(THE_PLACES, 'place', 'country');
  add(CITIES, 'place', 'city');
  add(REGIONS, 'place', 'region');
  add(ORGANIZATIONS, 'organization', 'organization');
  add(DEMONYMS, 'misc', 'group');
  return t;
}

/** The gazetteer entry for a name as written (case-insensitive), if any. */
export function gazetteerLookup(name: string): GazetteerEntry | undefined {
  table ??= build();
  if (!mayHaveKey(name)) return undefined;
  // Names repeat across a corpus: remember answers by the string as written (bounded).
  const hit = memo.get(name);
  if (hit !== undefined) return hit ?? undefined;
  const entry = table.get(gazetteerKey(name)) ?? null;
  if (memo.size > 50_000) memo.clear();
  memo.set(name, entry);
  return entry ?? undefined;
}

const memo = new Map<string, GazetteerEntry | null>();

/** Longest gazetteer name, in words: bounds the matcher's window. */
export function gazetteerMaxWords(): number {
  table ??= build();
  return longest;
}
