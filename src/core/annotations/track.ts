import type { Span } from '../types';

/**
 * One text change as VS Code reports it (`TextDocumentContentChangeEvent`): the `rangeLength`
 * UTF-16 units at `rangeOffset` were replaced by `text`.
 */
export interface TextChange {
  readonly rangeOffset: number;
  readonly rangeLength: number;
  readonly text: string;
}

/** A tracked span; `touched` turns true once a change rewrote any part of its inside. */
export interface TrackedSpan extends Span {
  readonly touched: boolean;
}

/**
 * Returns where `span` is after one change: text inserted or removed before it shifts it,
 * text after it (or inserted exactly at its end) leaves it, and a change inside it clips or
 * stretches it and marks it `touched`. A span whose text was all deleted collapses to empty.
 */
export function moveSpan(span: TrackedSpan, change: TextChange): TrackedSpan {
  const { start: s, end: e } = span;
  const o = change.rangeOffset;
  const oEnd = o + change.rangeLength;
  const delta = change.text.length - change.rangeLength;
  if (oEnd <= s) {
    // Entirely before (an insertion at the start goes before the passage, not into it).
    return { start: s + delta, end: e + delta, touched: span.touched };
  }
  if (o >= e) return span; // Entirely after, or inserted right at its end.
  const start = s < o ? s : s >= oEnd ? s + delta : o;
  const end = e <= o ? e : e >= oEnd ? e + delta : o + change.text.length;
  return { start, end: Math.max(start, end), touched: true };
}

/**
 * Applies the changes of one document event in order. VS Code lists them in descending
 * document order, so each change's offsets stay valid after the earlier ones are applied.
 */
export function moveSpanThrough(span: TrackedSpan, changes: readonly TextChange[]): TrackedSpan {
  let cur = span;
  for (const c of changes) cur = moveSpan(cur, c);
  return cur;
}

/** Applies changes to a text with the same ordering rule as `moveSpanThrough`. */
export function applyChanges(text: string, changes: readonly TextChange[]): string {
  let out = text;
  for (const c of changes) out = out.slice(0, c.rangeOffset) + c.text + out.slice(c.rangeOffset + c.rangeLength);
  return out;
}
