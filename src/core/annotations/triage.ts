import type { Span } from '../types';
import type { Annotation } from './model';

/**
 * Triage of claim findings kept as `triage` annotations (W3C motivation `assessing`): the body is
 * the state, `rule` the finding's rule, `comment` the reader's note. A finding is matched by rule
 * and quoted text, and by span when the caller knows it (a quote that occurs twice).
 */
export type TriageState = 'verified' | 'false-positive' | 'needs-source' | 'note';
export const TRIAGE_STATES: readonly TriageState[] = ['verified', 'false-positive', 'needs-source', 'note'];

/** A triage annotation and where it is now; no span: an orphan (its passage was edited away). */
export interface PlacedTriage {
  readonly annotation: Annotation;
  readonly span?: Span;
}

/** The decision a reader made on one finding. */
export interface TriageDecision {
  readonly status: TriageState;
  readonly note?: string;
  readonly id: string;
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Returns true for a body that names a triage state. */
export function isTriageState(s: string): s is TriageState {
  return (TRIAGE_STATES as readonly string[]).includes(s);
}

/**
 * Returns the decision on the finding of `rule` quoting `text` (whitespace-insensitive): the one
 * on `span` when given and present, else the first attached one. Orphans never match: their
 * passage is gone, so the finding they judged is too.
 */
export function findDecision(placed: readonly PlacedTriage[], rule: string, text: string, span?: Span): TriageDecision | undefined {
  const quote = norm(text);
  const candidates = placed.filter((p) => p.span && p.annotation.kind === 'triage' && p.annotation.rule === rule && norm(p.annotation.target.exact) === quote && isTriageState(p.annotation.body));
  const hit = (span && candidates.find((p) => p.span!.start === span.start && p.span!.end === span.end)) ?? candidates[0];
  if (!hit) return undefined;
  const { annotation } = hit;
  return { status: annotation.body as TriageState, id: annotation.id, ...(annotation.comment ? { note: annotation.comment } : {}) };
}

/** Returns the span of `quote` in `text` (exact, else with any run of whitespace matching any other), or undefined. */
export function locateQuote(text: string, quote: string): Span | undefined {
  if (!quote.trim()) return undefined;
  const at = text.indexOf(quote);
  if (at >= 0) return { start: at, end: at + quote.length };
  const pattern = norm(quote).split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
  const m = new RegExp(pattern).exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}
