/**
 * Text → bag of features for the topic classifier: lower-cased word stems, and bigrams and
 * trigrams of adjacent content words (so lexicon phrases like "central bank" match as one unit).
 * Training, lexicons and classification all go through here, so they always agree.
 */

import { HASH_SEED, fnvStep } from '../text/hashBits';

// Function words carry no topic; dropping them also lets "rate of inflation" ≈ "inflation rate" stay apart cleanly.
const STOPWORDS = new Set(
  (
    'a an the and or but if of to in on at by for with from as into onto over under about after before between ' +
    'during through against without within than then so too very can could would should will shall may might must ' +
    'is are was were be been being am do does did done have has had having it its it\'s this that these those there ' +
    'here he she they we you i me him her them us my your his their our ours theirs what which who whom whose when ' +
    'where why how all any both each few more most other some such no nor not only own same just also s t don now ' +
    'said says say saying told tell one two three four five six seven eight nine ten first second new last year years ' +
    'month months week weeks day days time times mr mrs ms dr up down out off again further once while because until ' +
    'per via like get got make made many much well still even back way since around across among including according ' +
    'yesterday today tomorrow monday tuesday wednesday thursday friday saturday sunday'
  ).split(/\s+/),
);

/** A light, deterministic plural/possessive stripper (no full stemmer: "news" ≠ "new"). */
export function stem(word: string): string {
  let w = word;
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
  if (w.includes("'") || w.includes('’')) w = w.replace(/['’]/g, '');
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 3 && w.endsWith('s') && !(w.endsWith('ss') || w.endsWith('us') || w.endsWith('is') || w.endsWith('news') || w.endsWith('ics'))) return w.slice(0, -1);
  return w;
}

/** stem() of a word without apostrophes: only the plural rules apply, to words ending in "s". */
function stemPlain(w: string): string {
  if (w.charCodeAt(w.length - 1) !== 115) return w;
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 3 && !(w.endsWith('ss') || w.endsWith('us') || w.endsWith('is') || w.endsWith('news') || w.endsWith('ics'))) return w.slice(0, -1);
  return w;
}

function wordToken(raw: string): string | null {
  if (raw.endsWith("'s") || raw.endsWith('’s')) raw = raw.slice(0, -2);
  return raw.length < 2 || STOPWORDS.has(raw) ? null : stem(raw);
}

// Characters, after lower-casing, that can start a word (\p{L}) or continue one (\p{L}\p{M}'’-).
const START = 1;
const CONTINUE = 2;
// A character from 256 up that toLowerCase changes (or expands, as "İ", or reads in context, as "Σ").
const CASED = 64;
const LETTER_RE = /^\p{L}$/u;
const CONTINUE_RE = /^[\p{M}'’-]$/u;
const nonLatin1Kinds = new Map<number, number>();

/** START, CONTINUE or 0 for a lower-case character. */
function classOf(ch: string): number {
  return LETTER_RE.test(ch) ? START : CONTINUE_RE.test(ch) ? CONTINUE : 0;
}

/**
 * What scanWords needs to know of a code point from 256 up, as in LATIN1's low byte: its class (START,
 * CONTINUE or 0), BREAKS, the word flag it sets; and CASED when toLowerCase changes it.
 */
function nonLatin1Kind(cp: number): number {
  let k = nonLatin1Kinds.get(cp);
  if (k === undefined) {
    const ch = String.fromCodePoint(cp);
    k = classOf(ch) | (ch.toLowerCase() === ch ? 0 : CASED);
    if (breaksPhrase(cp)) k |= BREAKS;
    if (cp === 0x2019) k |= APOSTROPHE << FLAG_SHIFT;
    nonLatin1Kinds.set(cp, k);
  }
  return k;
}

const encoder = new TextEncoder();
/**
 * The UTF-8 of the text scanWords scans: TextEncoder writes it at once, and bytes read from an array
 * cost less than charCodeAt on a string (the texts are often slices of a document, read through it).
 * A lone surrogate becomes U+FFFD: like it, a character that neither makes a word nor breaks a phrase.
 */
let utf8 = new Uint8Array(4096);
let utf8View = new DataView(utf8.buffer);
/** Set by decodeUtf8: the number of bytes of the character it decoded. */
let utf8Length = 0;

/** The code point of the 2- to 4-byte UTF-8 sequence (as TextEncoder writes them) at bytes[b]. */
function decodeUtf8(bytes: Uint8Array, b: number): number {
  const c = bytes[b];
  if (c < 0xe0) {
    utf8Length = 2;
    return ((c & 0x1f) << 6) | (bytes[b + 1] & 0x3f);
  }
  if (c < 0xf0) {
    utf8Length = 3;
    return ((c & 0x0f) << 12) | ((bytes[b + 1] & 0x3f) << 6) | (bytes[b + 2] & 0x3f);
  }
  utf8Length = 4;
  return ((c & 0x07) << 18) | ((bytes[b + 1] & 0x3f) << 12) | ((bytes[b + 2] & 0x3f) << 6) | (bytes[b + 3] & 0x3f);
}

function highSurrogate(cp: number): number {
  return 0xd800 + ((cp - 0x10000) >> 10);
}

function lowSurrogate(cp: number): number {
  return 0xdc00 + ((cp - 0x10000) & 0x3ff);
}

/** The low byte of a LATIN1 entry for any code point from 128 up, plus CASED (see nonLatin1Kind). */
function wideKind(cp: number): number {
  return cp < 256 ? LATIN1[cp] & 0xff : nonLatin1Kind(cp);
}

// scanWords leaves four numbers per word in `wordSpans`: its start, its end, these flags and its hash (hashOf).
const GAP_BEFORE = 1; // punctuation that ends a phrase lies between this word and the previous one
const HYPHEN = 2;
const APOSTROPHE = 4;
/** scanTokenIds' flag for a word with a character of two or more UTF-8 bytes. */
const WIDE = 8;
const SPAN = 4;
let wordSpans = new Int32Array(SPAN * 1024);
/** The lower-cased characters of the words scanWords found, at their places in the text. */
let lowerChars = new Uint16Array(1024);

/** True for a character between two words that ends a phrase (hyphens and spaces do not). */
function breaksPhrase(c: number): boolean {
  switch (c) {
    case 10: case 33: case 34: case 40: case 41: case 44: case 46: case 58: case 59: case 63: case 0x201c: case 0x201d:
      return true;
  }
  return false;
}

// What scanWords needs to know of a character below 256 (nearly all of them), in one table: its
// lower-case form (toLowerCase maps each of these to one character below 256) in the high byte, and
// in the low one the class of that, BREAKS for breaksPhrase and the word flag it sets (HYPHEN or
// APOSTROPHE, shifted left by FLAG_SHIFT to keep clear of the class bits).
const BREAKS = 8;
const FLAG_SHIFT = 3;
const LATIN1 = new Uint16Array(256);
for (let c = 0; c < 256; c++) {
  const lower = String.fromCharCode(c).toLowerCase();
  let k = classOf(lower);
  if (c === 45) k |= HYPHEN << FLAG_SHIFT;
  if (c === 39) k |= APOSTROPHE << FLAG_SHIFT;
  if (breaksPhrase(c)) k |= BREAKS;
  LATIN1[c] = (lower.charCodeAt(0) << 8) | k;
}

// LATIN1 by UTF-8 byte: the entry of an ASCII character, or MULTIBYTE for a byte of a longer sequence
// (so a scan of the bytes tells letters from everything else with one look-up and one test).
const MULTIBYTE = 128;
const BYTE_KINDS = new Uint16Array(256);
for (let c = 0; c < 256; c++) BYTE_KINDS[c] = c < 0x80 ? LATIN1[c] : MULTIBYTE;

// The hash WordTable files a word under: FNV-1a over its UTF-16 code units, one step a unit (fnvStep).

// FNV's prime is odd, so each step can be undone: the hash of a word without its last character,
// from the word's hash and that character (how a plural's stem is looked up without a new pass).
const HASH_PRIME_INVERSE = 0x359c449b; // Math.imul(0x01000193, HASH_PRIME_INVERSE) === 1
function hashUnstep(h: number, c: number): number {
  return Math.imul(h, HASH_PRIME_INVERSE) ^ c;
}

function hashOf(word: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < word.length; i++) h = fnvStep(h, word.charCodeAt(i));
  return h;
}

/**
 * The words of the lower-cased text: the /[\p{L}][\p{L}\p{M}'’-]*\/u matches, scanned by hand, left in
 * `wordSpans` (start, end, flags, hash), their characters lower-cased in `lowerChars` (at the same
 * places); returns their number. contentTokens reads them; contentTokenIdsInto runs the same scan with
 * a look-up at each word's end instead (scanTokenIds), so the two are tested against each other.
 *
 * Unless `lowered` says the text already is, it is lower-cased here a character at a time, which is
 * what toLowerCase does as long as no character from 256 up has a case: on meeting one, this returns
 * -1 (the caller scans text.toLowerCase() instead). So the spans are those of the lower-cased text.
 */
function scanWords(text: string, lowered: boolean): number {
  const n = text.length;
  // At most one word per two characters (a word and the character ending it).
  if (SPAN * ((n >> 1) + 1) > wordSpans.length) wordSpans = new Int32Array(SPAN * ((n >> 1) + 1));
  reserveScanBuffers(n);
  const bytes = utf8;
  const m = encoder.encodeInto(text, bytes).written;
  const spans = wordSpans;
  const chars = lowerChars;
  let count = 0;
  let b = 0; // in bytes
  let i = 0; // in UTF-16 code units, where bytes[b] begins
  let gapBreaks = false;
  while (b < m) {
    const c = bytes[b];
    let first: number; // the word's first character, lower-cased
    if (c < 0x80) {
      const k = LATIN1[c];
      if ((k & START) === 0) {
        // A character between words.
        if (k & BREAKS) gapBreaks = true;
        b++;
        i++;
        continue;
      }
      first = k >> 8;
      b++;
    } else {
      const cp = decodeUtf8(bytes, b);
      const k = wideKind(cp);
      if (k & CASED && !lowered) return -1;
      if ((k & START) === 0) {
        if (k & BREAKS) gapBreaks = true;
        b += utf8Length;
        i += cp > 0xffff ? 2 : 1;
        continue;
      }
      b += utf8Length;
      first = cp < 256 ? LATIN1[cp] >> 8 : cp;
    }
    const start = i;
    let flags = gapBreaks ? GAP_BEFORE : 0;
    let h = HASH_SEED;
    if (first > 0xffff) {
      h = fnvStep(h, (chars[i] = highSurrogate(first)));
      h = fnvStep(h, (chars[i + 1] = lowSurrogate(first)));
      i += 2;
    } else {
      h = fnvStep(h, (chars[i] = first));
      i++;
    }
    // The LATIN1 entry of the ASCII character that ends the word, if one does (-1 for none).
    let after = -1;
    while (b < m) {
      const d = bytes[b];
      if (d < 0x80) {
        const k = LATIN1[d];
        if ((k & (START | CONTINUE)) === 0) {
          after = k;
          break;
        }
        flags |= (k >> FLAG_SHIFT) & (HYPHEN | APOSTROPHE);
        const lower = k >> 8;
        chars[i] = lower;
        h = fnvStep(h, lower);
        b++;
        i++;
        continue;
      }
      const dp = decodeUtf8(bytes, b);
      const k = wideKind(dp);
      if (k & CASED && !lowered) return -1;
      if ((k & (START | CONTINUE)) === 0) break;
      flags |= (k >> FLAG_SHIFT) & (HYPHEN | APOSTROPHE);
      b += utf8Length;
      if (dp > 0xffff) {
        h = fnvStep(h, (chars[i] = highSurrogate(dp)));
        h = fnvStep(h, (chars[i + 1] = lowSurrogate(dp)));
        i += 2;
      } else {
        const lower = dp < 256 ? LATIN1[dp] >> 8 : dp;
        h = fnvStep(h, (chars[i] = lower));
        i++;
      }
    }
    spans[SPAN * count] = start;
    spans[SPAN * count + 1] = i;
    spans[SPAN * count + 2] = flags;
    spans[SPAN * count + 3] = h;
    count++;
    // The character after the word lies between words: taken here rather than read again above.
    gapBreaks = after !== -1 && (after & BREAKS) !== 0;
    if (after !== -1) {
      b++;
      i++;
    }
  }
  return count;
}

/** Content-word tokens of a text, in order, with `null` marking a stopword/sentence gap (no n-gram across it). */
export function contentTokens(text: string): (string | null)[] {
  const out: (string | null)[] = [];
  const lower = text.toLowerCase();
  const count = scanWords(lower, true);
  for (let k = 0; k < count; k++) {
    const flags = wordSpans[SPAN * k + 2];
    if (flags & GAP_BEFORE) out.push(null);
    const word = lower.slice(wordSpans[SPAN * k], wordSpans[SPAN * k + 1]);
    // Without apostrophes (most words), wordToken reduces to the stopword test and the plural rules.
    if ((flags & (HYPHEN | APOSTROPHE)) === 0) out.push(word.length < 2 || STOPWORDS.has(word) ? null : stemPlain(word));
    else if ((flags & HYPHEN) === 0) out.push(wordToken(word));
    else for (const part of word.split('-')) if (part) out.push(wordToken(part));
  }
  return out;
}

/**
 * A set of words, each with an id (0, 1, … in order of adding), that finds a word from a stretch
 * of characters without making a string of it: scoring a text looks every word up, and nearly none is there.
 */
export class WordTable {
  private readonly words: string[] = [];
  /** The words' characters, one after another: word k's are chars[offsets[k] .. offsets[k + 1]). */
  private chars = new Uint16Array(256);
  /** The same, with 0 for a character from 128 up: a word of ASCII letters is compared 4 bytes at a time with these. */
  private asciiChars = new DataView(new ArrayBuffer(256));
  private offsets = new Int32Array(65);
  /**
   * Open addressing: per slot, the id + 1 of the word filed there (0 for none) then its hash, side
   * by side, so a probe for an absent word reads one place and no word. Kept at most half full
   * (most probes miss; a sparser table gains less by shorter probes than it loses in the cache).
   */
  private slots = new Int32Array(2 * 64);
  private slotCount = 64;
  private plain: PlainTokenIndex | undefined;
  private plainSize = 0;

  constructor(words: Iterable<string> = []) {
    for (const w of words) this.add(w);
  }

  get size(): number {
    return this.words.length;
  }

  /** The word's id, adding it when new. */
  add(word: string): number {
    const known = this.idOf(word);
    if (known !== -1) return known;
    const id = this.words.length;
    this.words.push(word);
    this.storeChars(id, word);
    if (2 * this.words.length > this.slotCount) this.rehash(2 * this.slotCount);
    else this.place(id, hashOf(word));
    return id;
  }

  /** The word of an id. */
  word(id: number): string {
    return this.words[id];
  }

  /** The table's PlainTokenIndex (for a table made by tokenTable), made again after words are added. */
  plainTokens(): PlainTokenIndex {
    if (this.plain === undefined || this.plainSize !== this.words.length) {
      this.plain = new PlainTokenIndex(this);
      this.plainSize = this.words.length;
    }
    return this.plain;
  }

  /** The word's id, or -1. */
  idOf(word: string): number {
    const h = hashOf(word);
    const slots = this.slots;
    const mask = this.slotCount - 1;
    for (let s = h & mask; slots[2 * s] !== 0; s = (s + 1) & mask) {
      if (slots[2 * s + 1] === h && this.words[slots[2 * s] - 1] === word) return slots[2 * s] - 1;
    }
    return -1;
  }

  /**
   * The id of the word chars[start, end) followed by the character `tail` (-1 for none), whose hash
   * is `h`; -1 when absent.
   */
  idAt(chars: Uint16Array, start: number, end: number, tail: number, h: number): number {
    const length = end - start + (tail === -1 ? 0 : 1);
    const slots = this.slots;
    const mask = this.slotCount - 1;
    for (let s = h & mask; slots[2 * s] !== 0; s = (s + 1) & mask) {
      if (slots[2 * s + 1] !== h) continue;
      const id = slots[2 * s] - 1;
      const from = this.offsets[id];
      if (this.offsets[id + 1] - from !== length || (tail !== -1 && this.chars[from + length - 1] !== tail)) continue;
      let i = 0;
      while (i < end - start && this.chars[from + i] === chars[start + i]) i++;
      if (i === end - start) return id;
    }
    return -1;
  }

  /**
   * idAt for a word of ASCII letters given as UTF-8 bytes[start, end), not lower-cased: an ASCII
   * letter's lower case is its byte with bit 5 set.
   */
  idAtAscii(bytes: DataView, start: number, end: number, h: number): number {
    const length = end - start;
    const slots = this.slots;
    const mask = this.slotCount - 1;
    for (let s = h & mask; slots[2 * s] !== 0; s = (s + 1) & mask) {
      if (slots[2 * s + 1] !== h) continue;
      const id = slots[2 * s] - 1;
      const from = this.offsets[id];
      if (this.offsets[id + 1] - from === length && sameLetters(bytes, start, this.asciiChars, from, length)) return id;
    }
    return -1;
  }

  private storeChars(id: number, word: string): void {
    if (id + 2 > this.offsets.length) {
      const grown = new Int32Array(2 * this.offsets.length);
      grown.set(this.offsets);
      this.offsets = grown;
    }
    const from = this.offsets[id];
    if (from + word.length > this.chars.length) {
      const grown = new Uint16Array(Math.max(2 * this.chars.length, from + word.length));
      grown.set(this.chars);
      this.chars = grown;
      const ascii = new Uint8Array(grown.length);
      ascii.set(new Uint8Array(this.asciiChars.buffer));
      this.asciiChars = new DataView(ascii.buffer);
    }
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      this.chars[from + i] = c;
      this.asciiChars.setUint8(from + i, c < 0x80 ? c : 0);
    }
    this.offsets[id + 1] = from + word.length;
  }

  private place(id: number, h: number): void {
    const mask = this.slotCount - 1;
    let s = h & mask;
    while (this.slots[2 * s] !== 0) s = (s + 1) & mask;
    this.slots[2 * s] = id + 1;
    this.slots[2 * s + 1] = h;
  }

  private rehash(count: number): void {
    this.slotCount = count;
    this.slots = new Int32Array(2 * count);
    for (let id = 0; id < this.words.length; id++) this.place(id, hashOf(this.words[id]));
  }
}

/**
 * True when the ASCII letters text[a, a + length), lower-cased, are lower[b, b + length): 4 bytes at a
 * time (the last 4 may overlap the ones before), each letter lower-cased by setting its bit 5.
 */
function sameLetters(text: DataView, a: number, lower: DataView, b: number, length: number): boolean {
  if (length < 4) {
    for (let i = 0; i < length; i++) if ((text.getUint8(a + i) | ASCII_LOWER) !== lower.getUint8(b + i)) return false;
    return true;
  }
  for (let i = 0; i < length - 4; i += 4) if ((text.getInt32(a + i) | ASCII_LOWER_4) !== lower.getInt32(b + i)) return false;
  return (text.getInt32(a + length - 4) | ASCII_LOWER_4) === lower.getInt32(b + length - 4);
}

/** Ids below this are the stopwords, in a table made by tokenTable. */
const STOPWORD_IDS = STOPWORDS.size;

/** A table for contentTokenIdsInto: the stopwords first (so their ids are below STOPWORD_IDS), then `words`. */
export function tokenTable(words: Iterable<string> = []): WordTable {
  const table = new WordTable(STOPWORDS);
  for (const w of words) table.add(w);
  return table;
}

const ENDS_IN_S = 115;
const HYPHEN_CHAR = 45;
const SPACE = 32;
const ASCII_LOWER = 0x20;
const ASCII_LOWER_4 = 0x20202020;
const Y = 121;
const E = 101;
const I = 105;
const U = 117;
const W = 119;
const N = 110;
const C = 99;

/** A growable buffer of token ids, reused from text to text: ids[0, length) are the current text's. */
export class TokenIds {
  ids = new Int32Array(256);
  length = 0;

  /** Room for `n` ids (the old ones are dropped). */
  reserve(n: number): Int32Array {
    if (n > this.ids.length) this.ids = new Int32Array(Math.max(n, 2 * this.ids.length));
    return this.ids;
  }
}

/**
 * contentTokens(text) as ids of `table` (made by tokenTable), written to `out` (its old ids dropped):
 * a token's id, or -1 for a null token and for a token not in the table. Runs of -1 are written as
 * one and a leading one is left out (neither joins an n-gram). Plain words are looked up where they
 * lie in the text, without building a string for each.
 */
export function contentTokenIdsInto(text: string, table: WordTable, out: TokenIds): void {
  let count = scanTokenIds(text, false, table, out);
  // toLowerCase only when the scan could not lower-case the text a character at a time.
  if (count === -1) count = scanTokenIds(text.toLowerCase(), true, table, out);
  out.length = count;
}

/**
 * contentTokenIdsInto of `text` written to `out.ids`, in one pass over it: scanWords' scan (see there,
 * also for `lowered` and the -1 it returns) with each word looked up as it ends. Returns the number
 * of ids. A word of ASCII letters (most words) is looked up in the UTF-8 bytes themselves; any other
 * is lower-cased into lowerChars from 0 once it ends, so the loop over a word's bytes only hashes them.
 */
function scanTokenIds(text: string, lowered: boolean, table: WordTable, out: TokenIds): number {
  const n = text.length;
  reserveScanBuffers(n);
  // At most one id per character: a token id takes a word of 2 or more, a -1 a word or a gap after an id.
  const ids = out.reserve(n + 1);
  const bytes = utf8;
  const view = utf8View;
  const m = encoder.encodeInto(text, bytes).written;
  bytes[m] = SPACE; // ends the last word, so a word's loop needs no test for the end of the text
  const chars = lowerChars;
  const plain = table.plainTokens();
  let count = 0;
  let last = -1; // the id written last (-1 for none)
  let b = 0;
  let gapBreaks = false;
  while (b < m) {
    const start = b;
    const c = BYTE_KINDS[bytes[b]];
    let first: number; // the word's first character, lower-cased
    if ((c & MULTIBYTE) === 0) {
      if ((c & START) === 0) {
        // A character between words.
        if (c & BREAKS) gapBreaks = true;
        b++;
        continue;
      }
      first = c >> 8;
      b++;
    } else {
      const cp = decodeUtf8(bytes, b);
      const k = wideKind(cp);
      if (k & CASED && !lowered) return -1;
      b += utf8Length;
      if ((k & START) === 0) {
        if (k & BREAKS) gapBreaks = true;
        continue;
      }
      first = cp < 256 ? LATIN1[cp] >> 8 : cp;
    }
    let flags = c & MULTIBYTE ? WIDE : 0;
    let h = first > 0xffff ? fnvStep(fnvStep(HASH_SEED, highSurrogate(first)), lowSurrogate(first)) : fnvStep(HASH_SEED, first);
    // The LATIN1 entry of the ASCII character that ends the word, if one does (-1 for none).
    let after = -1;
    for (;;) {
      let d = BYTE_KINDS[bytes[b]];
      // ASCII letters first, in a loop of their own: one test per letter, and none of the branches
      // and calls below (a hyphen, an apostrophe, a multibyte character, the word's end) inside it.
      while ((d & START) !== 0) {
        h = fnvStep(h, d >> 8);
        d = BYTE_KINDS[bytes[++b]];
      }
      // A hyphen or an apostrophe (a word flag) is rare, other bytes end the word or are not ASCII.
      if ((d & CONTINUE) !== 0) {
        flags |= (d >> FLAG_SHIFT) & (HYPHEN | APOSTROPHE);
        h = fnvStep(h, d >> 8);
        b++;
        continue;
      }
      if ((d & MULTIBYTE) === 0) {
        after = d;
        break;
      }
      // A character of two to four bytes.
      const dp = decodeUtf8(bytes, b);
      const k = wideKind(dp);
      if (k & CASED && !lowered) return -1;
      if ((k & (START | CONTINUE)) === 0) break;
      flags |= ((k >> FLAG_SHIFT) & (HYPHEN | APOSTROPHE)) | WIDE;
      b += utf8Length;
      if (dp > 0xffff) h = fnvStep(fnvStep(h, highSurrogate(dp)), lowSurrogate(dp));
      else h = fnvStep(h, dp < 256 ? LATIN1[dp] >> 8 : dp);
    }
    // The word bytes[start, b) ends: its tokens' ids.
    if (gapBreaks && last !== -1) ids[count++] = last = -1;
    if (flags === 0) {
      // ASCII letters: looked up in the bytes (most words).
      const id = b - start < 2 ? -1 : plain.tokenAtAscii(view, start, b, h);
      if (id !== -1 || last !== -1) ids[count++] = last = id;
    } else {
      // Lower-cased to UTF-16 first.
      const length = lowerWord(bytes, start, b, chars);
      if ((flags & (HYPHEN | APOSTROPHE)) === 0) {
        const id = plainTokenId(chars, 0, length, h, plain);
        if (id !== -1 || last !== -1) ids[count++] = last = id;
      } else {
        count = partTokenIds(chars, 0, length, flags, h, table, plain, ids, count);
        last = count > 0 ? ids[count - 1] : -1;
      }
    }
    // The character after the word lies between words: taken here rather than read again above.
    gapBreaks = after !== -1 && (after & BREAKS) !== 0;
    if (after !== -1) b++;
  }
  return count;
}

/** Room in lowerChars and utf8 (and utf8View on it) for a text of `n` UTF-16 code units. */
function reserveScanBuffers(n: number): void {
  if (n > lowerChars.length) lowerChars = new Uint16Array(Math.max(n, 2 * lowerChars.length));
  if (3 * n + 1 > utf8.length) {
    utf8 = new Uint8Array(Math.max(3 * n + 1, 2 * utf8.length));
    utf8View = new DataView(utf8.buffer);
  }
}

/** Writes the lower-cased UTF-16 of the word bytes[from, to) (scanned by scanTokenIds) to chars from 0; returns its length. */
function lowerWord(bytes: Uint8Array, from: number, to: number, chars: Uint16Array): number {
  let i = 0;
  for (let b = from; b < to; ) {
    const c = bytes[b];
    if (c < 0x80) {
      chars[i++] = LATIN1[c] >> 8;
      b++;
      continue;
    }
    const cp = decodeUtf8(bytes, b);
    b += utf8Length;
    if (cp > 0xffff) {
      chars[i++] = highSurrogate(cp);
      chars[i++] = lowSurrogate(cp);
    } else chars[i++] = cp < 256 ? LATIN1[cp] >> 8 : cp;
  }
  return i;
}

/**
 * The ids of the tokens of the word chars[start, end) with a hyphen or an apostrophe (`flags`; `h`
 * its hash), written to ids[count …] as contentTokenIdsInto writes them; returns the new count.
 */
function partTokenIds(
  chars: Uint16Array, start: number, end: number, flags: number, h: number, table: WordTable, plain: PlainTokenIndex, ids: Int32Array, count: number,
): number {
  let last = count > 0 ? ids[count - 1] : -1;
  if ((flags & APOSTROPHE) === 0) {
    // Hyphenated: each part is a plain word (wordToken of a word without apostrophes is plainTokenId's).
    for (let from = start; from < end; ) {
      let to = from;
      while (to < end && chars[to] !== HYPHEN_CHAR) to++;
      if (to > from) {
        const id = plainTokenId(chars, from, to, hashRange(chars, from, to), plain);
        if (id !== -1 || last !== -1) ids[count++] = last = id;
      }
      from = to + 1;
    }
  } else if ((flags & HYPHEN) === 0 && isPossessive(chars, start, end)) {
    // wordToken drops the "'s" and leaves a word without apostrophes: a plain word, found in place.
    const id = plainTokenId(chars, start, end - 2, hashUnstep(hashUnstep(h, ENDS_IN_S), chars[end - 2]), plain);
    if (id !== -1 || last !== -1) ids[count++] = id;
  } else {
    // Other words with apostrophes: wordToken of each part between hyphens.
    for (let from = start; from < end; ) {
      let to = from;
      while (to < end && chars[to] !== HYPHEN_CHAR) to++;
      if (to > from) {
        const id = apostropheTokenId(chars, from, to, table);
        if (id !== -1 || last !== -1) ids[count++] = last = id;
      }
      from = to + 1;
    }
  }
  return count;
}

/** Scratch for apostropheTokenId: a word without its apostrophes. */
let stemChars = new Uint16Array(64);

/** The id of wordToken(word) for the word chars[start, end), which may hold apostrophes (no hyphen). */
function apostropheTokenId(chars: Uint16Array, start: number, end: number, table: WordTable): number {
  if (endsInApostropheS(chars, start, end)) end -= 2;
  if (end - start < 2) return -1;
  const id = table.idAt(chars, start, end, -1, hashRange(chars, start, end));
  if (id !== -1 && id < STOPWORD_IDS) return -1;
  // stem(): a second "'s" dropped, then every apostrophe, then the plural rules.
  if (endsInApostropheS(chars, start, end)) end -= 2;
  if (end - start > stemChars.length) stemChars = new Uint16Array(2 * (end - start));
  const word = stemChars;
  let length = 0;
  for (let i = start; i < end; i++) if (!isApostrophe(chars[i])) word[length++] = chars[i];
  const h = hashRange(word, 0, length);
  return stemmedId(word, 0, length, h, table.idAt(word, 0, length, -1, h), table);
}

function endsInApostropheS(chars: Uint16Array, start: number, end: number): boolean {
  return end - start >= 2 && chars[end - 1] === ENDS_IN_S && isApostrophe(chars[end - 2]);
}

/** True when chars[start, end) ends in "'s" or "’s" and has no other apostrophe. */
function isPossessive(chars: Uint16Array, start: number, end: number): boolean {
  if (end - start < 3 || chars[end - 1] !== ENDS_IN_S || !isApostrophe(chars[end - 2])) return false;
  for (let i = start; i < end - 2; i++) if (isApostrophe(chars[i])) return false;
  return true;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** The id of word.length < 2 || STOPWORDS.has(word) ? null : stemPlain(word) for the word chars[start, end), whose hash is `h`. */
function plainTokenId(chars: Uint16Array, start: number, end: number, h: number, plain: PlainTokenIndex): number {
  return end - start < 2 ? -1 : plain.tokenAt(chars, start, end, h);
}

/** plainTokenId of a word (at least 2 characters, no apostrophe or hyphen) given as a string. */
function plainTokenOf(word: string, table: WordTable): number {
  const id = table.idOf(word);
  if (id !== -1 && id < STOPWORD_IDS) return -1;
  return table.idOf(stemPlain(word));
}

/**
 * The number of bits of a hash that PlainTokenIndex's filter reads (its top bits): 17, a 16 KB
 * filter. The shipped model's index holds about 4,000 surface forms, which set 11 % of the bits of a
 * 15-bit filter (so as many missing words went on to a probe of the table) and 3 % of this one.
 */
const FILTER_BITS = 17;

/**
 * Every plain word (2 characters or more, no apostrophe or hyphen) whose token is in a table made
 * by tokenTable, with that token's id. A word of a text is then found with one look-up, and a
 * stopword or a word in no feature (most words) is a miss: no characters compared, no stem looked up.
 */
export class PlainTokenIndex {
  private readonly surfaces = new WordTable();
  private tokens = new Int32Array(64);
  /**
   * A bit per value of a hash's top FILTER_BITS bits, set for the words': this small array stays in
   * the nearest cache and turns most missing words away without a look in the table.
   */
  private readonly filter = new Int32Array(1 << (FILTER_BITS - 5));

  constructor(table: WordTable) {
    // A word's token is in the table only when its stem is: the word is the stem, its "-s" plural or its "-ies" one.
    for (let id = 0; id < table.size; id++) {
      const word = table.word(id);
      this.consider(word, table);
      this.consider(word + 's', table);
      if (word.endsWith('y')) this.consider(word.slice(0, -1) + 'ies', table);
    }
  }

  /** The token id of the plain word chars[start, end) (2 characters or more), whose hash is `h`; -1 for none. */
  tokenAt(chars: Uint16Array, start: number, end: number, h: number): number {
    const f = h >>> (32 - FILTER_BITS);
    if ((this.filter[f >>> 5] & (1 << (f & 31))) === 0) return -1;
    const s = this.surfaces.idAt(chars, start, end, -1, h);
    return s === -1 ? -1 : this.tokens[s];
  }

  /** tokenAt for a word of ASCII letters given as its UTF-8 bytes[start, end) (not lower-cased), whose hash is `h`. */
  tokenAtAscii(bytes: DataView, start: number, end: number, h: number): number {
    const f = h >>> (32 - FILTER_BITS);
    if ((this.filter[f >>> 5] & (1 << (f & 31))) === 0) return -1;
    const s = this.surfaces.idAtAscii(bytes, start, end, h);
    return s === -1 ? -1 : this.tokens[s];
  }

  private consider(word: string, table: WordTable): void {
    const token = word.length < 2 ? -1 : plainTokenOf(word, table);
    if (token === -1) return;
    const s = this.surfaces.add(word);
    if (s >= this.tokens.length) {
      const grown = new Int32Array(2 * this.tokens.length);
      grown.set(this.tokens);
      this.tokens = grown;
    }
    this.tokens[s] = token;
    const f = hashOf(word) >>> (32 - FILTER_BITS);
    this.filter[f >>> 5] |= 1 << (f & 31);
  }
}

/** The id of stemPlain(word) for the word chars[start, end), whose hash is `h` and own id `id`. */
function stemmedId(chars: Uint16Array, start: number, end: number, h: number, id: number, table: WordTable): number {
  const length = end - start;
  if (length < 4 || chars[end - 1] !== ENDS_IN_S) return id;
  // stemPlain: "-ies" → "-y"; a final "s" dropped except after s, u, i, "new" and "ic"
  // (the letters before the "s" read by code, not by endsWith: this runs for every plural).
  const withoutS = hashUnstep(h, ENDS_IN_S);
  const beforeS = chars[end - 2];
  if (length > 4 && beforeS === E && chars[end - 3] === I) {
    const stem = hashUnstep(hashUnstep(withoutS, E), I);
    return table.idAt(chars, start, end - 3, Y, fnvStep(stem, Y));
  }
  if (!keepsFinalS(chars, end, beforeS)) return table.idAt(chars, start, end - 1, -1, withoutS);
  return id;
}

/**
 * True when stemPlain keeps the final "s" of the word ending at `end` (at least 4 letters long),
 * whose letter before the "s" is `beforeS`: after s, u, i, and in "-news" and "-ics".
 */
function keepsFinalS(chars: Uint16Array, end: number, beforeS: number): boolean {
  switch (beforeS) {
    case ENDS_IN_S: case U: case I:
      return true;
    case W:
      return chars[end - 3] === E && chars[end - 4] === N;
    case C:
      return chars[end - 3] === I;
  }
  return false;
}

/** The hash of chars[start, end) (hashOf of it as a string). */
function hashRange(chars: Uint16Array, start: number, end: number): number {
  let h = HASH_SEED;
  for (let i = start; i < end; i++) h = fnvStep(h, chars[i]);
  return h;
}

/** Feature counts: unigrams always; bigrams (and trigrams when `trigrams`) of adjacent content words. */
export function featureCounts(text: string, trigrams = false): Map<string, number> {
  const tokens = contentTokens(text);
  const counts = new Map<string, number>();
  const add = (f: string): void => {
    counts.set(f, (counts.get(f) ?? 0) + 1);
  };
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i];
    if (a === null) continue;
    add(a);
    const b = tokens[i + 1];
    if (b == null) continue;
    add(`${a} ${b}`);
    const c = tokens[i + 2];
    if (trigrams && c != null) add(`${a} ${b} ${c}`);
  }
  return counts;
}

/** The canonical feature key for a lexicon entry ("Central Banks" → "central bank"). */
export function phraseKey(phrase: string): string | null {
  const tokens = contentTokens(phrase);
  if (tokens.length === 0 || tokens.length > 3 || tokens.some((t) => t === null)) return null;
  return tokens.join(' ');
}
