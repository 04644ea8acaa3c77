import * as assert from 'node:assert/strict';
import { parseRulePack, runRulePack } from '../../../src/core/claims/packs';
import { backtrackingRisk } from '../../../src/core/claims/regexSafety';
import { segmentArticles } from '../../../src/core/articles/segment';
import { LineIndex } from '../../../src/core/text/lineIndex';
import { page } from './helpers';

const PACK = `rules:
  - id: weasel
    kind: existence
    message: "Weasel wording: %s"
    severity: warning
    tokens: [reportedly, "it is claimed"]
  - id: loaded
    kind: substitution
    message: "Consider '%s' → '%s'"
    swap:
      slammed: criticised
      regime: government
  - id: rx
    kind: existence
    message: "Anonymous: %s"
    patterns: ['sources? close to \\w+']
`;

describe('claims: rule packs', () => {
  it('runs existence and substitution rules with messages and suggestions', () => {
    const pack = parseRulePack(PACK, { allowPatterns: true });
    assert.deepEqual(pack.problems, []);
    const text = page(['The minister reportedly slammed the regime, sources close to him said.']);
    const found = runRulePack(pack, text, segmentArticles(text)[0]).map((f) => `${f.rule}:${text.slice(f.start, f.end)}`);
    assert.deepEqual(found, ['pack/weasel:reportedly', 'pack/loaded:slammed', 'pack/loaded:regime', 'pack/rx:sources close to him']);
    const slammed = runRulePack(pack, text, segmentArticles(text)[0]).find((f) => f.rule === 'pack/loaded');
    assert.equal(slammed?.message, "Consider 'slammed' → 'criticised'");
  });
  it('does not run workspace patterns in an untrusted workspace, and says so', () => {
    const pack = parseRulePack(PACK, { allowPatterns: false });
    assert.ok(!pack.rules.some((r) => r.id === 'pack/rx'));
    assert.equal(pack.problems.length, 1);
    assert.match(pack.problems[0].message, /trusted workspace/);
  });
  it('reports problems at their line and column, and keeps the valid rules', () => {
    const bad = `rules:
  - id: ok
    kind: existence
    message: fine
    tokens: [allegedly]
  - id: Bad Id
    kind: existence
    message: x
    tokens: [y]
  - id: slow
    kind: existence
    message: slow
    patterns: ['(a+)+$']
  - id: nokind
    message: x
`;
    const pack = parseRulePack(bad, { allowPatterns: true });
    assert.deepEqual(pack.rules.map((r) => r.id), ['pack/ok']);
    const lines = new LineIndex(bad);
    const where = pack.problems.map((p) => `${lines.positionAt(p.start).line + 1}: ${p.message.slice(0, 30)}`);
    assert.ok(where.some((w) => w.startsWith('6: `id` is required')), where.join('\n'));
    assert.ok(where.some((w) => w.startsWith('13: Pattern not used: a repeat')), where.join('\n'));
    assert.ok(where.some((w) => /^1[45]: `kind` must be/.test(w)), where.join('\n'));
  });
  it('reports YAML syntax errors with a position', () => {
    const pack = parseRulePack('rules:\n  - id: [unclosed\n', { allowPatterns: true });
    assert.equal(pack.rules.length, 0);
    assert.ok(pack.problems.length > 0 && pack.problems[0].start > 0);
  });
});

describe('claims: regex backtracking check', () => {
  it('rejects nested quantifiers and overlapping repeated alternatives', () => {
    for (const p of ['(a+)+', '(\\w*)*x', '(a|aa)+', '(a|)+', '((ab)*c)+', '(.*a){3,}']) assert.ok(backtrackingRisk(p), p);
  });
  it('accepts ordinary patterns', () => {
    for (const p of ['sources? close to \\w+', '\\b(?:alleged|reported)ly\\b', '[A-Z][a-z]+ said', '(?:foo|bar)+', 'a{2,3}b']) assert.equal(backtrackingRisk(p), undefined, p);
  });
});
