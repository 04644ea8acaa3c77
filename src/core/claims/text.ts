import type { Span } from '../types';

/** A sentence of a block, with its text. */
export interface Sentence extends Span {
  readonly text: string;
}

// Words whose trailing dot does not end a sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen', 'rep', 'rev', 'jr', 'sr', 'no', 'vs',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'inc', 'ltd', 'co', 'corp', 'approx', 'est',
]);

const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

/**
 * The sentence boundaries of a text, as /[.!?]+["”’)\]]*(?=\s+["“‘(\[]?[A-Z0-9])/g matches them:
 * `at` is where a match starts and `end` where it ends. Found without the regex, which tried every
 * character: the stops are visited with indexOf, and each run of them is tested once (a match
 * starting inside a run would end where the run's own does, so it holds exactly when that one does).
 */
class Boundaries {
  at = -1;
  end = 0;
  private nextDot: number;
  private nextBang: number;
  private nextQuery: number;

  constructor(private readonly text: string) {
    this.nextDot = text.indexOf('.');
    this.nextBang = text.indexOf('!');
    this.nextQuery = text.indexOf('?');
  }

  /** Moves to the next boundary; false when there is none. */
  next(): boolean {
    const text = this.text;
    for (;;) {
      const i = this.nextStop(this.end);
      if (i === -1) return false;
      let j = i + 1;
      while (j < text.length && isStopCode(text.charCodeAt(j))) j++;
      const runEnd = j;
      while (j < text.length && isCloserCode(text.charCodeAt(j))) j++;
      let k = j;
      while (k < text.length && isSpaceCode(text.charCodeAt(k))) k++;
      if (k > j && k < text.length && isOpenerCode(text.charCodeAt(k))) k++;
      if (k > j && k < text.length && isCapitalOrDigitCode(text.charCodeAt(k))) {
        this.at = i;
        this.end = j;
        return true;
      }
      this.end = runEnd;
    }
  }

  /** The first ".", "!" or "?" at or after `from`, or -1. */
  private nextStop(from: number): number {
    if (this.nextDot !== -1 && this.nextDot < from) this.nextDot = this.text.indexOf('.', from);
    if (this.nextBang !== -1 && this.nextBang < from) this.nextBang = this.text.indexOf('!', from);
    if (this.nextQuery !== -1 && this.nextQuery < from) this.nextQuery = this.text.indexOf('?', from);
    let i = this.nextDot;
    if (this.nextBang !== -1 && (i === -1 || this.nextBang < i)) i = this.nextBang;
    if (this.nextQuery !== -1 && (i === -1 || this.nextQuery < i)) i = this.nextQuery;
    return i;
  }
}

function isStopCode(c: number): boolean {
  return c === 46 || c === 33 || c === 63; // . ! ?
}

function isCloserCode(c: number): boolean {
  return c === 34 || c === 0x201d || c === 0x2019 || c === 41 || c === 93; // " ” ’ ) ]
}

function isOpenerCode(c: number): boolean {
  return c === 34 || c === 0x201c || c === 0x2018 || c === 40 || c === 91; // " “ ‘ ( [
}

function isCapitalOrDigitCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** Splits a block of text (offsets relative to `base`) into sentences. */
export function splitSentences(text: string, base: number): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (const m = new Boundaries(text); m.next(); ) {
    const end = m.end;
    if (text.charCodeAt(m.at) === 46) {
      // The letters right before the dot, within the 12 characters before it (and this sentence).
      const from = Math.max(start, m.at - 12);
      let b = m.at;
      while (b > from && isAsciiLetter(text.charCodeAt(b - 1))) b--;
      const length = m.at - b;
      // "Mr.", "Jan.", single initials ("J. Smith") and "U.S." do not end sentences. (The word is
      // cut out only when its length lets it be an abbreviation.)
      if (length === 1 || (length > 1 && length <= LONGEST_ABBREVIATION && ABBREVIATIONS.has(text.slice(b, m.at).toLowerCase()))) continue;
    }
    pushTrimmed(text, base, start, end, out);
    start = end;
  }
  pushTrimmed(text, base, start, text.length, out);
  return out;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** True when the character code is one /\s/ matches (without building a one-character string to test). */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function pushTrimmed(text: string, base: number, start: number, end: number, out: Sentence[]): void {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start: base + start, end: base + end, text: text.slice(start, end) });
}

/** A quotation: the span includes its quote marks; `inner` excludes them. */
export interface Quote extends Span {
  readonly inner: Span;
  /** True when the quotation opens right after an unclosed one: the same speaker, continued. */
  readonly continues?: boolean;
  /** True when no closing mark ended it (it runs on into the next quotation or paragraph). */
  readonly openEnded?: boolean;
}

/**
 * Quotations in a block: curly “…” and straight "…" pairs. A straight mark opens when it
 * follows a space or the block start and precedes a non-space, and closes otherwise. A quotation
 * left open runs to the next opening mark or the end of the block (a quotation continued in
 * the next paragraph is not closed in English convention).
 */
export function findQuotes(text: string, base: number): Quote[] {
  const out: Quote[] = [];
  let open = -1;
  let lastOpenEnded = false;
  const close = (at: number, closed: boolean): void => {
    const end = closed ? at + 1 : at;
    let innerEnd = closed ? at : at;
    while (innerEnd > open + 1 && isSpaceCode(text.charCodeAt(innerEnd - 1))) innerEnd--;
    if (innerEnd > open + 1) {
      const q: { -readonly [K in keyof Quote]: Quote[K] } = { start: base + open, end: base + (closed ? end : innerEnd), inner: { start: base + open + 1, end: base + innerEnd } };
      if (lastOpenEnded) q.continues = true;
      if (!closed) q.openEnded = true;
      out.push(q);
    }
    lastOpenEnded = !closed;
    open = -1;
  };
  // Visit the quote marks in order, jumping from one to the next with indexOf (most text has none).
  let nextStraight = text.indexOf('"');
  let nextOpen = text.indexOf('“');
  let nextClose = text.indexOf('”');
  for (;;) {
    let i = nextStraight;
    if (nextOpen !== -1 && (i === -1 || nextOpen < i)) i = nextOpen;
    if (nextClose !== -1 && (i === -1 || nextClose < i)) i = nextClose;
    if (i === -1) break;
    const c = text[i];
    if (i === nextStraight) nextStraight = text.indexOf('"', i + 1);
    else if (i === nextOpen) nextOpen = text.indexOf('“', i + 1);
    else nextClose = text.indexOf('”', i + 1);
    const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 32;
    // A straight mark opens after /[\s([\u2014-]/ and before a non-space.
    const opening = c === '“' || (c === '"' && (isSpaceCode(prev) || prev === 40 || prev === 91 || prev === 0x2014 || prev === 45) && !isSpaceCode(next));
    if (opening) {
      if (open !== -1) close(i, false);
      open = i;
    } else if (open !== -1) close(i, true);
  }
  if (open !== -1) close(text.length, false);
  return out;
}

/** Number of words in a string. */
export function wordCount(s: string): number {
  const m = s.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return m ? m.length : 0;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** True when a string has at least `n` words (as wordCount counts them), stopping at the n-th. */
export function hasWords(s: string, n: number): boolean {
  WORD.lastIndex = 0;
  let k = 0;
  while (k < n && WORD.exec(s)) k++;
  WORD.lastIndex = 0;
  return k >= n;
}

/**
 * `[...text.matchAll(re)]` for a global regex that cannot match the empty string, found with `re`
 * itself: matchAll makes a copy of the regex on every call (a new RegExp object, initialised anew).
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m);
  return out;
}

/** True when [start, end) lies inside one of the spans. */
export function within(spans: readonly Span[], start: number, end = start): boolean {
  return spans.some((s) => s.start <= start && end <= s.end);
}
