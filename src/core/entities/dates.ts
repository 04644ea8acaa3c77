import type { DateValue, Mention, Span } from '../types';
import { buildAutomaton } from '../text/automaton';

/**
 * Regex-based date extraction: absolute dates (with or without year or weekday), weekdays,
 * bare years where context shows they are years, and relative expressions resolved against
 * the article's published date. One alternation of every pattern, tried only near the words a date
 * must hold (see `dateMatches`), keeps it fast (≫ 5 MB/s).
 */

const MONTH_NUM: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

// Abbreviations need their dot or a following digit, so "Mar"/"Jan" as names are not months;
// "May" alone (without a day or year) is too ambiguous and is never matched on its own.
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)';
const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d{2})';

const PATTERNS: readonly { re: string; kind: string }[] = [
  // Tuesday, November 18, 2025 · November 18th, 2025 · Monday, March 2
  { kind: 'mdy', re: `(?:${WEEKDAY},?\\s+)?${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?(?![\\d,]\\d)` },
  // 07 January 2026 · Wednesday 7 January · 18th of November 2025
  { kind: 'dmy', re: `(?:${WEEKDAY},?\\s+)?${DAY}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR})?` },
  { kind: 'iso', re: `${YEAR}-(\\d{2})-(\\d{2})` },
  // February 2025 · early March · in March (months alone need a preposition or year)
  { kind: 'my', re: `${MONTH},?\\s+${YEAR}` },
  { kind: 'month', re: `(?:in|since|until|by|from|early|late|mid-|end of|last|next|this)\\s+(January|February|March|April|May|June|July|August|September|October|November|December)\\b(?!,?\\s+(?:\\d|of\\s))` },
  { kind: 'relative', re: `((?:last|this|next|earlier this|later this|late last|early last|early this)\\s+(?:week|month|year|season|weekend|quarter)|yesterday|today|tomorrow|(?:\\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\\s+(?:days?|weeks?|months?|years?)\\s+(?:ago|earlier)|the\\s+(?:weekend|end\\s+of\\s+the\\s+(?:year|month|week))|(?:first|second|third|fourth)\\s+quarter)` },
  { kind: 'weekday', re: `(?:(?:on|last|next|this|by|until|since|late on|early on)\\s+)?${WEEKDAY}(?:'s)?(?!,?\\s+(?:\\d|${MONTH}))` },
  // Bare years: after a preposition/determiner, or before a capitalised name ("the 1960 Indus Waters Treaty").
  { kind: 'year', re: `(?:(?:in|since|by|until|from|of|during|before|after|between|and|to|early|late|mid-)\\s+)${YEAR}(?!\\s*[-–]\\s*\\d)(?![\\d,.]\\d)` },
  { kind: 'yearName', re: `${YEAR}(?=\\s+[A-Z][a-z])` },
];

/** The alternatives' group names, in the pattern's order (one of them holds a match). */
const KINDS = PATTERNS.map((p) => p.kind);

// Case-sensitive (so "2000 people" is not a year before a Name), but a sentence-initial
// lowercase cue word may be capitalised: `(?:in|since)` → `(?:[Ii]n|[Ss]ince)`.
const capitalisable = (re: string): string => re.replace(/(\(\?:|\|)([a-z])(?=[a-z -])/g, (_m, pre: string, c: string) => `${pre}[${c.toUpperCase()}${c}]`);
export const COMBINED_SOURCE = PATTERNS.map((p) => `(?<${p.kind}>\\b${capitalisable(p.re)}\\b)`).join('|');
/** Tried only at given positions (sticky): see `dateMatches`. */
const COMBINED = new RegExp(COMBINED_SOURCE, 'y');

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Every date expression holds an anchor: a digit, a weekday or full month name, a calendar unit or
 * `tomorrow` (a month's abbreviation always comes with a digit). `wordsBefore` is how many words
 * before its first anchor an expression can start. Literals are case-sensitive, as the pattern is.
 * A new pattern must keep to this (the unit tests compare `dateMatches` with a full scan).
 */
const DIGIT_WORDS_BEFORE = 1; // `Sept. 18`, `in 2020`
const WORD_ANCHORS: readonly { readonly text: string; readonly wordsBefore: number }[] = [
  // Weekdays, `today`, `yesterday`, `days`: `late on Monday`, `two days ago`
  ...['day', 'Day'].map((text) => ({ text, wordsBefore: 2 })),
  // `the end of the year`, `early last week`, `the weekend`
  ...['week', 'Week', 'month', 'Month', 'year', 'Year', 'season', 'Season', 'quarter', 'Quarter'].map((text) => ({ text, wordsBefore: 4 })),
  { text: 'morrow', wordsBefore: 0 }, // `tomorrow`, `Tomorrow`
  // `end of March`, `in March`
  ...MONTH_NAMES.map((text) => ({ text, wordsBefore: 2 })),
];
const NONE = Infinity;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Character classes of the anchor automaton: letters (case kept), digits, and 0 for anything else. */
const DIGIT_CHAR = 1, CLASSES = 64;
const ANCHOR_CLASS = ((): Uint8Array => {
  const t = new Uint8Array(65536);
  for (let c = 48; c <= 57; c++) t[c] = DIGIT_CHAR;
  for (let c = 0; c < 26; c++) {
    t[65 + c] = 2 + c;
    t[97 + c] = 28 + c;
  }
  return t;
})();
const DIGIT_ANCHOR = WORD_ANCHORS.length;

/**
 * An Aho–Corasick automaton of the anchors (WORD_ANCHORS and a digit): the text is read once, one
 * table step per character, where searching it once per literal cost a pass each. No literal holds
 * another, so at most one anchor ends at a character. States are stored premultiplied by CLASSES
 * and numbered so that those where an anchor ends come last: the scan tells them by a comparison
 * (`state >= firstEnding`), not by a second table read per character.
 */
const ANCHORS = (() => {
  // One anchor inside another would be reported (at its end) before the outer one that starts earlier.
  for (const a of WORD_ANCHORS) if (WORD_ANCHORS.some((b) => b !== a && b.text.includes(a.text))) throw new Error(`anchor inside another: ${a.text}`);
  const literals = [...WORD_ANCHORS.map((a) => [...a.text].map((ch) => ANCHOR_CLASS[ch.charCodeAt(0)])), [DIGIT_CHAR]];
  const { goto, fail, pattern, order } = buildAutomaton(literals, CLASSES);
  // A state where no anchor ends reports the one ending at its failure state (a suffix), if any.
  const anchor = [...pattern];
  for (const s of order) if (anchor[s] < 0) anchor[s] = anchor[fail[s]];
  // New numbers: the root (no anchor ends there) stays 0, states without an anchor first.
  const states = goto.map((_, s) => s);
  const renumbered = [...states.filter((s) => anchor[s] < 0), ...states.filter((s) => anchor[s] >= 0)];
  const numberOf = new Array<number>(goto.length);
  renumbered.forEach((s, n) => (numberOf[s] = n));
  const next = new Uint16Array(goto.length * CLASSES);
  const ending = new Int8Array(goto.length);
  renumbered.forEach((s, n) => {
    goto[s].forEach((t, c) => (next[n * CLASSES + c] = numberOf[t] * CLASSES));
    ending[n] = anchor[s];
  });
  const firstEnding = states.filter((s) => anchor[s] < 0).length * CLASSES;
  return { next, ending, firstEnding };
})();

/** The anchors of one text in order, each found by reading the text on from where it is asked for. */
class AnchorScanner {
  /** The anchor `next` found. */
  index = -1;
  end = -1;
  wordsBefore = 0;

  constructor(private readonly s: string, private readonly text: string, private readonly base: number) {}

  /** Finds the first anchor at or after `from` (into index/end/wordsBefore); false when none is left. */
  next(from: number): boolean {
    const { next, ending, firstEnding } = ANCHORS;
    const s = this.s;
    const text = this.text;
    const base = this.base;
    // The loop runs over offsets in `text`, to a bound read once: `s.length` in its test cost a
    // string check per character.
    const end = base + s.length;
    // From the root state at `from`, so only anchors starting there or later are seen.
    for (let at = base + from, state = 0; at < end; at++) {
      state = next[state + ANCHOR_CLASS[text.charCodeAt(at)]];
      if (state < firstEnding) continue;
      const k = ending[state / CLASSES];
      const i = at - base;
      if (k === DIGIT_ANCHOR) {
        this.index = i;
        this.end = i + 1;
        while (this.end < s.length && isDigit(s.charCodeAt(this.end))) this.end++;
        this.wordsBefore = DIGIT_WORDS_BEFORE;
      } else {
        const word = WORD_ANCHORS[k];
        this.index = i + 1 - word.text.length;
        this.end = i + 1;
        this.wordsBefore = word.wordsBefore;
      }
      return true;
    }
    this.index = NONE;
    return false;
  }
}

const isAsciiWord = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isSpaceAt = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(s[i]));
};

/** Start of the whitespace-separated word `words` words before the one holding `i`. */
function wordsBack(s: string, i: number, words: number): number {
  let j = i;
  for (let w = 0; w <= words && j > 0; w++) {
    if (w > 0) while (j > 0 && isSpaceAt(s, j - 1)) j--;
    while (j > 0 && !isSpaceAt(s, j - 1)) j--;
  }
  return j;
}

/**
 * The matches a global scan of the combined pattern would give, in order, but trying the pattern
 * only at word starts a few words before an anchor: every alternative starts at a word boundary
 * and reaches its first anchor within that anchor's `wordsBefore` words, so nowhere else can a
 * match start (anchors are runs of word characters, so none straddles a match's start).
 * `s` may be `text.slice(base, …)`: the anchors are then read from `text` itself, which is
 * flat (a slice is read through its parent, a dearer step per character).
 */
export function dateMatches(s: string, text = s, base = 0): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const anchors = new AnchorScanner(s, text, base);
  let pos = 0;
  while (anchors.next(pos)) {
    let found: RegExpExecArray | null = null;
    let p = Math.max(pos, wordsBack(s, anchors.index, anchors.wordsBefore));
    for (let afterWord = p > 0 && isAsciiWord(s.charCodeAt(p - 1)); p <= anchors.index && !found; p++) {
      const inWord = isAsciiWord(s.charCodeAt(p));
      if (inWord && !afterWord) {
        COMBINED.lastIndex = p;
        found = COMBINED.exec(s);
      }
      afterWord = inWord;
    }
    if (found) {
      out.push(found);
      pos = found.index + found[0].length;
    } else pos = anchors.end;
  }
  return out;
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

/** ISO `YYYY-MM-DD` for a real calendar day, else null (30 February is not a day). */
export function isoDay(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** Weekday name of an ISO day. */
export function weekdayOf(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
}

function shiftDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

function shiftMonths(iso: string, months: number): string {
  const [y, m] = iso.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  return `${pad(Math.floor(total / 12), 4)}-${pad((total % 12) + 1)}`;
}

function monthOf(name: string): number {
  return MONTH_NUM[name.toLowerCase().replace('.', '')] ?? 0;
}

const WEEKDAY_BY_LOWER: ReadonlyMap<string, string> = new Map(WEEKDAYS.map((w) => [w.toLowerCase(), w]));

function canonWeekday(s: string | undefined): string | undefined {
  if (!s) return undefined;
  return WEEKDAY_BY_LOWER.get(s.toLowerCase());
}

/** The year that puts month/day closest to the published date (news rarely looks > 6 months away). */
function inferYear(m: number, d: number, published: string): number {
  const py = Number(published.slice(0, 4));
  let best = py;
  let bestGap = Infinity;
  const publishedTime = Date.parse(published);
  for (const y of [py - 1, py, py + 1]) {
    const iso = isoDay(y, m, d);
    if (!iso) continue;
    const gap = Math.abs(Date.parse(iso) - publishedTime);
    if (gap < bestGap) {
      bestGap = gap;
      best = y;
    }
  }
  return best;
}

function dayValue(y: number | null, m: number, d: number, weekday: string | undefined, published: string | null): DateValue | null {
  if (m < 1 || d < 1 || d > 31) return null;
  let year = y;
  let inferredYear = false;
  if (year === null) {
    if (!published) return { kind: 'date', value: null, precision: 'unknown', statedWeekday: weekday };
    year = inferYear(m, d, published);
    inferredYear = true;
  }
  const value = isoDay(year, m, d);
  if (!value) return null;
  return { kind: 'date', value, precision: 'day', statedWeekday: weekday, ...(inferredYear ? { inferredYear } : {}) };
}

function resolveRelative(phrase: string, published: string | null): DateValue {
  const p = phrase.toLowerCase().replace(/\s+/g, ' ');
  const unknown: DateValue = { kind: 'date', value: null, precision: 'unknown', relative: true };
  if (!published) return unknown;
  const y = Number(published.slice(0, 4));
  const rel = (value: string, precision: DateValue['precision']): DateValue => ({ kind: 'date', value, precision, relative: true });
  if (p === 'today') return rel(published, 'day');
  if (p === 'yesterday') return rel(shiftDays(published, -1), 'day');
  if (p === 'tomorrow') return rel(shiftDays(published, 1), 'day');
  const unit = /(week|month|year|season|weekend|quarter)/.exec(p)?.[1];
  const ago = /^(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten) (day|week|month|year)s? (?:ago|earlier)$/.exec(p);
  if (ago) {
    const n = /^\d+$/.test(ago[1]) ? Number(ago[1]) : ['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'].indexOf(ago[1]) || 1;
    if (ago[2] === 'day') return rel(shiftDays(published, -n), 'day');
    if (ago[2] === 'week') return rel(shiftDays(published, -7 * n), 'day');
    if (ago[2] === 'month') return rel(shiftMonths(published, -n), 'month');
    return rel(pad(y - n, 4), 'year');
  }
  const offset = p.includes('last') ? -1 : p.includes('next') ? 1 : 0;
  if (unit === 'month') return rel(shiftMonths(published, offset), 'month');
  if (unit === 'year') return rel(pad(y + offset, 4), 'year');
  if (unit === 'week' || unit === 'weekend') return rel(shiftDays(published, 7 * offset), 'day');
  return unknown;
}

function resolveWeekday(phrase: string, weekday: string, published: string | null): DateValue {
  if (!published) return { kind: 'date', value: null, precision: 'unknown', statedWeekday: weekday, relative: true };
  const target = WEEKDAYS.indexOf(weekday as (typeof WEEKDAYS)[number]);
  const pubDay = new Date(Date.parse(published)).getUTCDay();
  const lower = phrase.toLowerCase();
  // News reports the past week by default; "next"/"by"/"until" look forward.
  let delta: number;
  if (/^(next|by|until)\b/.test(lower)) delta = ((target - pubDay + 7) % 7) || 7;
  else if (/^last\b/.test(lower)) delta = -(((pubDay - target + 7) % 7) || 7);
  else delta = -((pubDay - target + 7) % 7);
  return { kind: 'date', value: shiftDays(published, delta), precision: 'day', statedWeekday: weekday, relative: true };
}

function mention(start: number, end: number, text: string, value: DateValue, confidence: number): Mention {
  return { start, end, text: text.slice(start, end), type: 'date', confidence, normalized: value };
}

/** Every date expression in `region` of `text`, normalized against `published` (ISO day) where it can be. */
export function extractDates(text: string, region: Span, published: string | null): Mention[] {
  const out: Mention[] = [];
  const slice = text.slice(region.start, region.end);
  for (const m of dateMatches(slice, text, region.start)) {
    const g = m.groups ?? {};
    const start = region.start + m.index;
    const end = start + m[0].length;
    const kind = KINDS.find((k) => g[k] !== undefined);
    const parts = m.slice(1).filter((x) => x !== undefined);
    let value: DateValue | null = null;
    let confidence = 0.9;
    switch (kind) {
      case 'mdy': {
        // parts: [whole, weekday?, month, day, year?]
        const rest = parts.slice(1);
        const weekday = canonWeekday(rest.find((x) => canonWeekday(x)));
        const mon = rest.find((x) => monthOf(x) > 0 && !canonWeekday(x)) ?? '';
        const nums = rest.filter((x) => /^\d+$/.test(x));
        // "May 5" with a capital could be a name ("Theresa May 5…") only when written in caps; accept.
        value = dayValue(nums[1] ? Number(nums[1]) : null, monthOf(mon), Number(nums[0]), weekday, published);
        if (/^may\s/i.test(m[0]) && !nums[1] && !weekday) confidence = 0.6;
        break;
      }
      case 'dmy': {
        const rest = parts.slice(1);
        const weekday = canonWeekday(rest.find((x) => canonWeekday(x)));
        const mon = rest.find((x) => monthOf(x) > 0 && !canonWeekday(x)) ?? '';
        const nums = rest.filter((x) => /^\d+$/.test(x));
        value = dayValue(nums[1] ? Number(nums[1]) : null, monthOf(mon), Number(nums[0]), weekday, published);
        break;
      }
      case 'iso': {
        const nums = parts.slice(1).map(Number);
        const iso = isoDay(nums[0], nums[1], nums[2]);
        value = iso ? { kind: 'date', value: iso, precision: 'day' } : null;
        break;
      }
      case 'my': {
        const mon = parts[1];
        value = { kind: 'date', value: `${parts[2]}-${pad(monthOf(mon))}`, precision: 'month' };
        break;
      }
      case 'month': {
        const mon = monthOf(parts[1]);
        if (/^(last|next|this)/i.test(m[0]) && published) {
          const py = Number(published.slice(0, 4));
          const pm = Number(published.slice(5, 7));
          const lower = m[0].toLowerCase();
          const y = lower.startsWith('last') ? (mon < pm ? py : py - 1) : lower.startsWith('next') ? (mon > pm ? py : py + 1) : py;
          value = { kind: 'date', value: `${y}-${pad(mon)}`, precision: 'month', relative: true };
        } else if (published) {
          const py = Number(published.slice(0, 4));
          value = { kind: 'date', value: `${py}-${pad(mon)}`, precision: 'month', inferredYear: true };
        } else value = { kind: 'date', value: null, precision: 'unknown' };
        confidence = 0.7;
        break;
      }
      case 'relative':
        value = resolveRelative(m[0], published);
        confidence = 0.8;
        break;
      case 'weekday': {
        const weekday = canonWeekday(parts.find((x) => canonWeekday(x)));
        if (!weekday) break;
        value = resolveWeekday(m[0], weekday, published);
        confidence = 0.8;
        break;
      }
      case 'year':
      case 'yearName': {
        const y = parts.find((x) => /^(19|20)\d{2}$/.test(x));
        if (!y) break;
        const yStart = start + m[0].lastIndexOf(y);
        value = { kind: 'date', value: y, precision: 'year' };
        out.push(mention(yStart, yStart + 4, text, value, 0.7));
        value = null;
        continue;
      }
    }
    if (value) out.push(mention(start, end, text, value, confidence));
  }
  return out;
}
