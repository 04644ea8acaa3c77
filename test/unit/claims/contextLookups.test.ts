import * as assert from 'node:assert/strict';
import { buildContext, type ContextBlock } from '../../../src/core/claims/context';
import { hasLowerCaseWord } from '../../../src/core/claims/names';
import { segmentArticles } from '../../../src/core/articles/segment';
import { KnowledgeBase } from '../../../src/core/kb/knowledgeBase';
import type { Article, Block } from '../../../src/core/types';
import { loadLabelled } from '../../support/labels';
import { seededRandom } from '../../../src/core/text/random';

describe('RuleContext.locate', () => {
  const kb = new KnowledgeBase();
  // The plain definition: the first block (in order) holding the offset, and its first sentence holding it.
  const reference = (blocks: readonly ContextBlock[], offset: number) => {
    for (const block of blocks) {
      if (block.start > offset) return undefined;
      if (offset >= block.end) continue;
      for (let index = 0; index < block.sentences.length; index++) {
        const s = block.sentences[index];
        if (s.start <= offset && offset < s.end) return { block, sentence: s, index };
      }
      return undefined;
    }
    return undefined;
  };
  const checkAll = (text: string, article: Article): void => {
    const rc = buildContext(text, article, [], kb);
    // Twice: the second pass answers from what the first located.
    const same = (a: ReturnType<typeof reference>, b: ReturnType<typeof reference>): boolean =>
      a === b || (a !== undefined && b !== undefined && a.block === b.block && a.sentence === b.sentence && a.index === b.index);
    for (let pass = 0; pass < 2; pass++)
      for (let offset = article.start - 2; offset <= article.end + 2; offset++) assert.ok(same(rc.locate(offset), reference(rc.blocks, offset)), `offset ${offset}`);
  };

  it('finds what a scan of every block and sentence finds, on the labelled articles', () => {
    for (const f of loadLabelled()) for (const article of segmentArticles(f.text)) checkAll(f.text, article);
  });

  it('finds what a scan finds with overlapping blocks', () => {
    const text = 'Headline\nBy Jane Doe. Sky News\nA caption. Two.\nFirst paragraph. Second one! Third?\nChrome';
    const base = segmentArticles(text)[0];
    // The spans of pieces of the text, found by their words.
    const span = (from: string, to: string): Block => ({ start: text.indexOf(from), end: text.indexOf(to) + to.length }) as Block;
    const article: Article = {
      ...base, start: 0, end: text.length, headlineSpan: span('Headline', 'Headline'), byline: span('By', 'News'), meta: [span('By', 'News')],
      captions: [span('A caption', 'Two.'), span('By', 'Doe.')], bullets: [], subheadings: [],
      paragraphs: [span('First', 'Third?'), span('A caption', 'caption.')], chrome: [span('Chrome', 'Chrome')],
    };
    checkAll(text, article);
  });
});

describe('hasLowerCaseWord', () => {
  const LOWER_WORD = /(?<![\p{L}])\p{Ll}[\p{L}’'-]*/gu;
  const reference = (text: string, word: string): boolean => new Set(text.match(LOWER_WORD) ?? []).has(word);

  it('agrees with the set of lower-case words on edge cases', () => {
    const texts = [
      '', 'known', 'well-known known', 'well-known', 'A-known', 'x’known', "x'known", 'Known known', 'unknown', 'known’s', "known's", 'knownx', 'known-',
      'a known', '\u00a0known\u2003', 'éknown', 'Éknown known', '𝐀known', '𝐚known', 'known𝐚', 'knownknown', 'k\ud835known', 'kenya kenyan', 'the Kenyan kenyan.',
      '-known', '’known', 'known\nknown-ish', 'KNOWN known', '1known', '_known',
    ];
    const words = ['known', 'kenya', 'kenyan', 'well-known', 'known’s', "known's", 'knownknown', 'x', 'nown', 'k', 'known-'];
    for (const t of texts) for (const w of words) assert.equal(hasLowerCaseWord(t, w), reference(t, w), `${JSON.stringify(t)} ${JSON.stringify(w)}`);
  });

  it('agrees with the set of lower-case words on the labelled articles', () => {
    for (const f of loadLabelled()) {
      const all = new Set(f.text.match(LOWER_WORD) ?? []);
      const capitalised = (f.text.match(/\p{Lu}\p{Ll}[\p{L}’'-]{2,}/gu) ?? []).map((w) => w.toLowerCase());
      for (const w of new Set([...capitalised, ...[...all].slice(0, 200), 'zzzz']))
        assert.equal(hasLowerCaseWord(f.text, w), all.has(w), `${f.file} ${w}`);
    }
  });

  it('agrees with the set of lower-case words on random text', () => {
    const pieces = ['ab', 'abc', 'Ab', 'AB', 'b', 'c', ' ', '  ', '\n', '-', '’', "'", '.', 'é', 'É', '𝐚', '1', '_'];
    const words = ['ab', 'abc', 'b', 'bc', 'ab-ab', 'ab’ab', 'abab', 'c', 'éab', 'ab𝐚'];
    const next = seededRandom(3);
    for (let n = 0; n < 4000; n++) {
      let t = '';
      for (let k = 1 + Math.floor(next() * 12); k > 0; k--) t += pieces[Math.floor(next() * pieces.length)];
      for (const w of words) assert.equal(hasLowerCaseWord(t, w), reference(t, w), `${JSON.stringify(t)} ${w}`);
    }
  });
});
