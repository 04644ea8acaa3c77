import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode, type YAMLMap } from 'yaml';
import type { Article, Finding, Severity, Span } from '../types';
import { backtrackingRisk } from './regexSafety';

/** A lexicon rule from a workspace rule pack (`.byline/rules.yaml`). */
export interface PackRule {
  /** Finding rule id: `pack/<id>`. */
  readonly id: string;
  readonly kind: 'existence' | 'substitution';
  /** Message; `%s` is replaced by the matched text, a second `%s` (substitution) by the suggestion. */
  readonly message: string;
  readonly severity: Severity;
  readonly scope: 'all' | 'headline' | 'body';
  /** Compiled matchers with the suggestion for substitutions. */
  readonly matchers: readonly { readonly re: RegExp; readonly suggestion?: string }[];
}

/** A problem in the rule-pack file, at an offset range of that file. */
export interface PackProblem extends Span {
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

export interface RulePack {
  readonly rules: readonly PackRule[];
  readonly problems: readonly PackProblem[];
}

export interface PackOptions {
  /** Raw regular expressions (`patterns:`) run only in a trusted workspace; literal phrases always run. */
  readonly allowPatterns: boolean;
}

const SEVERITIES = ['error', 'warning', 'information', 'hint'];
const KNOWN_KEYS = new Set(['id', 'kind', 'message', 'severity', 'scope', 'ignorecase', 'tokens', 'patterns', 'swap']);

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A phrase as a whole-word, whitespace-tolerant regular expression. */
function phrase(s: string, flags: string): RegExp {
  const body = s.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, flags);
}

function rangeOf(node: YamlNode | null | undefined, fallback: Span): Span {
  const r = node?.range;
  return r ? { start: r[0], end: Math.max(r[1], r[0] + 1) } : fallback;
}

/** Parses and validates a rule pack; each problem carries its offsets in the YAML text. Valid rules still load. */
export function parseRulePack(yamlText: string, options: PackOptions): RulePack {
  const problems: PackProblem[] = [];
  const rules: PackRule[] = [];
  const whole = { start: 0, end: Math.max(1, Math.min(yamlText.length, yamlText.indexOf('\n') === -1 ? yamlText.length : yamlText.indexOf('\n'))) };
  const doc = parseDocument(yamlText, { prettyErrors: false });
  for (const e of doc.errors) problems.push({ start: e.pos[0], end: Math.max(e.pos[1], e.pos[0] + 1), message: e.message.split('\n')[0], severity: 'error' });
  if (doc.errors.length) return { rules, problems };
  const root = doc.contents;
  if (root === null || root === undefined) return { rules, problems };
  const list = isMap(root) ? root.get('rules', true) : undefined;
  if (!isMap(root) || !isSeq(list)) {
    problems.push({ ...rangeOf(root as YamlNode, whole), message: 'A rule pack is a mapping with a `rules:` list.', severity: 'error' });
    return { rules, problems };
  }
  const seen = new Set<string>();
  for (const item of list.items) {
    const itemRange = rangeOf(item as YamlNode, whole);
    if (!isMap(item)) {
      problems.push({ ...itemRange, message: 'Each rule is a mapping (id, kind, message, …).', severity: 'error' });
      continue;
    }
    const map = item as YAMLMap;
    const err = (key: string, message: string, severity: 'error' | 'warning' = 'error'): void => {
      const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
      problems.push({ ...rangeOf((pair?.value ?? pair?.key ?? map) as YamlNode, itemRange), message, severity });
    };
    for (const p of map.items) if (isScalar(p.key) && !KNOWN_KEYS.has(String(p.key.value))) err(String(p.key.value), `Unknown key \`${String(p.key.value)}\` (expected one of ${[...KNOWN_KEYS].join(', ')}).`, 'warning');
    const id = map.get('id');
    const kind = map.get('kind');
    const message = map.get('message');
    const severity = map.get('severity') ?? 'information';
    const scope = map.get('scope') ?? 'body';
    const ignorecase = map.get('ignorecase') ?? true;
    let ok = true;
    if (typeof id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(id)) {
      err('id', '`id` is required: lowercase letters, digits and dashes.');
      ok = false;
    } else if (seen.has(id)) {
      err('id', `Duplicate rule id \`${id}\`.`);
      ok = false;
    }
    if (kind !== 'existence' && kind !== 'substitution') {
      err('kind', '`kind` must be `existence` or `substitution`.');
      ok = false;
    }
    if (typeof message !== 'string' || !message.trim()) {
      err('message', '`message` is required.');
      ok = false;
    }
    if (typeof severity !== 'string' || !SEVERITIES.includes(severity)) {
      err('severity', `\`severity\` must be one of ${SEVERITIES.join(', ')}.`);
      ok = false;
    }
    if (scope !== 'all' && scope !== 'headline' && scope !== 'body') {
      err('scope', '`scope` must be `all`, `headline` or `body`.');
      ok = false;
    }
    if (typeof ignorecase !== 'boolean') err('ignorecase', '`ignorecase` must be true or false.', 'warning');
    const flags = `gu${ignorecase === false ? '' : 'i'}`;
    const matchers: { re: RegExp; suggestion?: string }[] = [];
    if (kind === 'existence') {
      const tokens = map.get('tokens', true);
      const patterns = map.get('patterns', true);
      if (!isSeq(tokens) && !isSeq(patterns)) {
        err('kind', 'An `existence` rule needs `tokens:` (phrases) or `patterns:` (regular expressions).');
        ok = false;
      }
      if (isSeq(tokens))
        for (const t of tokens.items) {
          if (!isScalar(t) || typeof t.value !== 'string' || !t.value.trim()) problems.push({ ...rangeOf(t as YamlNode, itemRange), message: 'A token is a non-empty string.', severity: 'error' });
          else matchers.push({ re: phrase(t.value, flags) });
        }
      if (isSeq(patterns))
        for (const t of patterns.items) {
          const at = rangeOf(t as YamlNode, itemRange);
          if (!isScalar(t) || typeof t.value !== 'string' || !t.value) {
            problems.push({ ...at, message: 'A pattern is a non-empty string.', severity: 'error' });
            continue;
          }
          const risk = backtrackingRisk(t.value);
          if (risk) {
            problems.push({ ...at, message: `Pattern not used: ${risk}; it could freeze the editor on some lines.`, severity: 'error' });
            continue;
          }
          let re: RegExp;
          try {
            re = new RegExp(t.value, flags);
          } catch (e) {
            problems.push({ ...at, message: `Invalid regular expression: ${(e as Error).message}`, severity: 'error' });
            continue;
          }
          if (re.test('')) {
            problems.push({ ...at, message: 'Pattern matches the empty string.', severity: 'error' });
            continue;
          }
          if (!options.allowPatterns) {
            problems.push({ ...at, message: 'Pattern not used: regular expressions from the workspace run only in a trusted workspace.', severity: 'warning' });
            continue;
          }
          matchers.push({ re });
        }
    } else if (kind === 'substitution') {
      const swap = map.get('swap', true);
      if (!isMap(swap) || swap.items.length === 0) {
        err('kind', 'A `substitution` rule needs `swap:`, a mapping of phrase → suggested wording.');
        ok = false;
      } else
        for (const p of swap.items) {
          if (!isScalar(p.key) || typeof p.key.value !== 'string' || !isScalar(p.value) || typeof p.value.value !== 'string')
            problems.push({ ...rangeOf((p.key ?? swap) as YamlNode, itemRange), message: 'Each swap entry is `phrase: suggestion` (two strings).', severity: 'error' });
          else matchers.push({ re: phrase(p.key.value, flags), suggestion: p.value.value });
        }
    }
    if (!ok || matchers.length === 0) continue;
    seen.add(id as string);
    rules.push({ id: `pack/${id as string}`, kind: kind as PackRule['kind'], message: message as string, severity: severity as Severity, scope: scope as PackRule['scope'], matchers });
  }
  return { rules, problems };
}

/** Findings of a rule pack's rules in one article. */
export function runRulePack(pack: RulePack, text: string, article: Article): Finding[] {
  const out: Finding[] = [];
  const scopes: Record<PackRule['scope'], Span[]> = {
    all: [article],
    headline: [article.headlineSpan],
    body: [{ start: article.bodyStart, end: article.end }],
  };
  for (const rule of pack.rules) {
    for (const span of scopes[rule.scope]) {
      const slice = text.slice(span.start, span.end);
      for (const { re, suggestion } of rule.matchers) {
        re.lastIndex = 0;
        for (let m = re.exec(slice); m; m = re.exec(slice)) {
          if (m[0].length === 0) {
            re.lastIndex++;
            continue;
          }
          let k = 0;
          const message = rule.message.replace(/%s/g, () => (k++ === 0 ? m![0] : suggestion ?? ''));
          out.push({
            rule: rule.id,
            severity: rule.severity,
            start: span.start + m.index,
            end: span.start + m.index + m[0].length,
            message,
            related: [],
            ...(suggestion !== undefined ? { data: { suggestion } } : {}),
          });
        }
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
