import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { entitiesCommand } from '../../../src/cli/commands/entities';

async function run(argv: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await entitiesCommand.run(argv, { cwd, stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

describe('byline entities (CLI)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'byline-entities-'));
  const article = 'Minister visits port\nUpdated 12 March 2026\n\nNAIROBI: Transport Minister Wanjiru Kamau visited Mombasa on Thursday. Kamau said 300 trucks wait daily.\n';
  writeFileSync(join(dir, 'a.news'), article);

  it('prints one JSON object per mention with file, type, text, 0-based range and actor', async () => {
    writeFileSync(join(dir, 'kb.yaml'), '- { id: wanjiru-kamau, name: Wanjiru Kamau, type: person }\n');
    const { code, out } = await run(['--format', 'json', '--kb', 'kb.yaml', 'a.news'], dir);
    assert.equal(code, 0);
    const records = JSON.parse(out) as { file: string; type: string; text: string; range: { start: { line: number; character: number } }; actor?: string }[];
    const kamau = records.find((r) => r.text === 'Wanjiru Kamau');
    assert.equal(kamau?.type, 'person');
    assert.equal(kamau?.actor, 'wanjiru-kamau');
    assert.deepEqual(kamau?.range.start, { line: 3, character: article.split('\n')[3].indexOf('Wanjiru') });
    assert.equal(records.find((r) => r.text === 'Kamau')?.actor, 'wanjiru-kamau', 'the surname links through its full name');
    assert.ok(records.some((r) => r.type === 'place' && r.text === 'Mombasa'));
    assert.ok(records.some((r) => r.type === 'quantity'));
    assert.ok(records.some((r) => r.type === 'date'));
    assert.ok(records.every((r) => r.file === 'a.news'));
  });

  it('reports knowledge-base problems on stderr with line and column, and still runs', async () => {
    writeFileSync(join(dir, 'bad.yaml'), '- { id: ok, name: Ok, type: place }\n- { id: x, name: X, type: robot }\n');
    const { code, out, err } = await run(['--kb', 'bad.yaml', 'a.news'], dir);
    assert.equal(code, 0);
    assert.match(err, /bad\.yaml:2:\d+: error: Actor type must be one of/);
    assert.match(out, /a\.news:4:\d+: person +Wanjiru Kamau/);
  });

  it('fails with a usage error for a missing knowledge-base file', async () => {
    await assert.rejects(run(['--kb', 'nope.yaml', 'a.news'], dir), /not found/);
  });
});
