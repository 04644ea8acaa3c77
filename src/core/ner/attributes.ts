/**
 * Per-token attributes the feature templates are built from: hashes of the word, its lower
 * case (digits folded to 0), shape, short shape and affixes, and case flags. Hashing here, once
 * per token, keeps the templates free of string building.
 */

import { HASH_SEED, fnvStep } from './hash';

export const AFFIXES = 4;

export const INIT_CAP = 1;
export const ALL_CAPS = 2;
export const HAS_DIGIT = 4;
export const HAS_LETTER = 8;
export const HAS_LOWER = 16;

/** Per-token hashed attributes, computed once per document. */
export interface TokenAttributes {
  word: Int32Array;
  lower: Int32Array;
  shape: Int32Array;
  shortShape: Int32Array;
  prefix: Int32Array; // n * AFFIXES, 0 when the token is shorter
  suffix: Int32Array;
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

/**
 * Hashes and case flags of every token. With `needed` (one flag per token), tokens flagged 0 get
 * only `lower` and `flags` (document evidence reads those for every token); their other hashes
 * stay 0.
 */
export function computeAttributes(forms: readonly string[], needed?: Uint8Array): TokenAttributes {
  const n = forms.length;
  const a: TokenAttributes = {
    word: new Int32Array(n), lower: new Int32Array(n), shape: new Int32Array(n), shortShape: new Int32Array(n),
    prefix: new Int32Array(n * AFFIXES), suffix: new Int32Array(n * AFFIXES), flags: new Int32Array(n),
  };
  // Lower-cased codes of the current token (only its first and last AFFIXES are read back).
  let lowered = new Int32Array(64);
  for (let t = 0; t < n; t++) {
    const s = forms[t];
    if (needed && !needed[t]) { lowerAndFlags(s, t, a); continue; }
    let hw = HASH_SEED, hl = HASH_SEED, hs = HASH_SEED, hss = HASH_SEED;
    let flags = 0;
    let lastShape = -1;
    let upperCount = 0;
    if (lowered.length < s.length) lowered = new Int32Array(s.length * 2);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      hw = fnvStep(hw, c);
      const lc = lowerCode(c);
      let shapeCode: number;
      if (c >= 48 && c <= 57) { flags |= HAS_DIGIT; shapeCode = 100; } // 'd'
      else if (isLetterCode(c, lc)) {
        flags |= HAS_LETTER;
        if (lc !== c) { upperCount++; shapeCode = 88; if (i === 0) flags |= INIT_CAP; } // 'X'
        else { flags |= HAS_LOWER; shapeCode = 120; } // 'x'
      } else shapeCode = c;
      const normalized = shapeCode === 100 ? 48 : lc; // digits fold to 0 in the lower form
      lowered[i] = normalized;
      hl = fnvStep(hl, normalized);
      hs = fnvStep(hs, shapeCode);
      if (shapeCode !== lastShape) hss = fnvStep(hss, shapeCode);
      lastShape = shapeCode;
    }
    if ((flags & HAS_LETTER) && !(flags & HAS_LOWER) && upperCount > 0) flags |= ALL_CAPS;
    a.word[t] = hw; a.lower[t] = hl; a.shape[t] = hs; a.shortShape[t] = hss; a.flags[t] = flags;
    let hp = HASH_SEED, hx = HASH_SEED;
    for (let k = 0; k < AFFIXES && k < s.length; k++) {
      hp = fnvStep(hp, lowered[k]);
      hx = fnvStep(hx, lowered[s.length - 1 - k]);
      if (k < s.length - 1) { a.prefix[t * AFFIXES + k] = hp; a.suffix[t * AFFIXES + k] = hx; }
    }
  }
  return a;
}

/** `lower` and `flags` of token t alone: the same values computeAttributes gives them. */
function lowerAndFlags(s: string, t: number, a: TokenAttributes): void {
  let hl = HASH_SEED, flags = 0, upperCount = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const lc = lowerCode(c);
    let normalized = lc;
    if (c >= 48 && c <= 57) { flags |= HAS_DIGIT; normalized = 48; }
    else if (isLetterCode(c, lc)) {
      flags |= HAS_LETTER;
      if (lc !== c) { upperCount++; if (i === 0) flags |= INIT_CAP; }
      else flags |= HAS_LOWER;
    }
    hl = fnvStep(hl, normalized);
  }
  if ((flags & HAS_LETTER) && !(flags & HAS_LOWER) && upperCount > 0) flags |= ALL_CAPS;
  a.lower[t] = hl; a.flags[t] = flags;
}

/** Flags summarising a token's case in context, for the "sentence case" template. */
export function caseClass(flags: number): number {
  if (flags & ALL_CAPS) return 3;
  if (flags & INIT_CAP) return 2;
  if (flags & HAS_LETTER) return 1;
  return 0;
}

