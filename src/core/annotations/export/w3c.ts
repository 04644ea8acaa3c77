import { codePointToUtf16, utf16ToCodePoint } from '../codePoints';
import type { Annotation, AnnotationKind, Reply } from '../model';
import type { ArticleAnnotations } from './types';

/**
 * W3C Web Annotation (JSON-LD) export and import. Standard terms carry everything they can
 * (motivation, TextQuoteSelector, TextPositionSelector, creator, created, modified, replies as
 * `replying` annotations); the few Byline-only fields (triage rule, resolved state, content
 * hash, UTF-16 offsets) go under a `byline:` prefix declared in the context, so that import
 * restores an annotation exactly.
 */

export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const BYLINE_NS = 'https://byline.invalid/ns#';

const MOTIVATION: Record<AnnotationKind, string> = {
  note: 'commenting',
  tag: 'tagging',
  verdict: 'assessing',
  'actor-link': 'identifying',
  triage: 'assessing',
};

type Json = Record<string, unknown>;

const annotationIri = (id: string): string => `urn:byline:annotation:${id}`;
const replyIri = (id: string): string => `urn:byline:reply:${id}`;
const idFromIri = (iri: string): string => iri.replace(/^urn:byline:(annotation|reply):/, '');
export const wikidataIri = (q: string): string => `http://www.wikidata.org/entity/${q}`;
const creator = (name: string): Json => ({ type: 'Person', name });

function bodies(a: Annotation): Json[] {
  const out: Json[] = [];
  const textual = (value: string, purpose: string): Json => ({ type: 'TextualBody', value, format: 'text/plain', purpose });
  switch (a.kind) {
    case 'note': out.push(textual(a.body, 'commenting')); break;
    case 'tag': out.push(textual(a.body, 'tagging')); break;
    case 'verdict': case 'triage': out.push(textual(a.body, 'assessing')); break;
    case 'actor-link':
      out.push(textual(a.body, 'identifying'));
      if (a.wikidata) out.push({ id: wikidataIri(a.wikidata), purpose: 'identifying' });
      if (a.label !== undefined) out.push(textual(a.label, 'describing'));
      break;
  }
  if (a.comment !== undefined) out.push(textual(a.comment, 'commenting'));
  return out;
}

function toW3c(a: Annotation, article: ArticleAnnotations): Json[] {
  const { target: t } = a;
  const [cpStart, cpEnd] = article.text !== undefined ? [utf16ToCodePoint(article.text, t.start), utf16ToCodePoint(article.text, t.end)] : [t.start, t.end];
  const main: Json = {
    id: annotationIri(a.id),
    type: 'Annotation',
    motivation: MOTIVATION[a.kind],
    ...(a.author ? { creator: creator(a.author) } : {}),
    created: a.created,
    modified: a.modified,
    body: bodies(a),
    target: {
      source: article.source,
      selector: [
        { type: 'TextQuoteSelector', exact: t.exact, prefix: t.prefix, suffix: t.suffix },
        { type: 'TextPositionSelector', start: cpStart, end: cpEnd },
      ],
      'byline:utf16': { start: t.start, end: t.end },
      ...(a.contentHash ? { 'byline:contentHash': a.contentHash } : {}),
    },
    'byline:kind': a.kind,
    ...(a.rule !== undefined ? { 'byline:rule': a.rule } : {}),
    ...(a.resolved ? { 'byline:resolved': true } : {}),
  };
  const replies = (a.replies ?? []).map((r: Reply): Json => ({
    id: replyIri(r.id),
    type: 'Annotation',
    motivation: 'replying',
    ...(r.author ? { creator: creator(r.author) } : {}),
    created: r.created,
    modified: r.modified,
    body: { type: 'TextualBody', value: r.body, format: 'text/plain' },
    target: annotationIri(a.id),
  }));
  return [main, ...replies];
}

/** Returns a W3C AnnotationCollection holding every annotation of the articles (replies included). */
export function exportW3c(articles: readonly ArticleAnnotations[], label = 'Byline annotations'): Json {
  const items = articles.flatMap((art) => art.annotations.flatMap((a) => toW3c(a, art)));
  return {
    '@context': [W3C_CONTEXT, { byline: BYLINE_NS }],
    id: 'urn:byline:collection',
    type: 'AnnotationCollection',
    label,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const kindOf = (j: Json): AnnotationKind => {
  const k = j['byline:kind'];
  if (typeof k === 'string') return k as AnnotationKind;
  // Annotations from other tools: the motivation is all there is.
  return ({ commenting: 'note', tagging: 'tag', assessing: 'verdict', identifying: 'actor-link' } as Record<string, AnnotationKind>)[String(j.motivation)] ?? 'note';
};
const nameOf = (c: unknown): string => (typeof c === 'string' ? c : c && typeof c === 'object' ? String((c as Json).name ?? (c as Json).nickname ?? (c as Json).id ?? '') : '');

/**
 * Reads an AnnotationCollection (or page, or array of annotations) back into Byline annotations
 * grouped by target source. `textOf` supplies an article's text when offsets must be converted
 * from code points (annotations written by other tools).
 */
export function importW3c(json: unknown, textOf: (source: string) => string | undefined = () => undefined): Map<string, Annotation[]> {
  const root = json as Json;
  const items: Json[] = Array.isArray(json)
    ? (json as Json[])
    : root.type === 'AnnotationCollection' ? asArray((root.first as Json | undefined)?.items as Json[] | undefined)
    : root.type === 'AnnotationPage' ? asArray(root.items as Json[])
    : [root];
  const out = new Map<string, Annotation[]>();
  const byIri = new Map<string, { source: string; index: number }>();
  const replies: Json[] = [];
  for (const j of items) {
    if (j.motivation === 'replying') { replies.push(j); continue; }
    const target = (typeof j.target === 'object' ? j.target : { source: j.target }) as Json;
    const source = String(target.source ?? '');
    const selectors = asArray(target.selector as Json | Json[]);
    const quote = selectors.find((s) => s.type === 'TextQuoteSelector') ?? {};
    const pos = selectors.find((s) => s.type === 'TextPositionSelector');
    const exact = String(quote.exact ?? '');
    let start: number;
    let end: number;
    const u = target['byline:utf16'] as Json | undefined;
    if (u) { start = Number(u.start); end = Number(u.end); }
    else {
      const text = textOf(source);
      const cs = Number(pos?.start ?? 0);
      start = text !== undefined ? codePointToUtf16(text, cs) : cs;
      end = start + exact.length;
    }
    const kind = kindOf(j);
    const bs = asArray(j.body as Json | Json[]);
    const byPurpose = (p: string): Json[] => bs.filter((b) => b.purpose === p || (p === 'commenting' && b.purpose === undefined && b.type === 'TextualBody'));
    const mainPurpose = kind === 'note' ? 'commenting' : kind === 'tag' ? 'tagging' : kind === 'actor-link' ? 'identifying' : 'assessing';
    const mainBody = byPurpose(mainPurpose).find((b) => b.type === 'TextualBody');
    const others = byPurpose('commenting').filter((b) => b !== mainBody);
    const wd = bs.find((b) => typeof b.id === 'string' && /wikidata\.org\/entity\/Q\d+$/.test(b.id as string));
    const label = byPurpose('describing')[0];
    const id = idFromIri(String(j.id ?? `w3c-${out.size}-${start}`));
    const a: Annotation = {
      id,
      kind,
      author: nameOf(j.creator),
      created: String(j.created ?? ''),
      modified: String(j.modified ?? j.created ?? ''),
      body: String(mainBody?.value ?? ''),
      ...(others.length ? { comment: String(others[0].value ?? '') } : {}),
      ...(label ? { label: String(label.value ?? '') } : {}),
      ...(wd ? { wikidata: String(wd.id).replace(/^.*\//, '') } : {}),
      ...(j['byline:rule'] !== undefined ? { rule: String(j['byline:rule']) } : {}),
      ...(j['byline:resolved'] === true ? { resolved: true } : {}),
      target: { exact, prefix: String(quote.prefix ?? ''), suffix: String(quote.suffix ?? ''), start, end },
      ...(target['byline:contentHash'] ? { contentHash: String(target['byline:contentHash']) } : {}),
    };
    const list = out.get(source) ?? [];
    list.push(a);
    out.set(source, list);
    byIri.set(String(j.id), { source, index: list.length - 1 });
  }
  for (const r of replies) {
    const parent = byIri.get(String(r.target));
    if (!parent) continue;
    const list = out.get(parent.source)!;
    const a = list[parent.index];
    const body = asArray(r.body as Json | Json[])[0] ?? {};
    const reply: Reply = { id: idFromIri(String(r.id)), author: nameOf(r.creator), created: String(r.created ?? ''), modified: String(r.modified ?? r.created ?? ''), body: String(body.value ?? '') };
    list[parent.index] = { ...a, replies: [...(a.replies ?? []), reply] };
  }
  return out;
}
