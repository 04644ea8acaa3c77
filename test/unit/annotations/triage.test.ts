import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { anchorAll } from '../../../src/core/annotations/anchorAll';
import { loadSidecar, saveSidecar, sidecarPathFor } from '../../../src/core/annotations/nodeFs';
import { findDecision, locateQuote, type PlacedTriage } from '../../../src/core/annotations/triage';
import { exportW3c } from '../../../src/core/annotations/export/w3c';
import { parseTriage, serializeTriage } from '../../../src/core/claims/triage';
import { ARTICLE, annotationOn } from './helpers';

/** What a window does on opening an article: read its sidecar from disk and anchor it to the text. */
function reopen(root: string, articlePath: string, text: string): PlacedTriage[] {
  const loaded = loadSidecar(sidecarPathFor(root, articlePath));
  assert.deepEqual(loaded.errors, []);
  return anchorAll(text, loaded.annotations).map(({ annotation, result }) => ({ annotation, ...(result.status === 'attached' ? { span: { start: result.start, end: result.end } } : {}) }));
}

describe('annotations: triage of claim findings', () => {
  let root: string;
  beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'byline-triage-'))));
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('persists a decision in the sidecar; a fresh load sees it, after an edit above it too', () => {
    const article = join(root, 'news', 'floods.txt');
    const fp = annotationOn(ARTICLE, 'killed 12 people', 'triage', 'false-positive', { rule: 'numeric-contradiction', comment: 'same figure, checked' });
    saveSidecar(sidecarPathFor(root, article), [fp], 'news/floods.txt');

    const unchanged = reopen(root, article, ARTICLE);
    assert.deepEqual(findDecision(unchanged, 'numeric-contradiction', 'killed 12 people'), { status: 'false-positive', id: fp.id, note: 'same figure, checked' });

    const edited = 'EDITOR NOTE: updated overnight.\r\n\r\n' + ARTICLE;
    const moved = reopen(root, article, edited);
    const at = edited.indexOf('killed 12 people');
    assert.deepEqual(moved[0].span, { start: at, end: at + 'killed 12 people'.length }, 'the anchor follows the text');
    assert.equal(findDecision(moved, 'numeric-contradiction', 'killed 12 people', { start: at, end: at + 16 })?.status, 'false-positive');
    // Not another rule's finding on the same text, nor another text.
    assert.equal(findDecision(moved, 'unsourced-statistic', 'killed 12 people'), undefined);
    assert.equal(findDecision(moved, 'numeric-contradiction', 'killed 9 people'), undefined);

    // Its passage rewritten: the decision is an orphan and judges nothing.
    const rewritten = ARTICLE.replace('killed 12 people', 'left nine dead');
    assert.equal(findDecision(reopen(root, article, rewritten), 'numeric-contradiction', 'killed 12 people'), undefined);
  });

  it('tells two findings with the same quote apart by span', () => {
    const a = annotationOn(ARTICLE, 'Minister says', 'triage', 'verified', { rule: 'vague-attribution' }, 0);
    const b = annotationOn(ARTICLE, 'Minister says', 'triage', 'needs-source', { rule: 'vague-attribution' }, 1);
    const placed = anchorAll(ARTICLE, [a, b]).map(({ annotation, result }) => ({ annotation, span: result.status === 'attached' ? { start: result.start, end: result.end } : undefined }));
    assert.equal(findDecision(placed, 'vague-attribution', 'Minister says', b.target)?.status, 'needs-source');
    assert.equal(findDecision(placed, 'vague-attribution', 'Minister says', a.target)?.status, 'verified');
  });

  it('exports as a W3C assessing annotation', () => {
    const fp = annotationOn(ARTICLE, 'killed 12 people', 'triage', 'false-positive', { rule: 'numeric-contradiction' });
    const json = JSON.stringify(exportW3c([{ source: 'news/floods.txt', text: ARTICLE, annotations: [fp] }]));
    assert.match(json, /"motivation":"assessing"/);
    assert.match(json, /"value":"false-positive"/);
  });

  it('locates a legacy triage entry by its quote (whitespace-insensitive) for migration', () => {
    const [entry] = parseTriage(serializeTriage([{ file: 'news/floods.txt', rule: 'vague-attribution', text: 'Officials,  citing\na report', status: 'needs-source' }]));
    const span = locateQuote(ARTICLE, entry.text)!;
    assert.equal(ARTICLE.slice(span.start, span.end), 'Officials, citing a report');
    assert.equal(locateQuote(ARTICLE, 'not in the article'), undefined);
    assert.equal(locateQuote(ARTICLE, '  '), undefined);
  });
});
