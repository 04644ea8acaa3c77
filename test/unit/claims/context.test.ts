import * as assert from 'node:assert/strict';
import { buildContext } from '../../../src/core/claims/context';
import { segmentArticles } from '../../../src/core/articles/segment';
import { KnowledgeBase } from '../../../src/core/kb/knowledgeBase';
import type { Article, Block } from '../../../src/core/types';
import { loadLabelled } from '../../support/labels';

describe('buildContext blocks', () => {
  const kb = new KnowledgeBase();
  const block = (start: number, end: number): Block => ({ start, end }) as Block;
  // The blocks as the builtin stable sort orders them: by start, equal starts in the order listed.
  const expectedKinds = (article: Article): string[] => {
    const raw: { kind: string; start: number; end: number }[] = [{ kind: 'headline', ...article.headlineSpan }];
    const lists: [string, readonly Block[]][] = [['meta', article.meta], ['caption', article.captions], ['bullet', article.bullets], ['subheading', article.subheadings],
      ['paragraph', article.paragraphs], ['chrome', article.chrome], ['meta', article.byline ? [article.byline] : []]];
    for (const [kind, list] of lists) for (const s of list) raw.push({ kind, start: s.start, end: s.end });
    raw.sort((a, b) => a.start - b.start);
    return raw.filter((r, i) => i === 0 || !(r.start === raw[i - 1].start && r.end === raw[i - 1].end)).map((r) => `${r.kind} ${r.start}-${r.end}`);
  };
  const kinds = (text: string, article: Article): string[] => buildContext(text, article, [], kb).blocks.map((b) => `${b.kind} ${b.start}-${b.end}`);

  it('orders blocks by start, equal starts in the order their kinds are listed, a span repeated next to itself once', () => {
    const text = 'Headline\nBy Jane Doe\nA caption\nFirst paragraph.\nChrome';
    const base = segmentArticles(text)[0];
    const article: Article = {
      ...base, headlineSpan: block(0, 8), byline: block(9, 20), meta: [block(9, 20)], captions: [block(21, 30), block(9, 15)],
      bullets: [], subheadings: [], paragraphs: [block(31, 47), block(21, 25)], chrome: [block(48, 54)],
    };
    assert.deepEqual(kinds(text, article), expectedKinds(article));
    assert.deepEqual(kinds(text, article), ['headline 0-8', 'meta 9-20', 'caption 9-15', 'meta 9-20', 'caption 21-30', 'paragraph 21-25', 'paragraph 31-47', 'chrome 48-54']);
  });

  it('orders blocks as the stable sort does, on the labelled articles', () => {
    for (const f of loadLabelled()) for (const article of segmentArticles(f.text)) assert.deepEqual(kinds(f.text, article), expectedKinds(article), f.file);
  });
});
