import type { Span } from '../types';

/** Document order of spans: by start, the longer first at the same start. */
export const byStartThenLongest = (a: Span, b: Span): number => a.start - b.start || b.end - a.end;

/** True when `spans` is in document order already (a stable sort by byStartThenLongest would leave it as it is). */
export function inDocumentOrder(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) if (byStartThenLongest(spans[i - 1], spans[i]) > 0) return false;
  return true;
}

/**
 * A new array of `a` and `b` in document order: the same as `[...a, ...b].sort(byStartThenLongest)`
 * (equal spans keep their order, those of `a` first). Recognizers return their spans in order,
 * so this is usually one merging pass instead of a sort through a comparator.
 */
export function mergeInDocumentOrder<T extends Span>(a: readonly T[], b: readonly T[]): T[] {
  if (!inDocumentOrder(a) || !inDocumentOrder(b)) return a.concat(b).sort(byStartThenLongest);
  if (!b.length) return a.slice();
  if (!a.length) return b.slice();
  const out: T[] = [];
  let i = 0;
  let j = 0;
  // `b[j]` goes first only when strictly before `a[i]`: ties keep `a`'s span first, as the stable sort does.
  while (i < a.length && j < b.length) out.push(byStartThenLongest(b[j], a[i]) < 0 ? b[j++] : a[i++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

/**
 * Answers "does a span overlap one of these?" with a binary search instead of a scan: the spans
 * starting before the query ends are a prefix of the start-ordered list, and one of them overlaps
 * it when the furthest end in that prefix lies after the query's start. Spans may be added in
 * start order; one added out of order switches the index to plain scans.
 */
export class OverlapIndex {
  private readonly spans: Span[] = [];
  /** maxEnds[k]: the furthest end among spans[0..k]. */
  private readonly maxEnds: number[] = [];
  private ordered = true;

  constructor(spans: readonly Span[] = []) {
    for (const s of spans) this.add(s);
  }

  add(s: Span): void {
    const n = this.spans.length;
    if (n && s.start < this.spans[n - 1].start) this.ordered = false;
    this.spans.push(s);
    this.maxEnds.push(n ? Math.max(this.maxEnds[n - 1], s.end) : s.end);
  }

  /** True when `s` overlaps one of the spans (`a.start < b.end && b.start < a.end`). */
  overlaps(s: Span): boolean {
    const spans = this.spans;
    if (!this.ordered) {
      for (const r of spans) if (r.start < s.end && s.start < r.end) return true;
      return false;
    }
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].start < s.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && this.maxEnds[lo - 1] > s.start;
  }
}
