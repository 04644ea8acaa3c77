import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { main } from '../../../src/cli/main';
import { FIXTURES, ROOT } from '../../support/labels';

async function run(args: string[], cwd = ROOT): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), cwd });
  return { code, out, err };
}

const SEED = join('seeds', '003_7d26d1fd01c20498.txt');

describe('byline check', () => {
  it('prints file:line:col severity rule message, exit 0 without errors', async () => {
    const { code, out } = await run(['check', SEED]);
    assert.equal(code, 0);
    const lines = out.trim().split('\n');
    assert.ok(lines.some((l) => /^seeds\/003_7d26d1fd01c20498\.txt:\d+:\d+ warning implausible-quantity /.test(l)), out);
    assert.ok(lines.some((l) => /:32:1 information relative-timestamp /.test(l)), out);
  });

  it('JSON: one object per finding with file, rule, severity, message, text and a 0-based UTF-16 range', async () => {
    const { out } = await run(['check', '--format', 'json', SEED]);
    const records = JSON.parse(out);
    const q = records.find((r: { rule: string }) => r.rule === 'implausible-quantity');
    assert.deepEqual(Object.keys(q).slice(0, 6), ['file', 'rule', 'severity', 'message', 'text', 'range']);
    assert.equal(q.text, 'over three years');
    assert.deepEqual(q.range.start, { line: 26, character: 52 });
  });

  it('SARIF 2.1.0 with rules, help URIs, levels, regions and fingerprints', async () => {
    const { out } = await run(['check', '--format', 'sarif', SEED]);
    const sarif = JSON.parse(out);
    assert.equal(sarif.version, '2.1.0');
    const runRec = sarif.runs[0];
    assert.equal(runRec.columnKind, 'utf16CodeUnits');
    assert.equal(runRec.tool.driver.rules.length >= 9, true);
    for (const r of runRec.tool.driver.rules) assert.match(r.helpUri, /^file:\/\//);
    const res = runRec.results.find((r: { ruleId: string }) => r.ruleId === 'date-inconsistency');
    assert.equal(res.level, 'warning');
    assert.equal(runRec.tool.driver.rules[res.ruleIndex].id, 'date-inconsistency');
    assert.deepEqual(
      { line: res.locations[0].physicalLocation.region.startLine, col: res.locations[0].physicalLocation.region.startColumn },
      { line: 3, col: 212 },
    );
    assert.match(res.partialFingerprints['bylineFinding/v1'], /^[0-9a-f]{8}:1$/);
  });

  it('runs a rule pack; an error-severity finding exits 1', async () => {
    const dir = join(FIXTURES, 'claims');
    const { code, out } = await run(['check', '--rules', join(dir, 'rules.yaml'), '--format', 'json', SEED]);
    const records = JSON.parse(out) as { rule: string; text: string }[];
    assert.ok(records.some((r) => r.rule === 'pack/escalation' && /^militan/.test(r.text)), out.slice(0, 400));
    assert.equal(code, 1);
  });

  it('reports rule-pack errors at line:col and exits 2', async () => {
    const { code, err } = await run(['check', '--rules', join(FIXTURES, 'claims', 'bad-rules.yaml'), SEED]);
    assert.equal(code, 2);
    assert.match(err, /bad-rules\.yaml:9:\d+: error: Pattern not used/);
    assert.match(err, /bad-rules\.yaml:10:\d+: error: `id` is required/);
  });

  it('flags a name spelled differently in another file of the corpus', async () => {
    const dir = join(FIXTURES, 'claims');
    const { out } = await run(['check', '--format', 'json', join(dir, 'renamed-a.txt'), join(dir, 'renamed-b.txt')]);
    const records = JSON.parse(out) as { file: string; rule: string; text: string; related?: { file: string }[] }[];
    const hit = records.find((r) => r.rule === 'name-inconsistency');
    assert.ok(hit, out);
    assert.equal(hit!.text, 'Ingrid Halvorssen');
    assert.ok(hit!.related?.[0].file.endsWith('renamed-a.txt'));
  });

  it('exits 2 on usage errors', async () => {
    assert.equal((await run(['check'])).code, 2);
    assert.equal((await run(['check', '--format', 'xml', SEED])).code, 2);
  });
});
