import type { Mention, QuantityValue, Span } from '../types';
import { buildAutomaton } from '../text/automaton';
import { wordFlags } from '../text/wordFlags';

/**
 * Regex-based quantity extraction: money with its currency, percentages and points, durations,
 * and counts with the noun they count (`1,200 suspects`, `three Kyrgyz border guards`).
 */

// The tables below are Maps: read as objects with a string key each, they were megamorphic keyed loads.
const SMALL: ReadonlyMap<string, number> = new Map(Object.entries({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12, a: 1, an: 1,
}));
const SCALE: ReadonlyMap<string, number> = new Map(Object.entries({
  hundred: 1e2, thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12, trn: 1e12,
}));
const CURRENCY_SYMBOL: ReadonlyMap<string, string> = new Map(Object.entries({ $: 'USD', '£': 'GBP', '€': 'EUR', '¥': 'JPY', '₹': 'INR', '₦': 'NGN' }));
const CURRENCY_WORD: ReadonlyMap<string, string> = new Map(Object.entries({
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', baht: 'THB', yuan: 'CNY',
  renminbi: 'CNY', yen: 'JPY', rupees: 'INR', rupee: 'INR', roubles: 'RUB', rubles: 'RUB', francs: 'CHF', naira: 'NGN',
  rand: 'ZAR', won: 'KRW', pesos: 'MXN', lira: 'TRY', shillings: 'KES', dirhams: 'AED', riyals: 'SAR', kwacha: 'ZMW',
}));
const DURATION_UNITS: ReadonlyMap<string, string> = new Map(Object.entries({
  second: 'second', seconds: 'second', sec: 'second', secs: 'second', minute: 'minute', minutes: 'minute', min: 'minute', mins: 'minute',
  hour: 'hour', hours: 'hour', hrs: 'hour', day: 'day', days: 'day', week: 'week', weeks: 'week', fortnight: 'fortnight', fortnights: 'fortnight',
  month: 'month', months: 'month', year: 'year', years: 'year', decade: 'decade', decades: 'decade', season: 'season', seasons: 'season', century: 'century', centuries: 'century',
}));
/** Days per duration unit, so rules can compare durations. */
export const DAYS_PER_UNIT: ReadonlyMap<string, number> = new Map(Object.entries({
  second: 1 / 86400, minute: 1 / 1440, hour: 1 / 24, day: 1, week: 7, fortnight: 14, month: 30.4, year: 365, season: 270, decade: 3650, century: 36500,
}));

const QUALIFIERS = ['about', 'around', 'roughly', 'some', 'nearly', 'almost', 'over', 'more than', 'less than', 'fewer than', 'at least', 'at most', 'up to', 'under', 'approximately', 'an estimated', 'just over', 'just under', 'close to', 'exceeding', 'upwards of', 'as many as', 'as much as', 'only', 'just'];
const QUALIFIER = `(?:(?:${QUALIFIERS.join('|')})\\s+)`;
const SPELLED = '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a dozen|dozen|hundreds|thousands)';
const DIGITS = '(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?';
const SCALE_WORD = '(?:\\s*(?:bn|mn|m|k|tn|trn)\\b|\\s+(?:hundred|thousand|million|billion|trillion)\\b)';
const CUR_CODE = '(?:USD|US\\$|PKR|EUR|GBP|CNY|RMB|INR|JPY|THB|CHF|AED|SAR|KES|NGN|ZAR|ZMW|RUB|TRY|Rs\\.?)';
/** The words a SPELLED number starts with, and CUR_CODE's codes (see `START_LITERALS`). */
const SPELLED_STARTS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'a dozen', 'dozen', 'hundreds', 'thousands'];
const CUR_CODES = ['USD', 'US$', 'PKR', 'EUR', 'GBP', 'CNY', 'RMB', 'INR', 'JPY', 'THB', 'CHF', 'AED', 'SAR', 'KES', 'NGN', 'ZAR', 'ZMW', 'RUB', 'TRY', 'Rs'];

const NUMBER = `(?:${DIGITS}|${SPELLED}|an?(?=\\s+(?:week|fortnight|month|year|decade|day|century)\\b))`;
// qualifier · currency · number · scale · rest is examined by code. A quantity starts the text or
// follows a character that cannot continue a number (consumed rather than a lookbehind, which V8
// scans several times faster; a match ends in a word character, so no quantity can start right
// where the previous one ends and consuming that character loses none). Its groups are numbered,
// not named (V8 would build a `groups` object for every match); see `extractQuantities`.
export const CORE_SOURCE = `(^|[^\\w.,$£€¥])(${QUALIFIER})?(?:([$£€¥₹₦]|${CUR_CODE}\\s?)(${DIGITS})(${SCALE_WORD})?|(${NUMBER})(${SCALE_WORD})?)(?![\\d])`;
/** Tried only where `StartAutomaton` finds a possible start (sticky): see `coreMatches`. */
const CORE = new RegExp(CORE_SOURCE, 'yi');

/**
 * Character classes of the start automaton. A match starts at a character that may come before a
 * quantity (BEFORE: not `[\\w.,$£€¥]`) followed by a digit, a currency symbol or one of
 * START_LITERALS. Letters fold case (the pattern is case-insensitive; without the `u` flag only ASCII
 * letters match ASCII letters). Spaces, `₹` and `₦` are BEFORE characters too: one class keeps the
 * automaton small (its table within the processor's first cache), at the cost of a few more tries.
 */
const BEFORE = 0, DIGIT = 1, SYMBOL = 2, WORD_PUNCT = 3, LETTER_A = 4, CLASSES = 32;
const CLASS_OF = ((): Uint8Array => {
  const t = new Uint8Array(65536);
  for (let c = 48; c <= 57; c++) t[c] = DIGIT;
  for (const ch of '$£€¥') t[ch.charCodeAt(0)] = SYMBOL;
  for (const ch of '_.,') t[ch.charCodeAt(0)] = WORD_PUNCT;
  for (let c = 0; c < 26; c++) t[65 + c] = t[97 + c] = LETTER_A + c;
  return t;
})();
const classOf = (ch: string): number => CLASS_OF[ch.charCodeAt(0)];
/**
 * How the part after the character before can begin (a space stands for any `\\s`, as any BEFORE
 * character does): a qualifier and its space, a spelled number, a currency code, or `a`/`an` and a
 * space (`a dozen`, `a week`).
 */
const START_LITERALS = [...QUALIFIERS.map((q) => `${q} `), ...SPELLED_STARTS, ...CUR_CODES, 'a ', 'an '];

/**
 * An Aho–Corasick automaton over character classes for the ways a CORE match can begin: one pass
 * over the text with a table step per character (and a rare branch), where a global regex scan
 * tries the pattern's many alternatives at every character that can come before a quantity.
 * States are stored premultiplied by CLASSES (the root is 0, and has no beginning), and numbered
 * so that those where a beginning ends (itself or a suffix) come last: the scan tells them by a
 * comparison (`state >= firstBeginning`) rather than by a second table read per character.
 */
class StartAutomaton {
  /** The state after a character, at state + its class. */
  readonly next: Uint16Array;
  /** States from this one on have a beginning ending there. */
  readonly firstBeginning: number;
  /** Per state, the length of the beginning that ends exactly there (0: none). */
  readonly length: Uint8Array;
  /** Per state, the state of the longest beginning ending there: itself or a suffix (0: none). */
  readonly longest: Uint16Array;
  /** Per state with a beginning, the state of the next shorter beginning ending at the same character (0: none). */
  readonly shorter: Uint16Array;

  constructor(beginnings: readonly (readonly number[])[]) {
    const { goto, fail, pattern, order } = buildAutomaton(beginnings, CLASSES);
    const length = pattern.map((k) => (k < 0 ? 0 : beginnings[k].length));
    const longest = new Array<number>(goto.length).fill(0);
    for (const s of order) longest[s] = length[s] ? s : longest[fail[s]];
    // New numbers: states without a beginning first (the root among them stays 0).
    const states = goto.map((_, s) => s);
    const without = states.filter((s) => longest[s] === 0);
    const numberOf = new Array<number>(goto.length);
    [...without, ...states.filter((s) => longest[s] !== 0)].forEach((s, k) => (numberOf[s] = k * CLASSES));
    const n = goto.length;
    this.next = new Uint16Array(n * CLASSES);
    this.firstBeginning = without.length * CLASSES;
    this.length = new Uint8Array(n * CLASSES);
    this.longest = new Uint16Array(n * CLASSES);
    this.shorter = new Uint16Array(n * CLASSES);
    for (let s = 0; s < n; s++) {
      const at = numberOf[s];
      for (let c = 0; c < CLASSES; c++) this.next[at + c] = numberOf[goto[s][c]];
      this.length[at] = length[s];
      this.longest[at] = longest[s] ? numberOf[longest[s]] : 0;
      const shorter = longest[fail[s]];
      this.shorter[at] = shorter ? numberOf[shorter] : 0;
    }
    if (n * CLASSES > 0xffff) throw new Error('start automaton too large for its tables');
  }
}

const START = new StartAutomaton([
  [BEFORE, DIGIT],
  [BEFORE, SYMBOL],
  [BEFORE, BEFORE, DIGIT], // ` ₹5`, ` ₦20`
  ...START_LITERALS.map((literal) => [BEFORE, ...[...literal].map(classOf)]),
]);

/**
 * The matches a global scan of CORE over text[start, end) gives, in order (indices in that slice),
 * trying CORE only where the start automaton finds a possible beginning, and at 0 (`^`). Beginnings
 * reported later never start before a match found earlier (one beginning inside another ends where it
 * does, as `a dozen` and ` dozen`), so the first match from the left is the scan's. A match
 * ends in a word character, so the scan restarts from the root state after one.
 */
export function coreMatches(text: string, start: number, end: number): RegExpExecArray[] {
  const slice = text.slice(start, end);
  const out: RegExpExecArray[] = [];
  CORE.lastIndex = 0;
  let m = CORE.exec(slice);
  const scan = new StartScan(text, end);
  if (m) {
    out.push(m);
    scan.at = start + m.index + m[0].length;
  } else scan.at = start + 1;
  const { length, shorter } = START;
  while (scan.toBeginningEnd()) {
    // Beginnings ending here, longest (so earliest) first: a match starts at the first that gives one.
    m = null;
    for (let b = START.longest[scan.state]; b !== 0 && !m; b = shorter[b]) {
      CORE.lastIndex = scan.at - start - length[b] + 1;
      m = CORE.exec(slice);
    }
    if (m) {
      out.push(m);
      scan.at = start + m.index + m[0].length;
      scan.state = 0;
    } else scan.at++;
  }
  return out;
}

/** The start automaton's walk over text[at, end): the hot loop, kept apart from the regex calls. */
class StartScan {
  /** The next character to read; after `toBeginningEnd`, the one where a beginning ends. */
  at = 0;
  /** The state before `at`; after `toBeginningEnd`, the state after the character `at`. */
  state = 0;

  constructor(private readonly text: string, private readonly end: number) {}

  /** Reads on to the first character where a beginning ends; false at the end. */
  toBeginningEnd(): boolean {
    const { next, firstBeginning } = START;
    const { text, end } = this;
    let state = this.state;
    for (let i = this.at; i < end; i++) {
      state = next[state + CLASS_OF[text.charCodeAt(i)]];
      if (state >= firstBeginning) {
        this.at = i;
        this.state = state;
        return true;
      }
    }
    this.at = end;
    return false;
  }
}

const PERCENT = /^(?:\s*%|\s+(?:per\s*cent|percent|percentage\s+points?|basis\s+points?|points?)\b)/i;
const DURATION = /^(?:-|\s+)(seconds?|secs?|minutes?|mins?|hours?|hrs|days?|weeks?|fortnights?|months?|years?|decades?|seasons?|century|centuries)\b/i;
const HYPHEN_NOUN = /^-([a-z]+)\b/;
const CURRENCY_AFTER = /^\s+(dollars?|euros?|pounds?|baht|yuan|renminbi|yen|rupees?|roubles|rubles|francs|naira|rand|won|pesos|lira|shillings|dirhams|riyals|kwacha)\b/i;
const PHYSICAL_AFTER = /^\s+((?:cubic\s+|square\s+)?(?:metres|meters|kilometres|kilometers|centimetres|miles|feet|tonnes|tons|litres|hectares|acres|kilograms|kg|km|mm|cm)(?:\s+(?:per|an|a)\s+(?:second|hour|day|year))?)\b/i;
const WORD = /\s+([A-Za-z][A-Za-z-]*(?:[’'][A-Za-z]+|[’'])?)/y;

/** The word (after spaces) starting at `i` of `s`, if one does. */
function wordAt(s: string, i: number): RegExpExecArray | null {
  WORD.lastIndex = i;
  return WORD.exec(s);
}

/** Words that end a noun phrase after a number (function words, verbs, time words). */
const STOP = new Set(
  ('the a an of in on at to for from by with and or but as than that which who whom whose were was is are be been being has have had ' +
    'will would could should may might can did do does not no per each this these those it its their his her they them he she we you ' +
    'said say says told after before since until during over under into onto about around when while where year years ago earlier later ' +
    'more less most least times time up down out off also only just still again last next first second').split(' '),
);
/** Plural or mass nouns people count that do not end in "s". */
const COUNT_IRREGULAR = new Set(['people', 'children', 'men', 'women', 'police', 'staff', 'personnel', 'cattle', 'crew', 'livestock', 'sheep', 'fish', 'aircraft', 'deer', 'youth', 'others']);
/** Participles that stand for people right after a number (`14 dead`, `over 20 killed`), never later. */
const PARTICIPLE_COUNT = new Set(['dead', 'killed', 'injured', 'wounded', 'missing', 'displaced', 'arrested', 'detained']);

// What countNoun asks of a lower-cased word, as bits of one Map lookup: it asked up to four Sets
// per word (and its look-ahead asked two of them again of the next word).
const STOP_WORD = 1;
const PARTICIPLE = 2;
const IRREGULAR_PLURAL = 4;
const COUNT_WORD_FLAGS: ReadonlyMap<string, number> = wordFlags([
  [STOP, STOP_WORD],
  [PARTICIPLE_COUNT, PARTICIPLE],
  [COUNT_IRREGULAR, IRREGULAR_PLURAL],
]);

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * The value of a figure (digits, thousands commas, a decimal point). Whole numbers of up to 15
 * digits are summed digit by digit (exact below 2^53, as Number() is); others go to Number().
 */
function parseFigure(raw: string): number {
  let value = 0;
  let digits = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 44) continue; // a thousands comma
    if (!isDigit(c) || ++digits > 15) return Number(raw.replace(/,/g, ''));
    value = value * 10 + (c - 48);
  }
  return value;
}

/** The value of a NUMBER match: a figure (digits, thousands commas, a decimal point) or words. */
function parseNumber(raw: string): number {
  if (isDigit(raw.charCodeAt(0))) return parseFigure(raw);
  const s = raw.toLowerCase().trim();
  if (/^[\d,.]+$/.test(s)) return Number(s.replace(/,/g, ''));
  if (s === 'hundreds') return 100;
  if (s === 'thousands') return 1000;
  if (s === 'a dozen') return 12;
  const words = s.split('-');
  const tens = words[0];
  const ones = words[1];
  return (SMALL.get(tens) ?? NaN) + (ones ? SMALL.get(ones) ?? 0 : 0);
}

/** Whether `after` may start a unit suffix: a space (any non-ASCII character may be one), `%` or `-`. */
function maySuffix(after: string): boolean {
  const c = after.charCodeAt(0);
  return c === 32 || c === 37 || c === 45 || (c >= 9 && c <= 13) || c > 127;
}

function scaleOf(raw: string | undefined): number {
  if (!raw) return 1;
  return SCALE.get(raw.trim().toLowerCase()) ?? 1;
}

const isLowerAscii = (c: number): boolean => c >= 97 && c <= 122;

export function isPluralNoun(w: string): boolean {
  const lower = w.toLowerCase();
  return isPluralLower(lower, COUNT_WORD_FLAGS.get(lower) ?? 0);
}

/** isPluralNoun of a lower-cased word, given its COUNT_WORD_FLAGS. */
function isPluralLower(lower: string, flags: number): boolean {
  if (flags & IRREGULAR_PLURAL) return true;
  // `/[a-z]{2,}s$/` and not `/(ss|us|is|ous)$/`, read by character.
  const n = lower.length;
  if (n < 3 || lower.charCodeAt(n - 1) !== 115) return false;
  const before = lower.charCodeAt(n - 2);
  return isLowerAscii(before) && isLowerAscii(lower.charCodeAt(n - 3)) && before !== 115 && before !== 117 && before !== 105;
}

const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;
/** `/[’']s?$/`: a possessive ending. */
export function endsPossessive(w: string): boolean {
  const n = w.length;
  const last = w.charCodeAt(n - 1);
  return isApostrophe(last) || (last === 115 && n >= 2 && isApostrophe(w.charCodeAt(n - 2)));
}
/** `/^[A-Z]/`. */
const startsUpperAscii = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return c >= 65 && c <= 90;
};

/**
 * The noun a count counts: up to four following words (modifiers such as `Chinese`, `border`,
 * `militant`), ending at the last plural noun before a stop word or punctuation.
 */
function countNoun(after: string, value: number): { noun: string; length: number } | null {
  let offset = 0;
  let best: { noun: string; length: number } | null = null;
  // The word at `offset`, when the look-ahead below has read it already.
  let ahead: RegExpExecArray | null = null;
  let aheadLower = '';
  let aheadFlags = 0;
  for (let i = 0; i < 4; i++) {
    const m = ahead ?? wordAt(after, offset);
    if (!m) break;
    const w = m[1];
    const lower = ahead ? aheadLower : w.toLowerCase();
    const flags = ahead ? aheadFlags : COUNT_WORD_FLAGS.get(lower) ?? 0;
    ahead = null;
    if (i === 0 && flags & PARTICIPLE) return { noun: lower, length: m[0].length };
    if (flags & (STOP_WORD | PARTICIPLE) || w.endsWith('ly') || w.endsWith('ed')) break;
    offset += m[0].length;
    if (isPluralLower(lower, flags)) best = { noun: lower, length: offset };
    // A possessive ends the count's noun phrase ("two countries’ agencies" counts countries).
    if (endsPossessive(w)) break;
    // A capitalised word must be a modifier (`Chinese workers`), never the head of the count.
    if (best && !startsUpperAscii(w)) {
      const next = wordAt(after, offset);
      if (!next) break;
      aheadLower = next[1].toLowerCase();
      aheadFlags = COUNT_WORD_FLAGS.get(aheadLower) ?? 0;
      if (aheadFlags & STOP_WORD || !isPluralLower(aheadLower, aheadFlags)) break;
      ahead = next;
    }
  }
  return best && !startsUpperAscii(best.noun) ? best : null;
}

/** A quantity's value, its qualifier (when there is one) last; built without a spread, which costs more. */
function quantity(value: number, unit: string, category: QuantityValue['category'], qualifier: string | undefined): QuantityValue {
  return qualifier ? { kind: 'quantity', value, unit, category, qualifier } : { kind: 'quantity', value, unit, category };
}

function build(text: string, start: number, end: number, value: QuantityValue, confidence: number): Mention {
  return { start, end, text: text.slice(start, end), type: 'quantity', confidence, normalized: value };
}

/** Every quantity in `region` of `text`, with value, unit, category and qualifier. */
export function extractQuantities(text: string, region: Span): Mention[] {
  const out: Mention[] = [];
  const slice = text.slice(region.start, region.end);
  for (const m of coreMatches(text, region.start, region.end)) {
    // The character before · qualifier · currency, its figure and scale | number and its scale
    // (read by index: destructuring the match took V8's slow iterator path in the full analysis).
    const whole = m[0];
    const before = m[1];
    const qualifierText = m[2];
    const currency = m[3];
    const moneyFigure = m[4];
    const moneyScale = m[5];
    const raw = m[6];
    const scale = m[7];
    const matchEnd = m.index + whole.length;
    const start = region.start + m.index + before.length;
    let end = region.start + matchEnd;
    const qualifier = qualifierText ? qualifierText.trim().toLowerCase() : undefined;
    const after = slice.slice(matchEnd, matchEnd + 80);
    if (moneyFigure !== undefined) {
      const sym = currency.trim().replace(/\.$/, '');
      const unit = CURRENCY_SYMBOL.get(sym) ?? (sym === 'US$' ? 'USD' : sym === 'RMB' ? 'CNY' : sym === 'Rs' ? 'INR' : sym.toUpperCase());
      out.push(build(text, start, end, quantity(parseNumber(moneyFigure) * scaleOf(moneyScale), unit, 'money', qualifier), 0.95));
      continue;
    }
    const isDigits = isDigit(raw.charCodeAt(0));
    const value = parseNumber(raw) * scaleOf(scale);
    if (!Number.isFinite(value)) continue;
    // Every suffix below starts with a space, `%` or `-`: most figures (years, times, `5,`) have none.
    const suffixed = maySuffix(after);
    const pct = suffixed ? PERCENT.exec(after) : null;
    // Bare "points" ("nine points") is a count of league points, handled below; "percentage points" is a percent.
    if (pct && !/^\s+points?\b/i.test(pct[0])) {
      const word = pct[0].trim().toLowerCase();
      {
        const unit = word.includes('basis') ? 'bp' : word.includes('percentage') ? 'pp' : '%';
        end += pct[0].length;
        out.push(build(text, start, end, quantity(value, unit, 'percent', qualifier), 0.95));
        continue;
      }
    }
    const cur = suffixed ? CURRENCY_AFTER.exec(after) : null;
    if (cur) {
      end += cur[0].length;
      out.push(build(text, start, end, quantity(value, CURRENCY_WORD.get(cur[1].toLowerCase()) ?? cur[1], 'money', qualifier), 0.9));
      continue;
    }
    const dur = suffixed ? DURATION.exec(after) : null;
    // `three years ago`, `a week later`, `Updated 5 sec ago`: a point in time (dates' business), not an amount.
    if (dur && /^\s+(?:earlier|ago|later)\b/.test(after.slice(dur[0].length))) continue;
    if (dur) {
      const unit = DURATION_UNITS.get(dur[1].toLowerCase())!;
      // "2025 years" is not a thing; a 4-digit bare number before a time word is a year ("2014 season").
      if (isDigits && /^(19|20)\d\d$/.test(raw)) continue;
      end += dur[0].length;
      out.push(build(text, start, end, quantity(value, unit, 'duration', qualifier), 0.9));
      continue;
    }
    const phys = suffixed ? PHYSICAL_AFTER.exec(after) : null;
    if (phys) {
      end += phys[0].length;
      out.push(build(text, start, end, quantity(value, phys[1].toLowerCase().replace(/\s+/g, ' '), 'other', qualifier), 0.85));
      continue;
    }
    const hyphen = suffixed ? HYPHEN_NOUN.exec(after) : null;
    if (hyphen && isDigits) {
      // "34,000-capacity", "336-member": a count describing the next noun.
      end += hyphen[0].length;
      out.push(build(text, start, end, quantity(value, hyphen[1], 'count', qualifier), 0.8));
      continue;
    }
    if (/^a(n)?$/i.test(raw)) continue;
    // Years, times and dates are not counts.
    if (isDigits && !scale && /^(1[89]|20)\d\d$/.test(raw) && !/^\s+(people|votes|jobs|troops)/.test(after)) continue;
    if (/^\s*(?:am|pm|a\.m\.|p\.m\.|:\d)/i.test(after)) continue;
    const noun = countNoun(after, value);
    if (noun) {
      end += noun.length;
      out.push(build(text, start, end, quantity(value, noun.noun, 'count', qualifier), isDigits ? 0.9 : 0.75));
      continue;
    }
    // A bare figure is a quantity only when it is clearly one (thousands separators or a scale word).
    if (isDigits && (scale || /,\d{3}/.test(raw))) {
      out.push(build(text, start, end, quantity(value, '', 'other', qualifier), 0.6));
    }
  }
  return out;
}
