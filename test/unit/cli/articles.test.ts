import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli/main';
import { ROOT } from '../../support/labels';

async function run(args: string[], cwd = ROOT): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), cwd });
  return { code, out, err };
}

describe('byline articles', () => {
  it('lists the three seed articles as JSON with ISO dates and UTF-16 ranges', async () => {
    const { code, out } = await run(['articles', '--format', 'json', 'seeds']);
    assert.equal(code, 0);
    const records = JSON.parse(out);
    assert.equal(records.length, 3);
    assert.deepEqual(records.map((r: { published: string | null }) => r.published), ['2025-11-18', '2026-01-07', null]);
    assert.equal(records[0].file, join('seeds', '000_997123c907f1ca25.txt'));
    assert.deepEqual(records[2].range.start, { line: 29, character: 0 });
    assert.ok(Array.isArray(records[0].topics));
  });

  it('reports bad input on stderr, processes the rest, exits 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'byline-cli-'));
    writeFileSync(join(dir, 'good.txt'), 'A headline\r\n\r\nBody text without final newline');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x41, 0x00, 0x42]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    writeFileSync(join(dir, 'empty.txt'), '');
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'x.news'), 'Nested headline\n\nText.\n');
    const { code, out, err } = await run(['articles', '--format', 'json', '.', 'missing.txt'], dir);
    assert.equal(code, 2);
    const records = JSON.parse(out);
    assert.deepEqual(records.map((r: { headline: string }) => r.headline).sort(), ['A headline', 'Nested headline']);
    assert.match(err, /binary\.txt: binary file/);
    assert.match(err, /latin1\.txt: not valid UTF-8/);
    assert.match(err, /missing\.txt: no such file or directory/);
    assert.equal(err.trim().split('\n').length, 3);
  });

  it('handles a 5 MB file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'byline-cli-'));
    const para = 'The minister said on Tuesday that 12 people were killed. '.repeat(20) + '\n\n';
    writeFileSync(join(dir, 'big.txt'), 'Big headline\n\n' + para.repeat(Math.ceil(5_000_000 / para.length)));
    const { code, out } = await run(['articles', 'big.txt'], dir);
    assert.equal(code, 0);
    assert.match(out, /big\.txt:1: -{10} {2}Big headline/);
  });

  it('prints usage errors with exit code 2 and help with 0', async () => {
    assert.equal((await run(['articles'])).code, 2);
    assert.equal((await run(['articles', '--format', 'xml', 'seeds'])).code, 2);
    assert.equal((await run(['nope'])).code, 2);
    const help = await run(['articles', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.out, /Usage: byline articles/);
  });
});
