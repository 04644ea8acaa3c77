import type { Span } from '../types';
import { isSpaceCode } from './text';

/** One occurrence of a person-like surname, with the given name or title before it. */
export interface NameOccurrence extends Span {
  readonly surname: string;
  readonly given?: string;
  /** The span to show: given name + particles + surname. */
  readonly full: Span;
  /** True when a given name, title or speech verb marks it as a person. */
  readonly personCue: boolean;
}

// Titles, also written with a dot ("Mr."); the words tested here (names, and the words before
// them) never hold a dot, so a set of the bare titles serves.
const TITLES = new Set(
  ('Mr Mrs Ms Miss Dr Prof Professor Sir Dame Lord Lady President Minister Ambassador Governor Mayor Senator Judge General Gen Colonel Col Captain Capt Chairman Chairwoman ' +
    'Chancellor Secretary Director Commissioner Envoy Sheikh King Queen Prince Princess Pope Father Rev Coach Manager Inspector Sergeant Officer Spokesman Spokeswoman Deputy Premier').split(' '),
);
const PARTICLES = new Set('van von de der den da di du del della la le al el bin ibn ben dos das ter ten'.split(' '));
// Capitalised words that are not given names even when they precede a capitalised word.
const NOT_GIVEN = new Set(
  ('The A An In On At For From By With And Or But As If When While After Before Since Until During Under Over Into Its His Her Their Our This That These Those ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December ' +
    'North South East West New Old Great Saint St Upper Lower Central Northern Southern Eastern Western Former Acting Interim Chief Senior Junior Vice').split(' '),
);
// Capitalised words that are never surnames: NOT_GIVEN and the titles.
const NOT_SURNAME = new Set([...NOT_GIVEN, ...TITLES]);
const CAPITALISED = /\p{Lu}\p{Ll}[\p{L}’'-]*/gu;
// The CAPITALISED words of four letters or more (in code points). Without astral characters
// (two UTF-16 units each) in the text, these are the CAPITALISED words of four or more units,
// the only ones that can give a surname: a fifth of the capitalised words ("The", "He", "Mr") are shorter.
const CAPITALISED_LONG = /\p{Lu}\p{Ll}[\p{L}’'-]{2,}/gu;
const SURROGATE = /[\ud800-\udfff]/;
const NEXT_ADJACENT = /^[ \t\u00a0]+(?:\p{Lu}|(?:van|von|de|der|den|da|di|du|del|della|la|le|al|el|bin|ibn|ben|dos|das|ter|ten)\s)/u;
// Hoisted: a regex literal with \p{…} in a loop may be compiled anew on every pass once bundled.
const GIVEN_SHAPE = /^\p{Lu}\p{Ll}+$/u;
const SPEECH_AFTER = /^\s*(?:said|says|told|added|stated|noted|argued|warned|explained|insisted|wrote|replied|asked)\b/;

/** True for a letter, an apostrophe or a hyphen at `i`. */
function isLetterAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  // ASCII first: this runs for every character of the word before each capitalised word.
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 39 || code === 45;
  const c = text[i];
  return c.toLowerCase() !== c.toUpperCase() || c === '’';
}

/** The word ending right before `at` if only spaces or tabs separate them (names do not run across line breaks). */
function wordBefore(text: string, at: number): { w: string; i: number } | undefined {
  let e = at;
  for (let c = text.charCodeAt(e - 1); e > 0 && (c === 32 || c === 9 || c === 0xa0); c = text.charCodeAt(e - 1)) e--;
  if (e === at || e === 0) return undefined;
  let b = e;
  while (b > 0 && isLetterAt(text, b - 1)) b--;
  return b < e ? { w: text.slice(b, e), i: b } : undefined;
}

/** The surname a capitalised word stands for, or undefined when it cannot be one. */
function surnameOf(raw: string): string | undefined {
  const w = withoutPossessiveEnd(raw);
  return w.length < 4 || NOT_SURNAME.has(w) ? undefined : w;
}

/** A capitalised word without a possessive or trailing apostrophes/dashes, which are not part of a name. */
function withoutPossessiveEnd(raw: string): string {
  const last = raw.charCodeAt(raw.length - 1); // /[s’'-]$/
  return raw.length > 2 && (last === 115 || last === 0x2019 || last === 39 || last === 45) ? withoutPossessive(raw) : raw;
}

/** raw.replace(/[’']s$/, '').replace(/[’'-]+$/, ''), without the regexes (it runs for most words ending in "s"). */
function withoutPossessive(raw: string): string {
  let end = raw.length;
  if (end >= 2 && raw.charCodeAt(end - 1) === 115 && isApostrophe(raw.charCodeAt(end - 2))) end -= 2;
  while (end > 0 && (isApostrophe(raw.charCodeAt(end - 1)) || raw.charCodeAt(end - 1) === 45)) end--;
  return end === raw.length ? raw : raw.slice(0, end);
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/**
 * The distinct surnames nameOccurrences finds in the texts that can be variant spellings of one
 * another, in order of first occurrence, without the work of placing each occurrence (given name,
 * title, cue). The words that are never surnames are dropped once per distinct word rather than
 * once per occurrence. A variant's spelling folds to MIN_VARIANT_LENGTH letters or more
 * (isVariantFoldedWith): a shorter ASCII surname folds to its own length and is left out (a
 * seventh of the capitalised words); a non-ASCII one of four letters is kept, as folding may change its length.
 */
export function distinctSurnames(texts: readonly string[]): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    const capitalised = text.match(SURROGATE.test(text) ? CAPITALISED : CAPITALISED_LONG);
    if (!capitalised) continue;
    for (const raw of capitalised) {
      const w = withoutPossessiveEnd(raw);
      if (w.length >= MIN_VARIANT_LENGTH || (w.length === 4 && !isAscii(w))) words.add(w);
    }
  }
  const out: string[] = [];
  for (const w of words) if (!NOT_SURNAME.has(w)) out.push(w);
  return out;
}

/**
 * Person-like capitalised surnames in a block of text (offsets relative to `base`); with `only`,
 * just the occurrences of that surname (the same ones the full list holds for it).
 */
export function nameOccurrences(text: string, base: number, only?: string): NameOccurrence[] {
  const out: NameOccurrence[] = [];
  // An occurrence's text starts with its surname: a block without the word holds none of it.
  if (only !== undefined && !text.includes(only)) return out;
  CAPITALISED.lastIndex = 0;
  for (let m = CAPITALISED.exec(text); m; m = CAPITALISED.exec(text)) {
    const raw = m[0];
    const w = surnameOf(raw);
    const i = m.index;
    if (w === undefined || (only !== undefined && w !== only)) continue;
    // Walk back over particles ("van", "de") to a given name or title.
    let prev = wordBefore(text, i);
    while (prev && PARTICLES.has(prev.w)) prev = wordBefore(text, prev.i);
    const isTitle = !!prev && TITLES.has(prev.w);
    const isGiven = !!prev && !isTitle && GIVEN_SHAPE.test(prev.w) && !NOT_GIVEN.has(prev.w);
    // The next word capitalised too means this is itself a given name ("Declan" in "Declan Fairbairn").
    // Tested only when they decide the cue: this loop runs for every capitalised word.
    let cue = isTitle;
    if (!cue) {
      const after = text.slice(i + raw.length, i + raw.length + 16);
      cue = (isGiven && !NEXT_ADJACENT.test(after)) || SPEECH_AFTER.test(after);
    }
    out.push({
      start: base + i,
      end: base + i + w.length,
      surname: w,
      given: isGiven ? prev!.w : undefined,
      full: { start: base + (isGiven || isTitle ? (isGiven ? prev!.i : i) : i), end: base + i + w.length },
      personCue: cue,
    });
  }
  return out;
}

// Lower-case words, to tell a capitalised common word from a name.
const LOWER_WORD = /(?<![\p{L}])\p{Ll}[\p{L}’'-]*/gu;

/**
 * True when `word` is one of the words LOWER_WORD finds in the text (scanning it from the start),
 * found without collecting them all: each place that spells the word is checked by a scan from
 * the blank before it. No match holds a blank, so the matches from there on are the full scan's.
 */
export function hasLowerCaseWord(text: string, word: string): boolean {
  if (word.length === 0) return false;
  for (let p = text.indexOf(word); p !== -1; p = text.indexOf(word, p + 1)) {
    let from = p;
    while (from > 0 && !isSpaceCode(text.charCodeAt(from - 1))) from--;
    LOWER_WORD.lastIndex = from;
    for (let m = LOWER_WORD.exec(text); m && m.index <= p; m = LOWER_WORD.exec(text)) {
      if (m.index === p) {
        if (m[0] === word) return true;
        break;
      }
    }
  }
  return false;
}

let scratch = new Int32Array(96);

/** Damerau–Levenshtein (optimal string alignment) distance, stopping early above `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  if (scratch.length < 3 * (n + 1)) scratch = new Int32Array(6 * (n + 1));
  // Three rolling rows (the transposition needs the row before the previous one), in one reused buffer.
  let prev2 = 0;
  let prev = n + 1;
  let cur = 2 * (n + 1);
  const d = scratch;
  for (let j = 0; j <= n; j++) d[prev + j] = j;
  for (let i = 1; i <= a.length; i++) {
    d[cur] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    const ai1 = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let v = Math.min(d[prev + j] + 1, d[cur + j - 1] + 1, d[prev + j - 1] + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && ai1 === bj) v = Math.min(v, d[prev2 + j - 2] + 1);
      d[cur + j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return d[prev + n];
}

const MARKS = /\p{M}/gu;

/** A spelling as a reader compares it: lower case, accents dropped. */
export function foldName(name: string): string {
  const lower = name.toLowerCase();
  // Plain ASCII (nearly every name) needs no Unicode normalisation.
  return isAscii(lower) ? lower : lower.normalize('NFD').replace(MARKS, '');
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** The letters a-z a spelling uses, as bits 0-25, and bit 26 for any other character. */
export function letterSet(s: string): number {
  let set = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) - 97;
    set |= c >= 0 && c < 26 ? 1 << c : 1 << 26;
  }
  return set;
}

function bitCount(n: number): number {
  n = n - ((n >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** True when two spellings look like one name written two ways (not two names, not a derived form). */
export function isVariantSpelling(a: string, b: string): boolean {
  if (a === b) return false;
  return isVariantFolded(foldName(a), foldName(b));
}

/** isVariantSpelling on spellings already passed through foldName. */
export function isVariantFolded(x: string, y: string): boolean {
  return isVariantFoldedWith(x, y, letterSet(x), letterSet(y));
}

/** The shortest folded spelling compared as a variant: shorter names differ too much by one letter (distinctSurnames leaves them out). */
const MIN_VARIANT_LENGTH = 5;

/** isVariantFolded, given the letterSet of each spelling (computed once per name, not once per pair). */
export function isVariantFoldedWith(x: string, y: string, xLetters: number, yLetters: number): boolean {
  if (x === y) return false; // accents dropped: the same spelling for a reader
  if (x[0] !== y[0] || Math.min(x.length, y.length) < MIN_VARIANT_LENGTH) return false;
  // Each edit adds or removes at most two of the letters a spelling uses (a substitution one of each):
  // spellings whose letters differ by more than twice the limit are further apart than it.
  // (Tested first: it rules out most pairs, and costs less than the other tests.)
  const limit = Math.min(x.length, y.length) >= 8 ? 2 : Math.min(x.length, y.length) >= 6 ? 2 : 1;
  if (bitCount(xLetters ^ yLetters) > 2 * limit) return false;
  // Derived forms: Kenya/Kenyan, Smith/Smiths, Jone/Jones.
  if (x.startsWith(y) || y.startsWith(x)) return false;
  const dist = editDistance(x, y, limit);
  if (dist > limit) return false;
  // Two edits on a short name is too loose unless the edits are close vowel or ij/y swaps.
  if (dist === 2 && Math.min(x.length, y.length) < 8 && x.replace(/[aeiouy]|ij/g, '') !== y.replace(/[aeiouy]|ij/g, '') ) return false;
  return true;
}
