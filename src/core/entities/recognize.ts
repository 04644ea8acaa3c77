import type { Article, Mention, NameRecognizer, NameSpan, Span } from '../types';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import { createRuleRecognizer } from './rules/recognizer';
import { linkNames, mentionOf, type LinkedName } from './linking';
import { extractDates } from './dates';
import { extractQuantities } from './quantities';
import { combineNameSpans, learnedFocus } from './combine';
import { createLearnedRecognizer } from '../ner';
import { mergeInDocumentOrder } from '../text/spans';

const ruleRecognizer = createRuleRecognizer();
/** The learned CoNLL-2003 model; its weights are decoded on first use. */
const learnedRecognizer = createLearnedRecognizer();

/** Rule-based recognizer alone (what `recognizers` defaults to for callers that pass a list). */
export const defaultNameRecognizers: readonly NameRecognizer[] = [ruleRecognizer];

/** Names of one article from the rules and the learned model combined (see combineNameSpans). */
function combinedNames(text: string, article: Article, region: Span): NameSpan[] {
  const titleRegions: Span[] = [article.headlineSpan, ...article.subheadings, ...article.meta, ...article.chrome];
  const rules = ruleRecognizer.recognize(text, region);
  // The tagger is most of the cost: run it only on sentences where its answer counts.
  const focus = learnedFocus(text, region, rules, titleRegions);
  const learned = focus.length ? learnedRecognizer.recognize(text, region, focus) : [];
  return combineNameSpans(text, rules, learned, titleRegions);
}

/** Names from every recognizer over one region (overlaps are resolved by `linkNames`). */
export function recognizeNames(text: string, region: Span, recognizers: readonly NameRecognizer[]): NameSpan[] {
  return recognizers.flatMap((r) => r.recognize(text, region));
}

/** A linked name with its knowledge-base actor: exact name/alias, else its canonical form, else a near-miss spelling. */
export function linkActor(name: LinkedName, kb: KnowledgeBase): Mention {
  if (kb.size === 0) return mentionOf(name, name.type, name.confidence);
  const type = name.type === 'misc' ? undefined : name.type;
  const m = kb.match(name.text, type) ?? (name.canonical ? kb.match(name.canonical, type) : undefined);
  if (!m) return mentionOf(name, name.type, name.confidence);
  if (m.fuzzy) return mentionOf(name, name.type, Math.min(name.confidence, m.confidence), m.actor.id, m.actor.id);
  // The knowledge base is authoritative about what an actor is.
  return mentionOf(name, m.actor.type, Math.max(name.confidence, 0.95), m.actor.id);
}

/** `names` (sorted) minus those overlapping any of `winners`, in one sweep. */
function withoutOverlaps(names: readonly Mention[], winners: readonly Span[]): readonly Mention[] {
  if (!winners.length) return names;
  const w = inStartOrder(winners) ? winners : winners.slice().sort((a, b) => a.start - b.start);
  const out: Mention[] = [];
  let j = 0;
  let maxEnd = -1;
  for (const n of names) {
    // Advance over winners starting before this name ends, tracking the furthest end seen.
    while (j < w.length && w[j].start < n.end) maxEnd = Math.max(maxEnd, w[j++].end);
    if (maxEnd <= n.start || !overlapsOneOf(n, w, j)) out.push(n);
  }
  return out;
}

/** True when `spans` are sorted by start (dates and quantities come merged in document order). */
function inStartOrder(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) if (spans[i - 1].start > spans[i].start) return false;
  return true;
}

/** True when `s` overlaps one of `spans[0..count)` (checked in place: no copy of the prefix). */
function overlapsOneOf(s: Span, spans: readonly Span[], count: number): boolean {
  for (let k = 0; k < count; k++) if (spans[k].end > s.start && spans[k].start < s.end) return true;
  return false;
}

/** `spans` minus those inside one of `blocks`; `spans` itself when there are no blocks (most articles have no chrome). */
function outside<T extends Span>(spans: T[], blocks: readonly Span[]): T[] {
  if (!blocks.length) return spans;
  return spans.filter((s) => !blocks.some((b) => s.start >= b.start && s.end <= b.end));
}

/**
 * Every entity mention in one article (names linked to the knowledge base, dates, quantities),
 * sorted by offset. Names come from the rules and the learned model combined, unless a list of
 * recognizers is given (their spans are then merged by confidence).
 */
export function recognizeEntities(
  text: string,
  article: Article,
  kb: KnowledgeBase,
  recognizers?: readonly NameRecognizer[],
): Mention[] {
  const region: Span = { start: article.start, end: article.end };
  // Page chrome (`Follow X on Facebook`, `Leave a Reply`) names the site, not the story.
  const chrome = article.chrome;
  const found = recognizers ? recognizeNames(text, region, recognizers) : combinedNames(text, article, region);
  const names = linkNames(text, outside(found, chrome), region);
  const mentions: Mention[] = names.map((n) => linkActor(n, kb));
  const numeric = outside(mergeInDocumentOrder(extractDates(text, region, article.published), extractQuantities(text, region)), chrome);
  // Dates and quantities are exact patterns: they win over a name that overlaps them.
  const kept = withoutOverlaps(mentions, numeric);
  return mergeInDocumentOrder(kept, numeric);
}
