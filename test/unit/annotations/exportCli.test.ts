import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportCommand } from '../../../src/cli/commands/export';
import { importW3c } from '../../../src/core/annotations/export/w3c';
import { saveSidecar, sidecarPathFor } from '../../../src/core/annotations/nodeFs';
import { ARTICLE, annotationOn } from './helpers';

describe('annotations: byline export', () => {
  let root: string;
  const run = async (...argv: string[]) => {
    let out = '';
    let err = '';
    const code = await exportCommand.run(argv, { cwd: join(root, 'news'), stdout: (s) => (out += s), stderr: (s) => (err += s) });
    return { code, out, err };
  };
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'byline-export-'));
    mkdirSync(join(root, 'news'));
    writeFileSync(join(root, 'news', 'floods.txt'), ARTICLE);
    writeFileSync(join(root, 'news', 'other.txt'), 'Nothing annotated here.');
    const verdict = annotationOn(ARTICLE, 'killed 12 people', 'verdict', 'false');
    saveSidecar(sidecarPathFor(root, join(root, 'news', 'floods.txt')), [verdict, annotationOn(ARTICLE, 'critics', 'tag', 'x')]);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('finds sidecars by walking up to .byline/ and re-anchors after the article changed', async () => {
    writeFileSync(join(root, 'news', 'floods.txt'), 'Updated an hour ago.\r\n' + ARTICLE);
    const r = await run('--format', 'w3c', '.');
    assert.equal(r.code, 0, r.err);
    const got = importW3c(JSON.parse(r.out)).get('news/floods.txt')!;
    assert.equal(got.length, 2);
    const text = readFileSync(join(root, 'news', 'floods.txt'), 'utf8');
    for (const a of got) assert.equal(text.slice(a.target.start, a.target.end), a.target.exact);
  });

  it('writes each format, brat per article into --out DIR', async () => {
    assert.match((await run('--format', 'csv', 'floods.txt')).out, /^id,article,kind/);
    assert.match((await run('--format', 'claimreview', 'floods.txt')).out, /"ClaimReview"/);
    const r = await run('--format', 'brat', '--out', join(root, 'ann', 'floods.ann'), 'floods.txt');
    assert.equal(r.code, 0);
    assert.match(readFileSync(join(root, 'ann', 'floods.ann'), 'utf8'), /^T2\tTag \d+ \d+\tcritics$/m);
  });

  it('reports a corrupt sidecar at its line and exits 2', async () => {
    const sc = sidecarPathFor(root, join(root, 'news', 'floods.txt'));
    writeFileSync(sc, readFileSync(sc, 'utf8').replace('kind: tag', 'kind: [tag'));
    const r = await run('--format', 'csv', 'floods.txt');
    assert.equal(r.code, 2);
    assert.match(r.err, /floods\.txt\.yaml:\d+:\d+:/);
  });

  it('rejects an unknown format', async () => {
    await assert.rejects(run('--format', 'xml', 'floods.txt'), /--format must be one of/);
  });
});
