import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node, type YAMLMap } from 'yaml';
import { ACTOR_TYPES, type Actor, type ActorType, type KbProblem, type Role } from './actor';

/** What parsing one knowledge-base file gives: the valid actors and every problem found. */
export interface ParsedActors {
  readonly actors: Actor[];
  readonly problems: KbProblem[];
}

const ACTOR_KEYS = new Set(['id', 'name', 'type', 'aliases', 'roles', 'country', 'description', 'wikidata', 'links']);
const ROLE_KEYS = new Set(['title', 'organization', 'from', 'to']);
const ID = /^[a-z0-9][a-z0-9._-]*$/;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const WIKIDATA = /^Q\d+$/;

/**
 * Parses a knowledge-base YAML file (a list of actors, or `{ actors: [...] }`). Never throws:
 * syntax and schema problems come back with their line and column, and every valid entry loads.
 */
export function parseActors(text: string, file: string): ParsedActors {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const problems: KbProblem[] = [];
  const at = (from: number, to: number) => {
    const a = lineCounter.linePos(from);
    const b = lineCounter.linePos(Math.max(from, to));
    return { start: { line: a.line - 1, character: a.col - 1 }, end: { line: b.line - 1, character: b.col - 1 } };
  };
  const report = (node: Node | null | undefined, message: string, severity: 'error' | 'warning' = 'error', fallback = 0) => {
    const [from, to] = node?.range ?? [fallback, fallback + 1];
    problems.push({ file, message, severity, ...at(from, to) });
  };
  for (const e of [...doc.errors, ...doc.warnings]) {
    const [from, to] = e.pos;
    problems.push({ file, message: e.message.split('\n')[0], severity: doc.errors.includes(e) ? 'error' : 'warning', ...at(from, to) });
  }

  let list: Node | null = doc.contents;
  if (isMap(list)) list = (list.get('actors', true) as Node | undefined) ?? null;
  if (list === null) return { actors: [], problems };
  if (!isSeq(list)) {
    report(list, 'Expected a list of actors (or a map with an `actors` list).');
    return { actors: [], problems };
  }

  const actors: Actor[] = [];
  const seen = new Map<string, Node>();
  for (const item of list.items) {
    if (!isMap(item)) {
      report(item as Node, 'An actor must be a map with at least `id`, `name` and `type`.');
      continue;
    }
    const actor = readActor(item, report);
    if (!actor) continue;
    if (seen.has(actor.id)) report(item.get('id', true) as Node, `Duplicate actor id "${actor.id}"; the later entry wins.`, 'warning');
    seen.set(actor.id, item);
    const start = item.range ? lineCounter.linePos(item.range[0]) : { line: 1, col: 1 };
    actors.push({ ...actor, source: { file, line: start.line - 1, character: start.col - 1 } });
  }
  return { actors, problems };
}

type Report = (node: Node | null | undefined, message: string, severity?: 'error' | 'warning') => void;

function readActor(map: YAMLMap, report: Report): Omit<Actor, 'source'> | undefined {
  for (const pair of map.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!ACTOR_KEYS.has(key)) report(pair.key as Node, `Unknown actor field "${key}".`, 'warning');
  }
  const id = str(map, 'id', report, true);
  const name = str(map, 'name', report, true);
  const typeText = str(map, 'type', report, true);
  if (id === undefined || name === undefined || typeText === undefined) {
    if (id === undefined && name === undefined && typeText === undefined) report(map, 'Actor is missing `id`, `name` and `type`.');
    return undefined;
  }
  let ok = true;
  if (!ID.test(id)) {
    report(map.get('id', true) as Node, `Actor id "${id}" must be lower-case letters, digits, '.', '_' or '-'.`);
    ok = false;
  }
  if (!(ACTOR_TYPES as readonly string[]).includes(typeText)) {
    report(map.get('type', true) as Node, `Actor type must be one of ${ACTOR_TYPES.join(', ')}.`);
    ok = false;
  }
  if (!ok) return undefined;
  const wikidata = str(map, 'wikidata', report);
  if (wikidata !== undefined && !WIKIDATA.test(wikidata)) report(map.get('wikidata', true) as Node, 'A Wikidata id looks like "Q42".', 'warning');
  return {
    id,
    name,
    type: typeText as ActorType,
    aliases: strList(map, 'aliases', report),
    roles: roles(map, report),
    country: str(map, 'country', report),
    description: str(map, 'description', report),
    wikidata: wikidata !== undefined && WIKIDATA.test(wikidata) ? wikidata : undefined,
    links: strList(map, 'links', report),
  };
}

function str(map: YAMLMap, key: string, report: Report, required = false): string | undefined {
  const node = map.get(key, true) as Node | undefined;
  if (node === undefined || (isScalar(node) && node.value === null)) {
    if (required) report(map, `Actor is missing \`${key}\`.`);
    return undefined;
  }
  if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')) {
    const s = String(node.value).trim();
    if (s) return s;
  }
  report(node, `\`${key}\` must be a non-empty string.`);
  return undefined;
}

function strList(map: YAMLMap, key: string, report: Report): string[] {
  const node = map.get(key, true) as Node | undefined;
  if (node === undefined) return [];
  if (!isSeq(node)) {
    report(node, `\`${key}\` must be a list of strings.`);
    return [];
  }
  const out: string[] = [];
  for (const item of node.items) {
    if (isScalar(item) && typeof item.value === 'string' && item.value.trim()) out.push(item.value.trim());
    else report(item as Node, `Each entry of \`${key}\` must be a non-empty string.`);
  }
  return out;
}

function roles(map: YAMLMap, report: Report): Role[] {
  const node = map.get('roles', true) as Node | undefined;
  if (node === undefined) return [];
  if (!isSeq(node)) {
    report(node, '`roles` must be a list of `{ title, organization, from, to }`.');
    return [];
  }
  const out: Role[] = [];
  for (const item of node.items) {
    if (!isMap(item)) {
      report(item as Node, 'A role must be a map with at least a `title`.');
      continue;
    }
    for (const pair of item.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!ROLE_KEYS.has(key)) report(pair.key as Node, `Unknown role field "${key}".`, 'warning');
    }
    const title = str(item, 'title', report, true);
    if (title === undefined) continue;
    const from = str(item, 'from', report);
    const to = str(item, 'to', report);
    let valid = true;
    for (const [k, v] of [['from', from], ['to', to]] as const) {
      if (v !== undefined && !DATE.test(v)) {
        report(item.get(k, true) as Node, `\`${k}\` must be a date: YYYY, YYYY-MM or YYYY-MM-DD.`);
        valid = false;
      }
    }
    if (valid) out.push({ title, organization: str(item, 'organization', report), from, to });
  }
  return out;
}
