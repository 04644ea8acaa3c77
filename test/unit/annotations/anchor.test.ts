import * as assert from 'node:assert/strict';
import { reattach } from '../../../src/core/annotations/anchor';
import { contentHashOf, targetAt } from '../../../src/core/annotations/model';
import { ARTICLE } from './helpers';

describe('annotations: re-attaching on open', () => {
  const quote = 'killed 12 people';
  const at = ARTICLE.indexOf(quote);
  const target = targetAt(ARTICLE, at, at + quote.length);

  it('keeps the stored position when the article is unchanged', () => {
    const r = reattach(ARTICLE, target, { storedHash: contentHashOf(ARTICLE), currentHash: contentHashOf(ARTICLE) });
    assert.deepEqual(r.status === 'attached' && [r.start, r.end, r.how], [at, at + quote.length, 'unchanged']);
  });
  it('finds the quote again after text was inserted above it', () => {
    const edited = 'Updated 5 min ago\r\n' + ARTICLE;
    const r = reattach(edited, target);
    assert.ok(r.status === 'attached');
    assert.equal(edited.slice(r.start, r.end), quote);
  });
  it('survives a CRLF → LF checkout, quote spanning a line break included', () => {
    const q = 'held; critics said it did not.\r\n';
    const t = targetAt(ARTICLE, ARTICLE.indexOf(q), ARTICLE.indexOf(q) + q.length);
    const lf = ARTICLE.replace(/\r\n/g, '\n');
    const r = reattach(lf, t);
    assert.ok(r.status === 'attached');
    assert.equal(lf.slice(r.start, r.end), q.replace('\r\n', '\n'));
    // And back: LF target into a CRLF text lands on the whole \r\n.
    const t2 = targetAt(lf, lf.indexOf('did not.\n'), lf.indexOf('did not.\n') + 9);
    const r2 = reattach(ARTICLE, t2);
    assert.ok(r2.status === 'attached');
    assert.equal(ARTICLE.slice(r2.start, r2.end), 'did not.\r\n');
  });
  it('tells a repeated headline from its twin by context, after edits', () => {
    const h = 'Minister says 😀 floods were "unprecedented"';
    const second = ARTICLE.indexOf(h, 1);
    const t = targetAt(ARTICLE, second, second + h.length);
    const edited = ARTICLE.replace('CAPITAL:', 'THE CAPITAL, Nov 3:');
    const r = reattach(edited, t);
    assert.ok(r.status === 'attached');
    assert.equal(r.start, edited.indexOf(h, 1));
  });
  it('orphans an annotation whose quote was rewritten, rather than guessing', () => {
    const r = reattach(ARTICLE.replace('killed 12 people', 'killed 14 people'), target);
    assert.deepEqual(r.status === 'orphan' && r.reason, 'quote-missing');
  });
  it('orphans a short quote whose surroundings are all gone, even when the word occurs elsewhere', () => {
    const w = 'said';
    const first = ARTICLE.indexOf(w);
    const t = targetAt(ARTICLE, first, first + w.length);
    const elsewhere = 'Nobody said anything about the weather in the northern provinces, they said.';
    assert.equal(reattach(elsewhere, t).status, 'orphan');
  });
  it('orphans when two pasted copies match equally well', () => {
    const para = 'Officials, citing a report, said the dam held; critics said it did not.';
    const base = 'Intro line.\n\n' + para + '\n\nOutro line.';
    const t = targetAt(base, base.indexOf('the dam held'), base.indexOf('the dam held') + 12);
    const copies = 'Other intro.\n\n' + para + '\n\nMiddle.\n\n' + para + '\n\nEnd.';
    const r = reattach(copies, t);
    assert.equal(r.status, 'orphan');
  });
});
