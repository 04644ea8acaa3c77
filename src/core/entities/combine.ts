import type { NameSpan, Span } from '../types';
import { COMMON_WORDS, TITLE_HEADS, TITLE_MODIFIERS } from './data/cues';
import { mergeInDocumentOrder, OverlapIndex } from '../text/spans';

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

const CAPITALISED_WORD = /\p{Lu}[\p{L}\p{M}\p{N}'’.-]*/gu;
const TRAILING_PUNCTUATION = /[.’'-]+$/;

/** True when `code` is one of the characters TRAILING_PUNCTUATION strips (`.`, `’`, `'`, `-`). */
const isTrailingPunctuation = (code: number): boolean => code === 46 || code === 0x2019 || code === 39 || code === 45;

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
  let j = 0;
  let coveredTo = -1;
  CAPITALISED_WORD.lastIndex = region.start;
  for (let m = CAPITALISED_WORD.exec(text); m && m.index < region.end; m = CAPITALISED_WORD.exec(text)) {
    const start = m.index, end = start + m[0].length;
    while (j < rules.length && rules[j].start < end) coveredTo = Math.max(coveredTo, rules[j++].end);
    if (coveredTo > start) {
      // Every word starting before coveredTo is covered as well: resume the search there, unless
      // a word could run across that point (the search from there would then find its tail).
      if (coveredTo > end && wordBreakAt(text, coveredTo)) CAPITALISED_WORD.lastIndex = coveredTo;
      continue;
    }
    const word = isTrailingPunctuation(m[0].charCodeAt(m[0].length - 1)) ? m[0].replace(TRAILING_PUNCTUATION, '') : m[0];
    if (COMMON_WORDS.has(word)) continue;
    const span = { start, end };
    if (!overlapsAny(titleRegions, span)) out.push(span);
  }
  return out;
}
