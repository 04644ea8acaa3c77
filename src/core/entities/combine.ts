import type { NameSpan, Span } from '../types';
import { COMMON_WORDS, TITLE_HEADS, TITLE_MODIFIERS } from './data/cues';
import { mergeInDocumentOrder, OverlapIndex } from '../text/spans';
import { isLetterMarkOrNumber, scanWordCharacters } from './tokens';

/** How the rule-based and the learned recognizer share the work. */
export interface CombineOptions {
  /** A rule span at least this confident (cue word, gazetteer, acronym) keeps its place whatever the model says. */
  readonly ruleFirm: number;
  /** A learned span must be at least this confident to replace a weak rule span or to add a name the rules missed. */
  readonly learnedMin: number;
}

/** Chosen on CoNLL-2003 dev (text the rules never saw) under the constraint of not losing F1 on the labelled articles. */
export const DEFAULT_COMBINE: CombineOptions = { ruleFirm: 0.6, learnedMin: 0.9 };

/** `Acting Permanent Representative`: a role, not a name, however confident the model is. */
function isBareTitle(text: string, span: Span): boolean {
  // Most names fail on their first word: look it up before splitting the whole text.
  let firstBreak = span.start;
  while (firstBreak < span.end && !isWhiteSpace(text.charCodeAt(firstBreak))) firstBreak++;
  if (!isTitleWord(text.slice(span.start, firstBreak))) return false;
  return text.slice(span.start, span.end).split(/\s+/).every(isTitleWord);
}

const isTitleWord = (w: string): boolean => TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w) || w === 'of' || w === 'the';

/** What `\s` matches in a regular expression, for one UTF-16 code unit. */
function isWhiteSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** True when the span's text starts with an upper-case letter or a digit (`/^[\p{Lu}\p{N}]/u`); ASCII without a slice. */
function startsCapitalised(text: string, s: Span): boolean {
  if (s.end <= s.start) return false;
  const c = text.charCodeAt(s.start);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return /^[\p{Lu}\p{N}]/u.test(text.slice(s.start, s.end));
}

/**
 * Merges rule and learned name spans. Rules know cue words, organisation heads, acronyms and
 * the gazetteer, so their confident spans stand; where the rules only guessed from
 * capitalisation, a confident model span wins; names the rules missed come from the model.
 * No model span is added inside `titleRegions` (headlines, subheadings, page metadata), where
 * Title Case carries no signal and the model, trained on sentence-case news, over-fires.
 */
export function combineNameSpans(
  text: string,
  rules: readonly NameSpan[],
  learned: readonly NameSpan[],
  titleRegions: readonly Span[] = [],
  options: CombineOptions = DEFAULT_COMBINE,
): NameSpan[] {
  const candidates = learned.filter(
    (x) => x.confidence >= options.learnedMin && !overlapsAny(titleRegions, x) && startsCapitalised(text, x) && !isBareTitle(text, x),
  );
  if (!candidates.length) return mergeInDocumentOrder(rules, candidates); // the rule spans alone, in order
  const candidateIndex = new OverlapIndex(candidates);
  const keptRules = rules.filter((r) => r.confidence >= options.ruleFirm || !candidateIndex.overlaps(r));
  // A candidate must not overlap a kept rule span nor a candidate added before it.
  const keptIndex = new OverlapIndex(keptRules);
  const added: NameSpan[] = [];
  const addedIndex = new OverlapIndex();
  for (const x of candidates) {
    if (keptIndex.overlaps(x) || addedIndex.overlaps(x)) continue;
    added.push(x);
    addedIndex.add(x);
  }
  return mergeInDocumentOrder(keptRules, added);
}

/** The words learnedFocus looks at, as a pattern (the scan below finds the same matches, a unit test holds them equal). */
export const CAPITALISED_WORD = /\p{Lu}[\p{L}\p{M}\p{N}'’.-]*/gu;

/** True when `code` is one of the characters a word's trailing punctuation is made of (`.`, `’`, `'`, `-`). */
const isTrailingPunctuation = (code: number): boolean => code === 46 || code === 0x2019 || code === 39 || code === 45;

/** 1 for the ASCII characters that continue a CAPITALISED_WORD match: letters, digits, `'`, `.`, `-`. */
const ASCII_WORD_CHAR = (() => {
  const t = new Uint8Array(128);
  for (let c = 0; c < 128; c++) t[c] = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 46 || c === 45 ? 1 : 0;
  return t;
})();
/** Whether a non-ASCII code point continues a CAPITALISED_WORD match (`[\p{L}\p{M}\p{N}’]`). */
const isWordCodePoint = (cp: number): boolean => cp === 0x2019 || isLetterMarkOrNumber(cp);

/** An upper-case letter, searched for by the regex engine (its scan of the text is faster than a loop of charCodeAt). */
const CAPITAL = /\p{Lu}/gu;

/** Start of the first CAPITALISED_WORD match at or after `i` and before `limit`, or -1 (`test`: no match array is built). */
function nextCapital(text: string, i: number, limit: number): number {
  if (i >= limit) return -1;
  CAPITAL.lastIndex = i;
  if (!CAPITAL.test(text)) return -1;
  const end = CAPITAL.lastIndex;
  // The capital is one code unit, or two (a surrogate pair) when the code unit before the end is a trail surrogate.
  const start = (text.charCodeAt(end - 1) & 0xfc00) === 0xdc00 && end - 2 >= i ? end - 2 : end - 1;
  return start < limit ? start : -1;
}

/** End of the word characters from `i` (the `[\p{L}\p{M}\p{N}'’.-]*` of CAPITALISED_WORD), up to the end of the text. */
function wordCharsEnd(text: string, i: number): number {
  return scanWordCharacters(text, i, text.length, ASCII_WORD_CHAR, isWordCodePoint);
}

/** The longest common word: longer words are answered without slicing them out of the text. */
const LONGEST_COMMON_WORD = Math.max(...[...COMMON_WORDS].map((w) => w.length));

/**
 * True when no CAPITALISED_WORD match can run across `offset`: the character there is ASCII and
 * outside the word's characters (letters, digits, `'`, `.`, `-`), or there is none. Anything
 * else (non-ASCII included) counts as possibly inside a word.
 */
function wordBreakAt(text: string, offset: number): boolean {
  if (offset >= text.length) return true;
  const c = text.charCodeAt(offset);
  if (c >= 128) return false;
  const lower = c | 32;
  return !((lower >= 97 && lower <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 45 || c === 46);
}

/** Whether the word text[start, end), without its trailing punctuation, is a common word (`The`, `However.`). */
function isCommonWord(text: string, start: number, end: number): boolean {
  let wordEnd = end;
  // The first character is a capital, so the stripping stops before it.
  while (isTrailingPunctuation(text.charCodeAt(wordEnd - 1))) wordEnd--;
  return wordEnd - start <= LONGEST_COMMON_WORD && COMMON_WORDS.has(text.slice(start, wordEnd));
}

/** True when `s` overlaps one of `spans`. */
function overlapsAny(spans: readonly Span[], s: Span): boolean {
  for (const r of spans) if (r.start < s.end && s.start < r.end) return true;
  return false;
}

/**
 * Where the learned recognizer's answer can change what combineNameSpans returns: weak rule
 * spans (a confident model span may replace them) and capitalised words no rule span covers (the
 * model may add a name there), outside `titleRegions`. Words the rules know as ordinary
 * (`The`, `However`, `Monday`) are not asked about. Tagging only the sentences that hold these
 * spans gives the same names there as tagging everything (see LearnedNameRecognizer.recognize).
 */
export function learnedFocus(
  text: string,
  region: Span,
  rules: readonly NameSpan[],
  titleRegions: readonly Span[] = [],
  options: CombineOptions = DEFAULT_COMBINE,
): Span[] {
  const out: Span[] = [];
  for (const r of rules) if (r.confidence < options.ruleFirm && !overlapsAny(titleRegions, r)) out.push(r);
  // Rules come sorted by start; a sweep finds the words none of them covers.
  // (A scan for CAPITALISED_WORD's matches by character codes: the pattern's exec cost more than the rest.)
  let j = 0;
  let coveredTo = -1;
  for (let start = nextCapital(text, region.start, region.end); start !== -1; ) {
    const end = wordCharsEnd(text, start + (text.charCodeAt(start) < 128 ? 1 : text.codePointAt(start)! > 0xffff ? 2 : 1));
    let resume = end;
    while (j < rules.length && rules[j].start < end) coveredTo = Math.max(coveredTo, rules[j++].end);
    if (coveredTo > start) {
      // Every word starting before coveredTo is covered as well: resume the search there, unless
      // a word could run across that point (the search from there would then find its tail).
      if (coveredTo > end && wordBreakAt(text, coveredTo)) resume = coveredTo;
    } else if (!isCommonWord(text, start, end)) {
      const span = { start, end };
      if (!overlapsAny(titleRegions, span)) out.push(span);
    }
    start = nextCapital(text, resume, region.end);
  }
  return out;
}
