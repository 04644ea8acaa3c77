import type { ArticleSummary } from './summary';

/** What the reader narrowed the corpus to ("Byline: Filter Corpus…"); every field is optional. */
export interface CorpusFilter {
  /** Case-insensitive words that must all appear in the headline, first paragraph or publisher. */
  readonly text?: string;
  readonly topic?: string;
  /** An actor key (see `actorKey`). */
  readonly actor?: string;
  /** ISO dates, inclusive; articles without a date are excluded when either bound is set. */
  readonly from?: string;
  readonly to?: string;
}

/** True when the filter sets nothing. */
export function isEmptyFilter(f: CorpusFilter | undefined): boolean {
  return !f || (!f.text?.trim() && !f.topic && !f.actor && !f.from && !f.to);
}

/** Whether an article passes the filter. */
export function matchesFilter(article: ArticleSummary, f: CorpusFilter | undefined): boolean {
  if (!f) return true;
  if (f.topic && !article.topics.some((t) => t.id === f.topic)) return false;
  if (f.actor && !article.actors.some((a) => a.key === f.actor)) return false;
  if (f.from || f.to) {
    const d = article.published;
    if (!d) return false;
    // Compare on the shared prefix so `2025-11` as a bound covers the whole month.
    if (f.from && d.slice(0, f.from.length) < f.from) return false;
    if (f.to && d.slice(0, f.to.length) > f.to) return false;
  }
  const words = f.text?.toLowerCase().split(/\s+/).filter(Boolean) ?? [];
  if (words.length) {
    const hay = `${article.headline}\n${article.firstParagraph}\n${article.publisher ?? ''}`.toLowerCase();
    if (!words.every((w) => hay.includes(w))) return false;
  }
  return true;
}

/** A one-line description of a filter for the views' descriptions ("topic: economy, text: “port”"). */
export function describeFilter(f: CorpusFilter | undefined, topicLabel: (id: string) => string = (id) => id, actorLabel: (key: string) => string = (k) => k): string {
  if (isEmptyFilter(f) || !f) return '';
  const parts: string[] = [];
  if (f.text?.trim()) parts.push(`“${f.text.trim()}”`);
  if (f.topic) parts.push(`topic: ${topicLabel(f.topic)}`);
  if (f.actor) parts.push(`actor: ${actorLabel(f.actor)}`);
  if (f.from || f.to) parts.push(`${f.from ?? '…'} – ${f.to ?? '…'}`);
  return parts.join(', ');
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Parses `2025-01..2025-06-30`, `2025`, `..2024-12`, `2025-03-01..` into inclusive ISO bounds, or an error message. */
export function parseDateRange(input: string): { from?: string; to?: string } | string {
  const text = input.trim();
  if (!text) return {};
  const [a, b] = text.includes('..') ? text.split('..').map((s) => s.trim()) : [text, text];
  if ((a && !DATE.test(a)) || (b && !DATE.test(b))) return 'Use ISO dates: 2025, 2025-11 or 2025-11-18, as FROM..TO (either side may be empty).';
  if (a && b && a > b) return 'The start of the range is after its end.';
  return { from: a || undefined, to: b || undefined };
}
