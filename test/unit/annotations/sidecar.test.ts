import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { articlePathFor, findWorkspaceRoot, loadSidecar, saveSidecar, SidecarCorruptError, sidecarPathFor, writeFileAtomic } from '../../../src/core/annotations/nodeFs';
import { parseSidecar, serializeSidecar } from '../../../src/core/annotations/sidecar';
import { ARTICLE, annotationOn } from './helpers';

const all = () => [
  annotationOn(ARTICLE, 'killed 12 people', 'verdict', 'misleading', { comment: 'Ministry says 9: "see report"\nline two', contentHash: 'sha256:ab' }),
  annotationOn(ARTICLE, 'Minister', 'actor-link', 'mohsin-naqvi', { label: 'Mohsin Naqvi', wikidata: 'Q7895134' }),
  annotationOn(ARTICLE, '😀 floods', 'note', 'Why an emoji in a headline?', { resolved: true, replies: [{ id: 'r1', author: 'Bo', created: '2026-11-22T08:00:00.000Z', modified: '2026-11-22T08:00:00.000Z', body: '  Scraper artefact.  ' }] }),
  annotationOn(ARTICLE, 'critics said', 'tag', '42'),
  annotationOn(ARTICLE, 'citing a report', 'triage', 'needs-source', { rule: 'vague-attribution' }),
];

describe('annotations: sidecar YAML', () => {
  it('round-trips every field, odd strings included (numbers, quotes, newlines, edge spaces, emoji, CRLF)', () => {
    const text = serializeSidecar(all(), 'news/floods.txt');
    const back = parseSidecar(text);
    assert.deepEqual(back.errors, []);
    assert.equal(back.article, 'news/floods.txt');
    const byId = (xs: { id: string }[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
    assert.deepEqual(byId(back.annotations), byId(all()));
  });

  it('writes entries sorted by position, one block each, keys in a fixed order, no line wrapping', () => {
    const text = serializeSidecar([...all()].reverse());
    const starts = (parse(text).annotations as { target: { start: number } }[]).map((a) => a.target.start);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
    assert.equal(text, serializeSidecar(all()), 'input order does not matter');
    const long = annotationOn(ARTICLE, 'The minister said on Monday that 𝔘nusual rains, "the worst in 100 years", killed 12 people.', 'note', 'x '.repeat(200));
    assert.ok(serializeSidecar([long]).split('\n').some((l) => l.length > 300), 'long values stay on one line');
    const block = text.split('\n\n')[1];
    const keys = block.split('\n').filter((l) => /^ {2}[- ] \w+:/.test(l)).map((l) => l.trim().replace(/^- /, '').split(':')[0]);
    assert.deepEqual(keys.slice(0, 5), ['id', 'kind', 'author', 'created', 'modified']);
  });

  it('lets two readers add annotations in different places and merge in git without conflict', () => {
    const dir = mkdtempSync(join(tmpdir(), 'byline-merge-'));
    try {
      const [v, a, n, t, tr] = all();
      // Sorted by position: a < n < v < tr < t. Each side adds in a different gap.
      const base = serializeSidecar([a, v, t]);
      const ours = serializeSidecar([a, n, v, t]);
      const theirs = serializeSidecar([a, v, tr, t]);
      for (const [f, s] of [['base', base], ['ours', ours], ['theirs', theirs]] as const) writeFileSync(join(dir, f), s);
      execFileSync('git', ['merge-file', join(dir, 'ours'), join(dir, 'base'), join(dir, 'theirs')]); // Throws on conflict.
      const merged = parseSidecar(readFileSync(join(dir, 'ours'), 'utf8'));
      assert.deepEqual(merged.errors, []);
      assert.deepEqual(merged.annotations.map((x) => x.id).sort(), [a, n, t, v, tr].map((x) => x.id).sort());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports syntax errors at their line and column', () => {
    const good = serializeSidecar(all()).split('\n');
    const line = good.findIndex((l) => l.includes('kind: tag'));
    good[line] = good[line].replace('kind: tag', 'kind: [tag');
    const r = parseSidecar(good.join('\n'));
    assert.ok(r.errors.length > 0);
    assert.ok(r.errors[0].line >= line + 1, `error at line ${r.errors[0].line}, broken line ${line + 1}`);
  });

  it('reports shape errors at the offending entry, keeping the valid ones', () => {
    const text = serializeSidecar(all()).replace('kind: tag', 'kind: tagg');
    const r = parseSidecar(text);
    assert.equal(r.annotations.length, all().length - 1);
    const line = text.split('\n').findIndex((l) => l.includes('kind: tagg')) + 1;
    assert.deepEqual([r.errors[0].line, r.errors[0].column], [line, text.split('\n')[line - 1].indexOf('tagg') + 1]);
    assert.match(r.errors[0].message, /unknown kind tagg/);
    const bad = serializeSidecar(all()).replace(/end: (\d+)/, (_m, n) => `end: ${Number(n) + 1}`);
    assert.match(parseSidecar(bad).errors[0].message, /UTF-16 units but its quote has/);
  });
});

describe('annotations: sidecar files', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'byline-sidecar-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('maps articles to sidecars and back, and finds the folder holding .byline/', () => {
    writeFileSync(join(dir, 'x'), '');
    const sc = sidecarPathFor(dir, join(dir, 'news', 'a.txt'));
    assert.equal(sc, join(dir, '.byline', 'annotations', 'news', 'a.txt.yaml'));
    assert.equal(articlePathFor(dir, sc), join(dir, 'news', 'a.txt'));
    saveSidecar(sc, all());
    assert.equal(findWorkspaceRoot(join(dir, 'news', 'a.txt')), dir);
  });

  it('writes atomically: no temporary file is left, and a failed write leaves the old file whole', () => {
    const p = join(dir, 'a.yaml');
    writeFileAtomic(p, 'one');
    writeFileAtomic(p, 'two');
    assert.equal(readFileSync(p, 'utf8'), 'two');
    assert.deepEqual(readdirSync(dir), ['a.yaml']);
    // Renaming onto a directory fails: the temporary file is removed and nothing else changes.
    const d = join(dir, 'taken');
    writeFileAtomic(join(d, 'inner'), 'x');
    assert.throws(() => writeFileAtomic(d, 'clobber'));
    assert.deepEqual(readdirSync(dir).sort(), ['a.yaml', 'taken']);
    assert.equal(readFileSync(join(d, 'inner'), 'utf8'), 'x');
  });

  it('skips the write when nothing changed', () => {
    const p = join(dir, 'a.yaml');
    assert.equal(saveSidecar(p, all()), true);
    assert.equal(saveSidecar(p, [...all()].reverse()), false);
  });

  it('never overwrites a corrupt sidecar: keeps a backup and reports the line', () => {
    const p = join(dir, 'a.yaml');
    saveSidecar(p, all());
    const broken = readFileSync(p, 'utf8').replace('kind: note', 'kind: note\n  kind: tag');
    writeFileSync(p, broken);
    const loaded = loadSidecar(p);
    assert.ok(loaded.errors.length > 0);
    assert.ok(loaded.backupPath && existsSync(loaded.backupPath));
    assert.equal(readFileSync(loaded.backupPath!, 'utf8'), broken);
    assert.throws(() => saveSidecar(p, all().slice(0, 1)), (e: unknown) => e instanceof SidecarCorruptError && /:\d+:\d+:/.test(e.message));
    assert.equal(readFileSync(p, 'utf8'), broken, 'the broken file is untouched');
    loadSidecar(p);
    assert.equal(readdirSync(dir).filter((f) => f.endsWith('.bak')).length, 1, 'reloading does not pile up backups');
  });

  it('reads a missing sidecar as empty', () => {
    const r = loadSidecar(join(dir, 'none.yaml'));
    assert.deepEqual([r.annotations, r.errors, r.exists], [[], [], false]);
  });
});
