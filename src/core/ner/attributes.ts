/**
 * Per-token attributes the feature templates are built from: hashes of the word, its lower
 * case (digits folded to 0), shape, short shape and affixes, and case flags. Hashing here, once
 * per token, keeps the templates free of string building.
 */

import { HASH_SEED, fnvStep } from './hash';
import { FRESH_ARRAYS, type WorkArrays } from './scratch';

export const AFFIXES = 4;

export const INIT_CAP = 1;
export const ALL_CAPS = 2;
export const HAS_DIGIT = 4;
export const HAS_LETTER = 8;
export const HAS_LOWER = 16;

/**
 * Per-token hashed attributes, computed once per document. The word's full shape and its affixes
 * are read only by a word's intrinsic features, whose scores the tagger caches per word: those
 * hashes are computed on demand (shapeAndAffixes), not for every token.
 */
export interface TokenAttributes {
  word: Int32Array;
  lower: Int32Array;
  shortShape: Int32Array;
  flags: Int32Array;
}

function lowerCode(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c < 128) return c;
  const s = String.fromCharCode(c).toLowerCase();
  return s.length === 1 ? s.charCodeAt(0) : c;
}

function isLetterCode(c: number, lower: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 128 && (lower !== c || String.fromCharCode(c).toUpperCase() !== String.fromCharCode(c)));
}

const SHAPE_DIGIT = 100, SHAPE_UPPER = 88, SHAPE_LOWER = 120; // 'd', 'X', 'x'

/** Shape code of character `c` (lower case `lc`): d, X, x, or the character itself. */
function shapeCodeOf(c: number, lc: number): number {
  if (c >= 48 && c <= 57) return SHAPE_DIGIT;
  if (isLetterCode(c, lc)) return lc !== c ? SHAPE_UPPER : SHAPE_LOWER;
  return c;
}

/** Shape codes of the ASCII characters (d, X, x or the character itself). */
const ASCII_SHAPE = Int32Array.from({ length: 128 }, (_, c) => shapeCodeOf(c, lowerCode(c)));
/** Lower-case form of the ASCII characters, digits folded to 0. */
const ASCII_FOLDED = Int32Array.from({ length: 128 }, (_, c) => (ASCII_SHAPE[c] === SHAPE_DIGIT ? 48 : lowerCode(c)));

/**
 * Hashes and case flags of every token. With `needed` (one flag per token), tokens flagged 0 get
 * only `lower` and `flags` (document evidence reads those for every token); their other hashes
 * stay 0. The arrays come from `arrays`.
 */
export function computeAttributes(forms: readonly string[], needed?: Uint8Array, arrays: WorkArrays = FRESH_ARRAYS): TokenAttributes {
  const n = forms.length;
  const a: TokenAttributes = { word: arrays.int32(n), lower: arrays.int32(n), shortShape: arrays.int32(n), flags: arrays.int32(n) };
  for (let t = 0; t < n; t++) {
    const s = forms[t];
    if (needed && !needed[t]) { lowerAndFlags(s, t, a); continue; }
    let hw = HASH_SEED, hl = HASH_SEED, hss = HASH_SEED;
    let flags = 0;
    let lastShape = -1;
    let upperCount = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      hw = fnvStep(hw, c);
      let shapeCode: number, folded: number;
      if (c < 128) { shapeCode = ASCII_SHAPE[c]; folded = ASCII_FOLDED[c]; }
      else {
        const lc = lowerCode(c);
        shapeCode = shapeCodeOf(c, lc);
        folded = shapeCode === SHAPE_DIGIT ? 48 : lc; // digits fold to 0 in the lower form
      }
      if (shapeCode === SHAPE_DIGIT) flags |= HAS_DIGIT;
      else if (shapeCode === SHAPE_UPPER) { flags |= HAS_LETTER; upperCount++; if (i === 0) flags |= INIT_CAP; }
      else if (shapeCode === SHAPE_LOWER) flags |= HAS_LETTER | HAS_LOWER;
      hl = fnvStep(hl, folded);
      if (shapeCode !== lastShape) hss = fnvStep(hss, shapeCode);
      lastShape = shapeCode;
    }
    if ((flags & HAS_LETTER) && !(flags & HAS_LOWER) && upperCount > 0) flags |= ALL_CAPS;
    a.word[t] = hw; a.lower[t] = hl; a.shortShape[t] = hss; a.flags[t] = flags;
  }
  return a;
}

/** Lower-cased codes of the current word (only its first and last AFFIXES are read back). */
let lowered = new Int32Array(64);

/**
 * The shape hash and affix hashes of one word, into `out`: out[0] the shape (every character as
 * d, X, x or itself), out[1 + k] the prefix and out[1 + AFFIXES + k] the suffix of k + 1
 * lower-case characters (digits as 0), 0 unless the word is longer than that.
 */
export function shapeAndAffixes(s: string, out: Int32Array): void {
  let hs = HASH_SEED;
  if (lowered.length < s.length) lowered = new Int32Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const lc = lowerCode(c);
    const shapeCode = shapeCodeOf(c, lc);
    lowered[i] = shapeCode === SHAPE_DIGIT ? 48 : lc;
    hs = fnvStep(hs, shapeCode);
  }
  out[0] = hs;
  let hp = HASH_SEED, hx = HASH_SEED;
  for (let k = 0; k < AFFIXES; k++) {
    if (k < s.length) { hp = fnvStep(hp, lowered[k]); hx = fnvStep(hx, lowered[s.length - 1 - k]); }
    const longer = k < s.length - 1;
    out[1 + k] = longer ? hp : 0;
    out[1 + AFFIXES + k] = longer ? hx : 0;
  }
}

/** Working bit of lowerAndFlags: an upper-case letter was seen (not a token flag). */
const SEEN_UPPER = 1 << 8;

/** Per ASCII character: its folded lower case (in the high 16 bits) and the flags it sets (HAS_*, SEEN_UPPER). */
const ASCII_INFO = Int32Array.from({ length: 128 }, (_, c) => (ASCII_FOLDED[c] << 16) | flagsOfShape(ASCII_SHAPE[c]));

function flagsOfShape(shapeCode: number): number {
  if (shapeCode === SHAPE_DIGIT) return HAS_DIGIT;
  if (shapeCode === SHAPE_UPPER) return HAS_LETTER | SEEN_UPPER;
  if (shapeCode === SHAPE_LOWER) return HAS_LETTER | HAS_LOWER;
  return 0;
}

/** What character `c` adds to a token's `lower` hash and flags, packed as in ASCII_INFO. */
function charInfo(c: number): number {
  if (c < 128) return ASCII_INFO[c];
  const lc = lowerCode(c);
  return (lc << 16) | flagsOfShape(shapeCodeOf(c, lc));
}

/** `lower` and `flags` of token t alone: the same values computeAttributes gives them. */
function lowerAndFlags(s: string, t: number, a: TokenAttributes): void {
  let hl = HASH_SEED, flags = 0;
  for (let i = 0; i < s.length; i++) {
    const info = charInfo(s.charCodeAt(i));
    flags |= info & 0xffff;
    hl = fnvStep(hl, info >>> 16);
  }
  if (s.length > 0 && charInfo(s.charCodeAt(0)) & SEEN_UPPER) flags |= INIT_CAP;
  if ((flags & HAS_LETTER) && !(flags & HAS_LOWER) && (flags & SEEN_UPPER)) flags |= ALL_CAPS;
  a.lower[t] = hl; a.flags[t] = flags & ~SEEN_UPPER;
}

/** Flags summarising a token's case in context, for the "sentence case" template. */
export function caseClass(flags: number): number {
  if (flags & ALL_CAPS) return 3;
  if (flags & INIT_CAP) return 2;
  if (flags & HAS_LETTER) return 1;
  return 0;
}

