/**
 * Text → bag of features for the topic classifier: lower-cased word stems, and bigrams and
 * trigrams of adjacent content words (so lexicon phrases like "central bank" match as one unit).
 * Training, lexicons and classification all go through here, so they always agree.
 */

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
const ASCII_CLASS = new Uint8Array(128);
for (let c = 97; c <= 122; c++) ASCII_CLASS[c] = START;
for (let c = 65; c <= 90; c++) ASCII_CLASS[c] = START;
ASCII_CLASS[39] = CONTINUE;
ASCII_CLASS[45] = CONTINUE;
const LETTER_RE = /^\p{L}$/u;
const CONTINUE_RE = /^[\p{M}'’-]$/u;
const nonAsciiClass = new Map<number, number>();

function charClass(cp: number): number {
  if (cp < 128) return ASCII_CLASS[cp];
  let k = nonAsciiClass.get(cp);
  if (k === undefined) {
    const ch = String.fromCodePoint(cp);
    k = LETTER_RE.test(ch) ? START : CONTINUE_RE.test(ch) ? CONTINUE : 0;
    nonAsciiClass.set(cp, k);
  }
  return k;
}

/** The code point at `i` (a lone surrogate stands for itself, as in a `u` regex). */
function codePointAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** Content-word tokens of a text, in order, with `null` marking a stopword/sentence gap (no n-gram across it). */
export function contentTokens(text: string): (string | null)[] {
  const out: (string | null)[] = [];
  const lower = text.toLowerCase();
  const n = lower.length;
  // Words are the /[\p{L}][\p{L}\p{M}'’-]*/u matches of the lower-cased text, scanned by hand.
  let i = 0;
  let gapBreaks = false;
  while (i < n) {
    const c = lower.charCodeAt(i);
    if (c < 128 && ASCII_CLASS[c] !== START) {
      // ASCII first (most characters): a non-letter between words.
      if (c === 10 || c === 33 || c === 34 || c === 40 || c === 41 || c === 44 || c === 46 || c === 58 || c === 59 || c === 63) gapBreaks = true;
      i++;
      continue;
    }
    const cp = c < 0xd800 || c > 0xdbff ? c : codePointAt(lower, i);
    if (charClass(cp) !== START) {
      // Punctuation between two words that ends a phrase (hyphens and spaces do not).
      switch (c) {
        case 10: case 33: case 34: case 40: case 41: case 44: case 46: case 58: case 59: case 63: case 0x201c: case 0x201d:
          gapBreaks = true;
      }
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    let hyphen = false;
    let apostrophe = false;
    i += cp > 0xffff ? 2 : 1;
    while (i < n) {
      const d = lower.charCodeAt(i);
      if (d < 128) {
        if (ASCII_CLASS[d] === 0) break;
        if (d === 45) hyphen = true;
        else if (d === 39) apostrophe = true;
        i++;
        continue;
      }
      const dp = d < 0xd800 || d > 0xdbff ? d : codePointAt(lower, i);
      if (charClass(dp) === 0) break;
      if (d === 0x2019) apostrophe = true;
      i += dp > 0xffff ? 2 : 1;
    }
    if (gapBreaks) out.push(null);
    gapBreaks = false;
    const word = lower.slice(start, i);
    // Without apostrophes (most words), wordToken reduces to the stopword test and the plural rules.
    if (!hyphen && !apostrophe) out.push(word.length < 2 || STOPWORDS.has(word) ? null : stemPlain(word));
    else if (!hyphen) out.push(wordToken(word));
    else for (const part of word.split('-')) if (part) out.push(wordToken(part));
  }
  return out;
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
