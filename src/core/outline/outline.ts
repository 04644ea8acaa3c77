import type { Article, Span } from '../types';

/** A node of a document's outline (articles, then their subheadings). */
export interface OutlineNode {
  readonly name: string;
  readonly detail: string;
  readonly kind: 'article' | 'section';
  /** The whole region the node covers. */
  readonly span: Span;
  /** The part to select/reveal (the headline or subheading text). */
  readonly selection: Span;
  readonly children: readonly OutlineNode[];
}

/** Outline of a file: one node per article, its subheadings as children covering their sections. */
export function buildOutline(articles: readonly Article[]): OutlineNode[] {
  return articles.map((a) => {
    const children = a.subheadings.map((s, k): OutlineNode => {
      const next = a.subheadings[k + 1];
      const end = next ? lastEndBefore(a, next.start) : a.end;
      return { name: s.text, detail: '', kind: 'section', span: { start: s.start, end: Math.max(end, s.end) }, selection: s, children: [] };
    });
    const detail = [a.published ?? '', a.publisher ?? ''].filter(Boolean).join(' · ');
    return { name: a.headline, detail, kind: 'article', span: a, selection: a.headlineSpan, children };
  });
}

function lastEndBefore(a: Article, offset: number): number {
  let end = -1;
  for (const p of a.paragraphs) if (p.end <= offset && p.end > end) end = p.end;
  return end;
}

/** A foldable region in lines-agnostic offsets; the adapter converts to lines. */
export interface FoldRegion extends Span {
  readonly kind: 'article' | 'header' | 'section' | 'paragraph';
}

/** Folding regions: each article, its header block, each section, and multi-line paragraphs. */
export function foldingRegions(articles: readonly Article[]): FoldRegion[] {
  const out: FoldRegion[] = [];
  for (const a of articles) {
    out.push({ start: a.start, end: a.end, kind: 'article' });
    if (a.bodyStart > a.headlineSpan.end) out.push({ start: a.start, end: a.bodyStart - 1, kind: 'header' });
    for (const s of buildOutline([a])[0].children) out.push({ ...s.span, kind: 'section' });
    for (const p of a.paragraphs) if (p.text.includes('\n')) out.push({ start: p.start, end: p.end, kind: 'paragraph' });
  }
  return out;
}
