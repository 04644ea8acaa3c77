import type { NameSpan, Span } from '../types';
import { COMMON_WORDS, TITLE_HEADS, TITLE_MODIFIERS } from './data/cues';

/** How the rule-based and the learned recognizer share the work. */
export interface CombineOptions {
  /** A rule span at least this confident (cue word, gazetteer, acronym) keeps its place whatever the model says. */
  readonly ruleFirm: number;
  /** A learned span must be at least this confident to replace a weak rule span or to add a name the rules missed. */
  readonly learnedMin: number;
}

/** Chosen on CoNLL-2003 dev (text the rules never saw) under the constraint of not losing F1 on the labelled articles. */
export const DEFAULT_COMBINE: CombineOptions = { ruleFirm: 0.6, learnedMin: 0.9 };

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** `Acting Permanent Representative`: a role, not a name, however confident the model is. */
function isBareTitle(text: string): boolean {
  const words = text.split(/\s+/);
  return words.every((w) => TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w) || w === 'of' || w === 'the');
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
  const candidates = learned.filter((x) => {
    if (x.confidence < options.learnedMin) return false;
    const surface = text.slice(x.start, x.end);
    if (!/^[\p{Lu}\p{N}]/u.test(surface) || isBareTitle(surface)) return false;
    return !titleRegions.some((r) => overlaps(r, x));
  });
  const out: NameSpan[] = [];
  for (const r of rules) {
    if (r.confidence >= options.ruleFirm || !candidates.some((x) => overlaps(x, r))) out.push(r);
  }
  for (const x of candidates) if (!out.some((y) => overlaps(x, y))) out.push(x);
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

const CAPITALISED_WORD = /\p{Lu}[\p{L}\p{M}\p{N}'’.-]*/gu;

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
  const inTitle = (s: Span) => titleRegions.some((r) => overlaps(r, s));
  for (const r of rules) if (r.confidence < options.ruleFirm && !inTitle(r)) out.push(r);
  // Rules come sorted by start; a sweep finds the words none of them covers.
  let j = 0;
  let coveredTo = -1;
  CAPITALISED_WORD.lastIndex = region.start;
  for (let m = CAPITALISED_WORD.exec(text); m && m.index < region.end; m = CAPITALISED_WORD.exec(text)) {
    const start = m.index, end = start + m[0].length;
    while (j < rules.length && rules[j].start < end) coveredTo = Math.max(coveredTo, rules[j++].end);
    if (coveredTo > start) continue;
    const word = m[0].replace(/[.’'-]+$/, '');
    if (COMMON_WORDS.has(word)) continue;
    const span = { start, end };
    if (!inTitle(span)) out.push(span);
  }
  return out;
}
