import { isMap, isSeq, LineCounter, parseDocument, stringify, type Node } from 'yaml';
import { ANNOTATION_KINDS, compareAnnotations, type Annotation, type AnnotationKind, type Reply, type TextTarget } from './model';

/** A problem in a sidecar, at 1-based line and column. */
export interface SidecarError {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export interface ParsedSidecar {
  /** The entries that were valid; when `errors` is not empty the file must not be rewritten. */
  readonly annotations: Annotation[];
  readonly errors: SidecarError[];
  readonly article?: string;
}

export const SIDECAR_VERSION = 1;

/** Keys in the order they are written, so that a changed entry diffs as changed lines only. */
const ENTRY_KEYS = ['id', 'kind', 'author', 'created', 'modified', 'body', 'comment', 'label', 'wikidata', 'rule', 'resolved', 'target', 'contentHash', 'replies'] as const;

function entryObject(a: Annotation): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const k of ENTRY_KEYS) {
    const v = (a as unknown as Record<string, unknown>)[k];
    if (v === undefined || (k === 'resolved' && v === false)) continue;
    if (k === 'target') {
      const t = v as TextTarget;
      o.target = { start: t.start, end: t.end, exact: t.exact, prefix: t.prefix, suffix: t.suffix };
    } else if (k === 'replies') {
      const rs = v as readonly Reply[];
      if (rs.length) o.replies = rs.map((r) => ({ id: r.id, author: r.author, created: r.created, modified: r.modified, body: r.body }));
    } else o[k] = v;
  }
  return o;
}

/**
 * A YAML scalar on one line: yaml's own choice (plain where safe) for one-line strings, a
 * JSON-style double-quoted string (valid YAML) for anything holding a line break, so that no
 * value ever spans lines or leaves a blank line inside an entry.
 */
function scalar(v: unknown): string {
  if (typeof v !== 'string') return String(v);
  if (!/[\r\n\u0085\u2028\u2029]/.test(v)) {
    const y = stringify(v, { lineWidth: 0, minContentWidth: 0 }).replace(/\n$/, '');
    if (!y.includes('\n')) return y;
  }
  return JSON.stringify(v).replace(/[\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The lines of one mapping at `indent` spaces, nested mappings and lists of mappings included. */
function mappingLines(o: Record<string, unknown>, indent: string): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(o)) {
    if (Array.isArray(v)) {
      out.push(`${indent}${k}:`);
      for (const item of v) {
        const inner = mappingLines(item as Record<string, unknown>, indent + '    ');
        out.push(indent + '  - ' + inner[0].trimStart(), ...inner.slice(1));
      }
    } else if (v && typeof v === 'object') {
      out.push(`${indent}${k}:`, ...mappingLines(v as Record<string, unknown>, indent + '  '));
    } else out.push(`${indent}${k}: ${scalar(v)}`);
  }
  return out;
}

/**
 * Returns the sidecar text: a header, then one block per annotation sorted by position,
 * separated by blank lines, each value on one line, keys in a fixed order — so that two
 * readers adding annotations in different places produce git changes that merge cleanly.
 */
export function serializeSidecar(annotations: readonly Annotation[], article?: string): string {
  const head = [
    '# Byline annotations: one entry per annotation, sorted by position.',
    `version: ${SIDECAR_VERSION}`,
    ...(article !== undefined ? [`article: ${scalar(article)}`] : []),
  ];
  const sorted = [...annotations].sort(compareAnnotations);
  if (sorted.length === 0) return [...head, 'annotations: []', ''].join('\n');
  const blocks = sorted.map((a) => {
    const lines = mappingLines(entryObject(a), '    ');
    return ['  - ' + lines[0].trimStart(), ...lines.slice(1)].join('\n');
  });
  return [...head, 'annotations:', blocks.join('\n\n'), ''].join('\n');
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const optString = (v: unknown): string | undefined => (typeof v === 'string' ? v : v == null ? undefined : String(v));

/** Parses a sidecar; every syntax or shape problem comes back with its line and column. */
export function parseSidecar(source: string): ParsedSidecar {
  const lc = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lc, uniqueKeys: true, prettyErrors: false });
  const errors: SidecarError[] = [];
  const at = (offset: number, message: string): void => {
    const p = lc.linePos(offset);
    errors.push({ line: p.line, column: p.col, message });
  };
  const nodeAt = (node: Node | null | undefined, message: string, fallback = 0): void => at(node?.range?.[0] ?? fallback, message);
  for (const e of doc.errors) at(e.pos[0], e.message.split('\n')[0]);
  if (errors.length) return { annotations: [], errors };
  const root = doc.contents;
  if (source.trim() === '') return { annotations: [], errors };
  if (!isMap(root)) {
    nodeAt(root, 'expected a mapping with `version` and `annotations`');
    return { annotations: [], errors };
  }
  const top = root.toJSON() as Record<string, unknown>;
  const version = top.version;
  if (version !== undefined && version !== SIDECAR_VERSION) nodeAt(root.get('version', true) as Node, `unsupported sidecar version ${String(version)}`);
  const article = optString(top.article);
  const list = root.get('annotations', true) as Node | undefined;
  if (list === undefined || (list as { value?: unknown }).value === null) return { annotations: [], errors, article };
  if (!isSeq(list)) {
    nodeAt(list, '`annotations` must be a list');
    return { annotations: [], errors, article };
  }
  const seen = new Set<string>();
  const annotations: Annotation[] = [];
  for (const item of list.items) {
    const node = item as Node;
    if (!isMap(node)) {
      nodeAt(node, 'each annotation must be a mapping');
      continue;
    }
    const v = node.toJSON() as Record<string, unknown>;
    const field = (k: string): Node => (node.get(k, true) as Node | undefined) ?? node;
    const id = v.id;
    if (typeof id !== 'string' || !id) { nodeAt(field('id'), 'annotation needs a string `id`'); continue; }
    if (seen.has(id)) { nodeAt(field('id'), `duplicate annotation id ${id}`); continue; }
    seen.add(id);
    if (!ANNOTATION_KINDS.includes(v.kind as AnnotationKind)) { nodeAt(field('kind'), `unknown kind ${String(v.kind)} (expected ${ANNOTATION_KINDS.join(', ')})`); continue; }
    const t = v.target as Record<string, unknown> | undefined;
    if (!t || typeof t !== 'object') { nodeAt(field('target'), 'annotation needs a `target`'); continue; }
    const exact = optString(t.exact) ?? '';
    if (!isInt(t.start) || !isInt(t.end) || t.end < t.start) { nodeAt(field('target'), 'target needs integer `start` <= `end`'); continue; }
    if (t.end - t.start !== exact.length) { nodeAt(field('target'), `target spans ${t.end - t.start} UTF-16 units but its quote has ${exact.length}`); continue; }
    const replies: Reply[] = [];
    if (Array.isArray(v.replies)) {
      for (const r of v.replies as Record<string, unknown>[]) {
        if (!r || typeof r.id !== 'string') { nodeAt(field('replies'), 'each reply needs an `id`'); continue; }
        replies.push({ id: r.id, author: optString(r.author) ?? '', created: optString(r.created) ?? '', modified: optString(r.modified) ?? optString(r.created) ?? '', body: optString(r.body) ?? '' });
      }
    }
    const a: Annotation = {
      id,
      kind: v.kind as AnnotationKind,
      author: optString(v.author) ?? '',
      created: optString(v.created) ?? '',
      modified: optString(v.modified) ?? optString(v.created) ?? '',
      body: optString(v.body) ?? '',
      ...(v.comment != null ? { comment: optString(v.comment) } : {}),
      ...(v.label != null ? { label: optString(v.label) } : {}),
      ...(v.wikidata != null ? { wikidata: optString(v.wikidata) } : {}),
      ...(v.rule != null ? { rule: optString(v.rule) } : {}),
      ...(v.resolved === true ? { resolved: true } : {}),
      ...(replies.length ? { replies } : {}),
      target: { exact, prefix: optString(t.prefix) ?? '', suffix: optString(t.suffix) ?? '', start: t.start, end: t.end },
      ...(v.contentHash != null ? { contentHash: optString(v.contentHash) } : {}),
    };
    annotations.push(a);
  }
  return { annotations, errors, article };
}
