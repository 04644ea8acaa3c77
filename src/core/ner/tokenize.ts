/**
 * Splits plain article text into CoNLL-2003-style tokens (punctuation and clitics such as
 * `'s` and `n't` apart, abbreviations, numbers and hyphenated words kept whole) and into
 * sentences, remembering each token's exact UTF-16 span so tags map back to the document.
 */

import type { Span } from '../types';
import { FRESH_ARRAYS, type WorkArrays } from './scratch';

/** Tokens of a text as parallel arrays: `forms[i]` is normalised to CoNLL conventions. */
export interface TokenizedText {
  readonly forms: string[];
  /** Token spans, in typed arrays: pushing two numbers per token onto growing arrays cost a fifth of the tokenizer. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Sentence boundaries as token indices: sentence k is [sentences[k], sentences[k + 1]). */
  readonly sentences: number[];
}

export const CLITICS: ReadonlySet<string> = new Set(['s', 're', 'm', 've', 'll', 'd']);

/** Words that keep their trailing period (`Mr.`, `Corp.`), as in the Reuters tokenisation. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm', 'maj',
  'rep', 'sen', 'gov', 'prof', 'rev', 'hon', 'pres', 'inc', 'corp', 'ltd', 'co', 'bros', 'plc', 'vs',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'nos',
  'mt', 'ft', 'fig', 'est', 'approx', 'dept', 'univ', 'assn', 'etc', 'e.g', 'i.e',
]);

/** Length of the longest abbreviation (initials and dotted pairs like `a.m` are shorter still). */
const MAX_ABBREVIATION_LENGTH = Math.max(...[...ABBREVIATIONS].map((w) => w.length));

const NON_ASCII_WORD = /[\p{L}\p{M}\p{N}]/u;

/** ASCII_WORD[c] = 1 for ASCII letters and digits (the common case, kept off the regex path). */
const ASCII_WORD = (() => {
  const t = new Uint8Array(128);
  for (let c = 0; c < 128; c++) t[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  return t;
})();

function isWordCode(c: number, text: string, i: number): boolean {
  if (c < 128) return ASCII_WORD[c] === 1;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return NON_ASCII_WORD.test(text[i]);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2018 || c === 0x02bc;
}

function isHyphen(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011;
}

function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c > 0xff && c < 0xd800 && String.fromCharCode(c).toLowerCase() !== String.fromCharCode(c));
}

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 0x85;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 11 || c === 12 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Length of a clitic (`'s`, `'ll`, `n't` minus the n) starting at the apostrophe at `i`, or 0. */
function cliticLength(text: string, i: number, end: number): number {
  let j = i + 1;
  while (j < end && j - i <= 3) {
    const c = text.charCodeAt(j);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) break;
    j++;
  }
  if (j === i + 1 || (j < end && isWordCode(text.charCodeAt(j), text, j))) return 0;
  return isClitic(text, i + 1, j) ? j - i : 0;
}

/**
 * Whether the ASCII letters text[from, to) are a clitic of CLITICS in any case: the same answer as
 * `CLITICS.has(text.slice(from, to).toLowerCase())`, read from the character codes without the
 * slice, the lower-casing and the set's hashing.
 */
export function isClitic(text: string, from: number, to: number): boolean {
  const a = text.charCodeAt(from) | 32; // ASCII letters: | 32 lower-cases
  if (to - from === 1) return a === 115 || a === 109 || a === 100; // s m d
  if (to - from !== 2) return false;
  const b = text.charCodeAt(from + 1) | 32;
  return (a === 114 && b === 101) || (a === 118 && b === 101) || (a === 108 && b === 108); // re ve ll
}

/** True when the apostrophe at `i` starts `'t` of a `n't` (the `n` precedes it). */
function isNotClitic(text: string, i: number, end: number, wordStart: number): boolean {
  if (i - 1 <= wordStart) return false;
  const n = text.charCodeAt(i - 1);
  const t = text.charCodeAt(i + 1);
  if (!(n === 110 || n === 78) || !(t === 116 || t === 84)) return false;
  return i + 2 >= end || !isWordCode(text.charCodeAt(i + 2), text, i + 2);
}

/**
 * Whether the last word scanWord returned is plain: ASCII only and not extended over an
 * abbreviation's period (its CoNLL form then needs no normalisation beyond bare titles).
 */
let scannedPlainWord = false;

/** Scans one word-like token starting at `i`; returns its end offset (and sets scannedPlainWord). */
function scanWord(text: string, i: number, end: number): number {
  const start = i;
  let j = i;
  let letters = 0;
  let ascii = true;
  scannedPlainWord = false;
  for (;;) {
    while (j < end) {
      const c = text.charCodeAt(j);
      if (c < 128) { if (ASCII_WORD[c] === 0) break; }
      else if (!isWordCode(c, text, j)) break;
      else ascii = false;
      if (c < 48 || c > 57) letters++;
      j++;
    }
    if (j + 1 >= end) break;
    const c = text.charCodeAt(j);
    if (c === 32) break; // the common case: a space never joins two words
    const next = text.charCodeAt(j + 1);
    const nextIsWord = isWordCode(next, text, j + 1);
    if (!nextIsWord) break;
    if (c >= 128) ascii = false; // a Unicode hyphen or apostrophe the word may go on over
    if (isHyphen(c)) { j++; continue; }
    if ((c === 44 || c === 58 || c === 47 || c === 46) && isDigit(text.charCodeAt(j - 1)) && isDigit(next)) { j++; continue; }
    if (c === 38 && isUpper(text.charCodeAt(j - 1)) && isUpper(next)) { j++; continue; } // AT&T
    if (isApostrophe(c)) {
      if (isNotClitic(text, j, end, start)) { scannedPlainWord = ascii; return j - 1; }
      if (cliticLength(text, j, end) > 0) break;
      if (letters > 0) { j++; continue; } // O'Neill, d'Alema
    }
    break;
  }
  // Abbreviation periods: `U.S.`, `a.m.`, initials `J.`, titles `Mr.`, `Corp.`. Each case below is a
  // word of at most MAX_ABBREVIATION_LENGTH characters, so a longer word skips the slice and lookup.
  if (j < end && text.charCodeAt(j) === 46 && letters > 0 && j - start <= MAX_ABBREVIATION_LENGTH) {
    const word = text.slice(start, j);
    if (word.length === 1 && isUpper(word.charCodeAt(0))) {
      // An initial, or the first letter of an acronym with periods (`U.S.`).
      let k = j;
      while (k + 2 < end && isWordCode(text.charCodeAt(k + 1), text, k + 1) && text.charCodeAt(k + 2) === 46) k += 2;
      return k + 1;
    }
    if (ABBREVIATIONS.has(word.toLowerCase())) return j + 1;
    // Lower-case dotted abbreviations: `a.m.`, `p.m.`, `i.e.`
    if (word.length <= 2 && j + 2 < end && isWordCode(text.charCodeAt(j + 1), text, j + 1) && text.charCodeAt(j + 2) === 46) {
      let k = j;
      while (k + 2 < end && isWordCode(text.charCodeAt(k + 1), text, k + 1) && text.charCodeAt(k + 2) === 46) k += 2;
      return k + 1;
    }
  }
  scannedPlainWord = ascii;
  return j;
}

/** Scans one punctuation token at `i` (runs of `-` and `.` stay together); returns its end. */
function scanPunct(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) return i + 2;
  if (c === 45 || c === 46 || c === 61 || c === 42 || c === 95) {
    let j = i + 1;
    while (j < end && text.charCodeAt(j) === c) j++;
    return j;
  }
  return i + 1;
}

/** True when `raw` holds a curly apostrophe or a Unicode hyphen (U+2018, U+2019, U+02BC, U+2010, U+2011). */
function hasCurlyQuoteOrHyphen(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 0x2bc && (c === 0x2018 || c === 0x2019 || c === 0x02bc || c === 0x2010 || c === 0x2011)) return true;
  }
  return false;
}

/** Titles that Reuters writes with a period and British style without (`Dr Smith`). */
const BARE_TITLES = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'MR', 'MRS', 'MS', 'DR']);

/** The CoNLL-style form of a token: curly quotes straightened, dashes as `--`, `Dr` as `Dr.`. */
export function normalizeForm(raw: string): string {
  const c0 = raw.charCodeAt(0);
  // Only `M…`/`D…` words of 2–3 letters can be bare titles: skip the set lookup for the rest.
  if ((c0 === 77 || c0 === 68) && raw.length <= 3 && BARE_TITLES.has(raw)) return raw + '.';
  if (raw.length === 1) {
    const c = raw.charCodeAt(0);
    if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0xab || c === 0xbb || c === 0x201f) return '"';
    if (c === 0x2018 || c === 0x2019 || c === 0x201a || c === 0x2032) return "'";
    if (c === 0x2014 || c === 0x2015) return '--';
    if (c === 0x2013 || c === 0x2212 || c === 0x2010 || c === 0x2011) return '-';
    if (c === 0x2026) return '...';
    if (c === 0x2022 || c === 0x25aa || c === 0x25cf || c === 0x25ba || c === 0x2023 || c === 0x00b7) return '*'; // bullets
    return raw;
  }
  if (hasCurlyQuoteOrHyphen(raw)) return raw.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u2010\u2011]/g, '-');
  return raw;
}

function endsSentence(form: string): boolean {
  return form === '.' || form === '!' || form === '?' || form === '...';
}

function startsSentenceLike(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return isUpper(c) || isDigit(c) || c === 34 || c === 0x201c || c === 40;
}

const SKIP = 1, LINE_BREAK = 2, WORD = 3;
/** What an ASCII character is to the tokenizer: skipped (spaces, controls), a line break, a word character, or 0 (punctuation). */
const ASCII_CLASS = (() => {
  const t = new Uint8Array(128);
  for (let c = 1; c < 32; c++) t[c] = SKIP;
  t[32] = SKIP;
  t[10] = LINE_BREAK; t[13] = LINE_BREAK;
  for (let c = 0; c < 128; c++) if (ASCII_WORD[c]) t[c] = WORD;
  return t;
})();

/** ASCII characters after a word that may make scanWord go on (or keep an abbreviation's period): - , : / . & ' */
const JOINS_WORDS = (() => {
  const t = new Uint8Array(128);
  for (const c of '-,:/.&\'') t[c.charCodeAt(0)] = 1;
  return t;
})();

/**
 * The end of the word of ASCII letters and digits at `i` when it is what scanWord would find, plain:
 * followed by the end of the region or by an ASCII character that never joins words (most words:
 * a space). Else -1, and scanWord decides. Saves most words scanWord's checks after the word.
 */
function plainAsciiWordEnd(text: string, i: number, end: number): number {
  let j = i + 1;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (c >= 128) return -1;
    if (ASCII_WORD[c] === 0) return JOINS_WORDS[c] === 0 ? j : -1;
    j++;
  }
  return j;
}

/** The CoNLL form of a word scanWord found plain (ASCII, no abbreviation period): only a bare title changes. */
function plainWordForm(raw: string): string {
  const c0 = raw.charCodeAt(0);
  return (c0 === 77 || c0 === 68) && raw.length <= 3 && BARE_TITLES.has(raw) ? raw + '.' : raw;
}

/**
 * The forms of the text being tokenised, reused from call to call (entries past the current count
 * are stale): a fresh array grown by push was copied again and again as it grew
 * (GrowFastSmiOrObjectElements); one copy of the exact length at the end replaces those copies.
 */
const formsScratch: string[] = [];

/**
 * Tokenises `text` (or the `region` of it) into CoNLL-style tokens and sentences with exact spans.
 * `starts` and `ends` are views of arrays from `arrays` (as long as the region: no token is shorter
 * than a character).
 */
export function tokenize(text: string, region?: Span, arrays: WorkArrays = FRESH_ARRAYS): TokenizedText {
  const end = region ? Math.min(region.end, text.length) : text.length;
  let i = region ? Math.max(0, region.start) : 0;
  const forms = formsScratch;
  let n = 0; // tokens so far
  const room = Math.max(0, end - i);
  const starts = arrays.int32(room);
  const ends = arrays.int32(room);
  const sentences: number[] = [0];
  let lineBreak = false;
  // About the last two tokens: whether they end a sentence (`.`, `!`, `?`, `...`), whether the last is `"`.
  let prevEnds = false, prevPrevEnds = false, prevQuote = false;
  let sentenceStart = 0, prevEnd = -1, prevStart = -1, prevPrevEnd = -1;
  while (i < end) {
    const c = text.charCodeAt(i);
    const kind = c < 128 ? ASCII_CLASS[c] : isLineBreak(c) ? LINE_BREAK : isSpace(c) ? SKIP : 0;
    if (kind === LINE_BREAK) { lineBreak = true; i++; continue; }
    if (kind === SKIP) { i++; continue; }
    let j: number;
    let plain = false;
    const plainEnd = kind === WORD ? plainAsciiWordEnd(text, i, end) : -1;
    if (plainEnd > 0) { j = plainEnd; plain = true; }
    else if (kind === WORD || (c >= 128 && isWordCode(c, text, i))) { j = scanWord(text, i, end); plain = scannedPlainWord; }
    else if (isApostrophe(c) && i === prevEnd) {
      const clitic = cliticLength(text, i, end);
      j = clitic > 0 ? i + clitic : i + 1;
    } else j = scanPunct(text, i, end);
    if (j <= i) { j = i + 1; plain = false; }
    if (n > sentenceStart) {
      // `."` ends a sentence when the quote hugs the period; a spaced quote opens the next one.
      const closesQuote = prevQuote && n >= 2 && prevPrevEnds && prevStart === prevPrevEnd;
      const attached = i === prevEnd;
      if (lineBreak || ((prevEnds || closesQuote) && !attached && startsSentenceLike(text, i))) { sentences.push(n); sentenceStart = n; }
    }
    lineBreak = false;
    const raw = text.slice(i, j);
    const form = plain ? plainWordForm(raw) : normalizeForm(raw);
    starts[n] = i;
    ends[n] = j;
    if (n < forms.length) forms[n] = form;
    else forms.push(form);
    n++;
    prevPrevEnds = prevEnds; prevPrevEnd = prevEnd;
    prevEnds = !plain && endsSentence(form);
    prevQuote = !plain && form === '"';
    prevStart = i; prevEnd = j;
    i = j;
  }
  if (sentences[sentences.length - 1] !== n) sentences.push(n);
  return { forms: forms.slice(0, n), starts: starts.subarray(0, n), ends: ends.subarray(0, n), sentences };
}
