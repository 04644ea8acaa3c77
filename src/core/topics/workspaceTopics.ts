import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node } from 'yaml';
import type { Range } from '../types';
import { builtinTopic } from './taxonomy';

/** A reader-defined topic from `.byline/topics.yaml`. */
export interface WorkspaceTopic {
  readonly id: string;
  readonly label: string;
  readonly keywords: readonly string[];
  readonly phrases: readonly string[];
  /** A built-in or workspace topic id this topic sits under. */
  readonly parent?: string;
}

export interface TopicsFileProblem {
  readonly message: string;
  readonly severity: 'error' | 'warning';
  /** 0-based, UTF-16 like every Range in the engine. */
  readonly range: Range;
}

export interface TopicsFile {
  readonly topics: readonly WorkspaceTopic[];
  readonly problems: readonly TopicsFileProblem[];
}

const ID = /^[a-z0-9][a-z0-9-]*$/;
const KNOWN_KEYS = new Set(['id', 'label', 'keywords', 'phrases', 'parent']);

/**
 * Parses and validates a workspace topics file (`topics:` list, or a bare list, of
 * {id, label, keywords, phrases, parent}); invalid topics are dropped and reported at their line and column.
 */
export function parseTopicsFile(text: string): TopicsFile {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const problems: TopicsFileProblem[] = [];
  const rangeOf = (offsets: readonly number[] | undefined): Range => {
    const [s, e] = offsets ?? [0, 0];
    const a = lines.linePos(s);
    const b = lines.linePos(Math.max(s, e));
    return { start: { line: a.line - 1, character: a.col - 1 }, end: { line: b.line - 1, character: b.col - 1 } };
  };
  const report = (message: string, node: Node | null | undefined, severity: 'error' | 'warning' = 'error'): void => {
    problems.push({ message, severity, range: rangeOf(node?.range ?? undefined) });
  };
  for (const e of doc.errors) problems.push({ message: e.message, severity: 'error', range: rangeOf(e.pos) });
  for (const w of doc.warnings) problems.push({ message: w.message, severity: 'warning', range: rangeOf(w.pos) });
  if (doc.errors.length) return { topics: [], problems };

  let list: unknown = doc.contents;
  if (isMap(list)) {
    const pair = list.items.find((p) => isScalar(p.key) && p.key.value === 'topics');
    if (!pair) {
      report('Expected a `topics:` list.', list);
      return { topics: [], problems };
    }
    list = pair.value;
  }
  if (list == null) return { topics: [], problems };
  if (!isSeq(list)) {
    report('`topics` must be a list of topics.', list as Node);
    return { topics: [], problems };
  }

  const candidates: { topic: WorkspaceTopic; parentNode?: Node; idNode?: Node }[] = [];
  const seen = new Set<string>();
  for (const item of list.items) {
    if (!isMap(item)) {
      report('Each topic must be a mapping with `id`, `label`, `keywords` and/or `phrases`.', item as Node);
      continue;
    }
    const field = (key: string): Node | undefined => {
      const pair = item.items.find((p) => isScalar(p.key) && p.key.value === key);
      return (pair?.value ?? undefined) as Node | undefined;
    };
    for (const p of item.items) {
      const key = isScalar(p.key) ? String(p.key.value) : '';
      if (!KNOWN_KEYS.has(key)) report(`Unknown key \`${key}\` (expected id, label, keywords, phrases, parent).`, p.key as Node, 'warning');
    }
    const idNode = field('id');
    const id = isScalar(idNode) ? String(idNode.value) : undefined;
    if (!id) {
      report('A topic needs an `id`.', item);
      continue;
    }
    if (!ID.test(id)) {
      report(`Topic id \`${id}\` must be lower-case letters, digits and hyphens.`, idNode);
      continue;
    }
    if (builtinTopic(id)) {
      report(`\`${id}\` is a built-in topic; choose another id (use \`parent: ${id}\` to refine it).`, idNode);
      continue;
    }
    if (seen.has(id)) {
      report(`Duplicate topic id \`${id}\`.`, idNode);
      continue;
    }
    const labelNode = field('label');
    let label = id;
    if (labelNode === undefined) report(`Topic \`${id}\` has no \`label\`; its id is shown instead.`, idNode, 'warning');
    else if (!isScalar(labelNode) || typeof labelNode.value !== 'string' || !labelNode.value.trim()) {
      report('`label` must be a non-empty string.', labelNode);
      continue;
    } else label = labelNode.value.trim();
    const strings = (key: 'keywords' | 'phrases'): string[] | null => {
      const node = field(key);
      if (node === undefined) return [];
      if (!isSeq(node)) {
        report(`\`${key}\` must be a list of strings.`, node);
        return null;
      }
      const out: string[] = [];
      for (const s of node.items) {
        if (isScalar(s) && typeof s.value === 'string' && s.value.trim()) out.push(s.value.trim());
        else report(`Each entry of \`${key}\` must be a non-empty string.`, s as Node);
      }
      return out;
    };
    const keywords = strings('keywords');
    const phrases = strings('phrases');
    if (!keywords || !phrases) continue;
    if (keywords.length + phrases.length === 0) {
      report(`Topic \`${id}\` needs at least one keyword or phrase to be recognised.`, idNode);
      continue;
    }
    const parentNode = field('parent');
    let parent: string | undefined;
    if (parentNode !== undefined) {
      if (!isScalar(parentNode) || typeof parentNode.value !== 'string') {
        report('`parent` must be a topic id.', parentNode);
        continue;
      }
      parent = parentNode.value;
    }
    seen.add(id);
    candidates.push({ topic: { id, label, keywords, phrases, parent }, parentNode, idNode });
  }

  // Parents may refer to topics defined later in the file, so they are checked once all ids are known.
  const byId = new Map(candidates.map((c) => [c.topic.id, c.topic]));
  const topics: WorkspaceTopic[] = [];
  for (const c of candidates) {
    const parent = c.topic.parent;
    if (parent !== undefined && !builtinTopic(parent) && !byId.has(parent)) {
      report(`Unknown parent topic \`${parent}\`.`, c.parentNode);
      topics.push({ ...c.topic, parent: undefined });
      continue;
    }
    if (parent !== undefined && hasCycle(c.topic.id, byId)) {
      report(`Topic \`${c.topic.id}\` is its own ancestor.`, c.parentNode);
      topics.push({ ...c.topic, parent: undefined });
      continue;
    }
    topics.push(c.topic);
  }
  return { topics, problems };
}

function hasCycle(id: string, byId: ReadonlyMap<string, WorkspaceTopic>): boolean {
  const visited = new Set<string>();
  let current: string | undefined = id;
  while (current !== undefined) {
    if (visited.has(current)) return true;
    visited.add(current);
    current = byId.get(current)?.parent;
  }
  return false;
}
