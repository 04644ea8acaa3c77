/** Word tokens of one line, with the facts the name rules need about each. */

export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: 'word' | 'number' | 'punct' | 'possessive';
  /** First letter is upper case. */
  readonly cap: boolean;
  /** Two or more letters, all upper case (`ISLAMABAD`, `CNES`). */
  readonly upper: boolean;
  /** First word of a sentence, line, quote, bullet or colon clause. */
  readonly sentenceStart: boolean;
  /** Whitespace separates it from the previous token. */
  readonly spaceBefore: boolean;
  /** The cue-list bits of `text` (rules/cueFlags.ts): -1 until first asked, then kept here. */
  cues: number;
}

/** The token grammar `tokenize` scans, as a regex (words | numbers | any other non-space), for reference and tests. */
export const TOKEN_PATTERN = /(\p{L}[\p{L}\p{M}\p{N}]*(?:[-‐'’][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*)|(\p{N}+(?:[.,]\p{N}+)*)|(\S)/gu;
/** Punctuation after which a word starts a sentence (asked through isSentenceOpener). */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(['.', '!', '?', ':', ';', '“', '"', '‘', '•', '·', '(', '[', '—', '–', '-', '*', '>', '|']);

/**
 * `SENTENCE_OPENERS.has(p)` by character code. Why: every punctuation token asked the Set, hashing
 * a fresh one-character string each time (perf: FindOrderedHashSetEntry under tokenize).
 */
export function isSentenceOpener(p: string): boolean {
  if (p.length !== 1) return false;
  switch (p.charCodeAt(0)) {
    case 46: case 33: case 63: case 58: case 59: case 34: case 40: case 91: case 45: case 42: case 62: case 124: // . ! ? : ; " ( [ - * > |
    case 0x201c: case 0x2018: case 0x2022: case 0xb7: case 0x2014: case 0x2013: // “ ‘ • · — –
      return true;
    default:
      return false;
  }
}

/** Code-point classes the tokenizer needs: letter, mark, number, whitespace, other. */
const L = 1, M = 2, N = 3, SPACE = 4, OTHER = 0;
const ASCII_CLASS = (() => {
  const t = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    const ch = String.fromCharCode(c);
    t[c] = /\p{L}/u.test(ch) ? L : /\p{N}/u.test(ch) ? N : /\s/.test(ch) ? SPACE : OTHER;
  }
  return t;
})();
const classMemo = new Map<number, number>();

function classOf(cp: number): number {
  if (cp < 128) return ASCII_CLASS[cp];
  let k = classMemo.get(cp);
  if (k === undefined) {
    const ch = String.fromCodePoint(cp);
    k = /\p{L}/u.test(ch) ? L : /\p{M}/u.test(ch) ? M : /\p{N}/u.test(ch) ? N : /\s/u.test(ch) ? SPACE : OTHER;
    classMemo.set(cp, k);
  }
  return k;
}

const isJoiner = (c: number): boolean => c === 45 || c === 0x2010 || c === 39 || c === 0x2019;
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;
const widthOf = (cp: number): number => (cp > 0xffff ? 2 : 1);

/** 1 for the ASCII letters and digits: the characters most words are made of, each answered by one read. */
const ASCII_WORD_CHAR = ASCII_CLASS.map((k) => (k === L || k === N ? 1 : 0));

/** Whether a code point is a letter, a mark or a number (`[\p{L}\p{M}\p{N}]`), its class remembered. */
export function isLetterMarkOrNumber(cp: number): boolean {
  const k = classOf(cp);
  return k === L || k === M || k === N;
}

/**
 * End of the run of word characters from `i` (before `end`): ASCII ones are those `ascii` marks 1
 * (one read each, the common case), other code points those `accepts`.
 */
export function scanWordCharacters(text: string, i: number, end: number, ascii: Uint8Array, accepts: (cp: number) => boolean): number {
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (ascii[c] === 0) break;
      i++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    if (!accepts(cp)) break;
    i += widthOf(cp);
  }
  return i;
}

/** End of the letters, marks and digits from `i` (`[\p{L}\p{M}\p{N}]*`). */
function scanWordChars(text: string, i: number, end: number): number {
  return scanWordCharacters(text, i, end, ASCII_WORD_CHAR, isLetterMarkOrNumber);
}

/** End of the digits from `i` (`\p{N}*`). */
function scanDigits(text: string, i: number, end: number): number {
  while (i < end) {
    const c = text.charCodeAt(i);
    const cp = c < 128 ? c : text.codePointAt(i)!;
    if ((c < 128 ? ASCII_CLASS[c] : classOf(cp)) !== N) break;
    i += widthOf(cp);
  }
  return i;
}

/**
 * Tokens of `text` between `start` and `end` (offsets stay absolute). A word is letters (with
 * marks) and digits joined by internal hyphens or apostrophes (`Tehreek-e-Taliban`, `O'Brien`);
 * a trailing possessive (`’s`) is its own token so it ends a name; a number is digits with
 * internal `.`/`,` groups; anything else not a space is one punctuation token. (A scanner over
 * code points: the same tokens as TOKEN_PATTERN, several times faster; a unit test holds them equal.)
 */
export function tokenize(text: string, start: number, end: number): Token[] {
  // Tokens are appended with `out[out.length] = …`: the optimiser inlines that store, where it left
  // `push` here a call to the builtin per token (perf: Builtins_ArrayPrototypePush under tokenize).
  const out: Token[] = [];
  let prevEnd = -1;
  // Whether a word or number here starts a sentence: kept up to date token by token (see `opensAfter`).
  let opens = true;
  let i = start;
  while (i < end) {
    const c0 = text.charCodeAt(i);
    if (c0 === 32) { i++; continue; } // the commonest character, skipped before classifying
    const cp = c0 < 128 ? c0 : text.codePointAt(i)!;
    const k = c0 < 128 ? ASCII_CLASS[c0] : classOf(cp);
    const width = widthOf(cp);
    if (k === SPACE) { i += width; continue; }
    const spaceBefore = prevEnd === -1 || i > prevEnd;
    const s = i;
    if (k === L) {
      let j = i + width;
      for (;;) {
        // [\p{L}\p{M}\p{N}]*
        j = scanWordChars(text, j, end);
        // (?:[-‐'’][\p{L}\p{N}]...)*
        if (j + 1 < end && isJoiner(text.charCodeAt(j))) {
          const c = text.codePointAt(j + 1)!;
          const kc = classOf(c);
          if (kc === L || kc === N) { j += 1 + widthOf(c); continue; }
        }
        break;
      }
      let wordEnd = j;
      // A possessive ends the name: `Pakistan’s` → `Pakistan` + `’s`.
      if (j - s > 3 && text.charCodeAt(j - 1) === 115 && isApostrophe(text.charCodeAt(j - 2))) wordEnd = j - 2;
      out[out.length] = wordToken(text, s, wordEnd, spaceBefore, opens);
      if (wordEnd < j) out[out.length] = { text: text.slice(wordEnd, j), start: wordEnd, end: j, kind: 'possessive', cap: false, upper: false, sentenceStart: false, spaceBefore: false, cues: -1 };
      opens = false;
      i = j;
    } else if (k === N) {
      let j = i + width;
      for (;;) {
        j = scanDigits(text, j, end);
        const sep = text.charCodeAt(j);
        if (j + 1 < end && (sep === 46 || sep === 44)) {
          const c = text.codePointAt(j + 1)!;
          if (classOf(c) === N) { j += 1 + widthOf(c); continue; }
        }
        break;
      }
      out[out.length] = { text: text.slice(s, j), start: s, end: j, kind: 'number', cap: false, upper: false, sentenceStart: opens, spaceBefore, cues: -1 };
      opens = false;
      i = j;
    } else {
      i += width;
      const punct: Token = { text: text.slice(s, i), start: s, end: i, kind: 'punct', cap: false, upper: false, sentenceStart: false, spaceBefore, cues: -1 };
      // (No out[-1] on an empty list: a negative index is a megamorphic lookup of the property "-1".)
      opens = opensAfter(punct, out.length ? out[out.length - 1] : undefined, opens);
      out[out.length] = punct;
    }
    prevEnd = i;
  }
  return out;
}

/**
 * The word token for text[start, end). Its characters are read from `text` (the article, one string
 * representation) rather than from the sliced word, whose representation varies (short copies, long
 * slices, two-byte), which made the reads megamorphic.
 */
function wordToken(text: string, start: number, end: number, spaceBefore: boolean, sentenceStart: boolean): Token {
  const word = text.slice(start, end);
  const c0 = text.charCodeAt(start);
  // ASCII first letters (most words) answer without building lower/upper-case copies.
  const cap = c0 < 128 ? c0 >= 65 && c0 <= 90 : word.charAt(0) !== word.charAt(0).toLowerCase();
  const upper = cap && end - start >= 2 && isAllCaps(text, start, end, word);
  return { text: word, start, end, kind: 'word', cap, upper, sentenceStart, spaceBefore, cues: -1 };
}

/** Two or more letters and no lower-case one (`ISLAMABAD`, `CNES`, `G7`…) in `word` = text[start, end), which starts with a capital. */
function isAllCaps(text: string, start: number, end: number, word: string): boolean {
  let letters = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
    else if (c >= 128) return word === word.toUpperCase() && word !== word.toLowerCase() && /\p{L}.*\p{L}/su.test(word);
  }
  return letters >= 2;
}

/**
 * Whether a word after `punct` starts a sentence, given the token before it and the answer before it:
 * after `.`, `!`, `?`, `:`, an opening quote, a bullet… it does (not after `Dr.`/`Mr.` and initials);
 * closing quotes and brackets pass the earlier answer on (`… said.” He`); other punctuation does not.
 */
function opensAfter(punct: Token, before: Token | undefined, opensBefore: boolean): boolean {
  const p = punct.text;
  // (NOT_SENTENCE_END matches only capitalised words of up to four letters: others skip the pattern.)
  if (isSentenceOpener(p)) return !(p === '.' && before?.kind === 'word' && before.cap && before.end - before.start <= 4 && NOT_SENTENCE_END.test(before.text));
  return isClosing(p) ? opensBefore : false;
}

const NOT_SENTENCE_END = /^(?:Dr|Mr|Mrs|Ms|Prof|St|Gen|Col|Sen|Rep|Jr|Sr|[A-Z])$/;

/** A closing quote or bracket (`[”’")\]]`), by its code instead of a pattern test (punctuation is one character). */
function isClosing(p: string): boolean {
  if (p.length !== 1) return false;
  const c = p.charCodeAt(0);
  return c === 0x201d || c === 0x2019 || c === 34 || c === 41 || c === 93;
}
