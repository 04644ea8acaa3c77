import * as assert from 'node:assert/strict';
import { CUE_ACCORDING, CUE_AGE, CUE_CAPACITY, CUE_DEATH, CUE_IMPERSONAL, CUE_MODAL, CUE_NOUN, CUE_PART_OF_WHOLE, CUE_VAGUE_DATA, cueBits } from '../../../src/core/claims/cues';
import { buildContext, type RuleContext } from '../../../src/core/claims/context';
import { speculativeClaim } from '../../../src/core/claims/rules/speculativeClaim';
import { implausibleQuantity } from '../../../src/core/claims/rules/implausibleQuantity';
import { numericContradiction } from '../../../src/core/claims/rules/numericContradiction';
import { vagueAttribution } from '../../../src/core/claims/rules/vagueAttribution';
import { segmentArticles } from '../../../src/core/articles/segment';
import { KnowledgeBase } from '../../../src/core/kb/knowledgeBase';
import { loadLabelled } from '../../support/labels';
import { editDistance, isVariantFolded } from '../../../src/core/claims/names';
import { hasWords, isSpaceCode, wordCount } from '../../../src/core/claims/text';
import { seededRandom } from '../../../src/core/text/random';

// The cue patterns: what the rules' patterns cannot match without, at the start of a word.
const PATTERNS: readonly [number, RegExp][] = [
  [CUE_NOUN, /\b(?:source|expert|analyst|official|observer|critic|insider|diplomat|economist|commentator|scientist|researcher|people)/i],
  [CUE_IMPERSONAL, /\bit(?:\s+is|\s+was|'s)\s|\bunderstood/i],
  [CUE_VAGUE_DATA, /\bper\s|\baccording|\bofficial|\bgovernment/i],
  [CUE_ACCORDING, /\baccording|\bciting/i],
  [CUE_MODAL, /\b(?:will|could|promis|(?:is|are)\s+(?:set|going|certain|bound)\s+to)/i],
  [CUE_DEATH, /\bdeath/i],
  [CUE_PART_OF_WHOLE, /\bof\s+(?:the|its|their|all|a\s+total\s+of)\s+\d/i],
  [CUE_AGE, /\b-year-old|\baged\s+\d/i],
  [CUE_CAPACITY, /\bcapacity|\bseat/i],
];

const expected = (t: string): number => PATTERNS.reduce((bits, [bit, re]) => (re.test(t) ? bits | bit : bits), 0);

describe('claim cues', () => {
  it('agree with the cue patterns on edge cases', () => {
    const cases = [
      '', 'it', 'it is', 'it is ', 'It Is understood', "it's ", "it's", "IT'S\tsaid", 'bit is ', 'it\u00a0was\u2003', 'it  was x', 'it\nis\n',
      'per', 'per ', 'paper ', 'Per\u3000cent', '_per ', '9per ', 'super cent', 'PEOPLE', 'peoplexpert', 'sourcesources',
      'will', 'Will', 'twill', 'could', 'Coulda', 'promise', 'compromise', 'is set to', 'is  set\tto', 'IS SET TO', 'are going to', 'are going  ', 'is bound', 'are certain to',
      'this set to', 'isset to', 'is setto', 'According', 'citing', 'exciting', 'officials', 'Government', 'underSTOOD', 'ſource', 'K', 'ıt is ', 'it\u200bis ',
      'Analysts say', 'economists', 'DIPLOMAT', 'observer', 'insiders', 'critics', 'commentators', 'researchers', 'scientists', 'experts',
      'death', 'Deaths', 'undeath', 'of the 5', 'OF  A TOTAL\tOF 9', 'of all x', 'roof the 5', '5-year-old', 'a -year-old', 'x-year-old', '-year-old',
      'aged 3', 'aged x', 'caged 3', 'AGED\u00a09', 'seat', 'Seats', 'unseat', '5-seat', 'capacity', 'CAPACITY', 'incapacity', '5-capacity',
    ];
    for (const t of cases) assert.equal(cueBits(t), expected(t), JSON.stringify(t));
  });

  it('agree with the cue patterns on random text built from their pieces', () => {
    const pieces = ['it', 'is', 'was', "'s", 's', 'per', 'are', 'set', 'going', 'certain', 'bound', 'to', 'will', 'could', 'promis', 'people', 'source', 'official', 'according', 'citing', 'understood', 'government', 'critic', 'e', 'x', '_', '1', ' ', '  ', '\t', '\n', '\u00a0', '\u2009', '.', ',', "'", '-', 'I', 'T', 'S', 'P', 'W',
      'death', 'of', 'the', 'its', 'their', 'all', 'a', 'total', 'year', '-year-old', 'old', 'aged', '7', 'seat', 'capacity'];
    const next = seededRandom(42);
    for (let n = 0; n < 5000; n++) {
      let t = '';
      const len = 1 + Math.floor(next() * 8);
      for (let k = 0; k < len; k++) {
        let p = pieces[Math.floor(next() * pieces.length)];
        if (next() < 0.2) p = p.toUpperCase();
        t += p;
      }
      assert.equal(cueBits(t), expected(t), JSON.stringify(t));
    }
  });

  it('agree with the cue patterns on random text holding every cue word, overlapping ones and near misses', () => {
    const pieces = ['source', 'expert', 'analyst', 'official', 'observer', 'critic', 'insider', 'diplomat', 'economist', 'commentator', 'scientist', 'researcher', 'people',
      'understood', 'according', 'government', 'citing', 'could', 'will', 'promis', 'it', 'is', 'are', 'was', "'s", 'per', 'set', 'going', 'to', 'sourc', 'expe', 'scien', 'ex', 'ci',
      'a', 'o', 'c', 'e', 's', ' ', '  ', '\t', '\n', '.', '_', '9'];
    const next = seededRandom(7);
    for (let n = 0; n < 5000; n++) {
      let t = '';
      const len = 1 + Math.floor(next() * 10);
      for (let k = 0; k < len; k++) {
        let p = pieces[Math.floor(next() * pieces.length)];
        if (next() < 0.2) p = p.toUpperCase();
        t += p;
      }
      assert.equal(cueBits(t), expected(t), JSON.stringify(t));
    }
  });
});

describe('claim cues and the rules they gate', () => {
  // The rules' findings with the cues as computed, and with every cue said present (no gating).
  const kb = new KnowledgeBase();
  const ungated = (rc: RuleContext): RuleContext => ({ ...rc, cues: () => 0xffff, blockCues: () => 0xffff });
  const check = (text: string): void => {
    for (const article of segmentArticles(text)) {
      const rc = buildContext(text, article, [], kb);
      for (const rule of [vagueAttribution, speculativeClaim, implausibleQuantity, numericContradiction]) assert.deepEqual(rule.check(rc), rule.check(ungated(rc)), `${rule.id}: ${JSON.stringify(text.slice(0, 200))}`);
    }
  };
  it('gate no finding on the labelled articles', () => {
    for (const f of loadLabelled()) check(f.text);
  });
  it('gate no finding on random text built from the patterns\' words', () => {
    const pieces = ['it', 'is', 'was', "it's", 'per', 'are', 'set to', 'going to', 'will', 'could', 'promised', 'promise to', 'cut', 'cost', '40%', '£5m', 'by 2030', 'people familiar with the matter',
      'sources', 'officials', 'according to', 'citing', 'understood', 'government figures show', 'analyst estimates', 'experts', 'said', 'say', 'unnamed', 'senior', 'some',
      'x', 'resources', 'unofficial', 'exciting', 'compromise', ' ', '  ', '\n', '. ', ', ', 'The', 'A',
      'the death toll rose to', 'death toll of', '14', '17', '1,200', 'people were killed', 'the 17 victims', '351 of the 336', '12 out of its 10', 'members',
      'aged', '130', '5-year-old', 'minister', 'x-year-old', 'of all 9', 'a 34,000-capacity stadium', 'seater', 'capacity of 2,000', 'a crowd of 90,000', '3,000 fans packed',
      '5,000-seat', 'crowd of', '12,000', '\n\n', '\nChrome: '];
    const next = seededRandom(5);
    for (let n = 0; n < 1500; n++) {
      const words: string[] = [];
      const len = 4 + Math.floor(next() * 20);
      for (let k = 0; k < len; k++) {
        let p = pieces[Math.floor(next() * pieces.length)];
        if (next() < 0.1) p = p[0].toUpperCase() + p.slice(1);
        words.push(p);
      }
      check(`A headline\n\n${words.join(' ')}\n`);
    }
  });
});

describe('claim text helpers', () => {
  it('hasWords agrees with wordCount', () => {
    for (const t of ['', 'one', 'one two three four', 'one two three four five', "l'été — 12,5 km’s well-known x", '“A b c d e f”']) {
      for (let n = 0; n <= 7; n++) assert.equal(hasWords(t, n), wordCount(t) >= n, `${t} ${n}`);
    }
  });

  it('editDistance is the optimal string alignment distance, capped above max', () => {
    const osa = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
      for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++) {
          d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      return d[a.length][b.length];
    };
    const next = seededRandom(7);
    for (let n = 0; n < 3000; n++) {
      const word = (): string => Array.from({ length: Math.floor(next() * 12) }, () => 'abcde'[Math.floor(next() * 5)]).join('');
      const a = word();
      const b = word();
      for (const max of [1, 2, 3]) {
        const want = osa(a, b);
        assert.equal(editDistance(a, b, max) <= max ? editDistance(a, b, max) : max + 1, want <= max ? want : max + 1, `${a} ${b} ${max}`);
      }
    }
    assert.equal(editDistance('okonkwo', 'okonkow', 2), 1);
    assert.equal(editDistance('ab', 'ba'), 1);
  });
});

describe('variant spellings', () => {
  it('isVariantFolded agrees with its definition by edit distance', () => {
    // The definition, without the letter-set shortcut.
    const reference = (x: string, y: string): boolean => {
      if (x === y || x[0] !== y[0] || Math.min(x.length, y.length) < 5) return false;
      if (x.startsWith(y) || y.startsWith(x)) return false;
      const limit = Math.min(x.length, y.length) >= 6 ? 2 : 1;
      const dist = editDistance(x, y, limit);
      if (dist > limit) return false;
      if (dist === 2 && Math.min(x.length, y.length) < 8 && x.replace(/[aeiouy]|ij/g, '') !== y.replace(/[aeiouy]|ij/g, '')) return false;
      return true;
    };
    const next = seededRandom(11);
    const word = (): string => 'k' + Array.from({ length: 4 + Math.floor(next() * 6) }, () => 'aeiknorsé-'[Math.floor(next() * 10)]).join('');
    let variants = 0;
    for (let n = 0; n < 20000; n++) {
      const x = word();
      // Half the time, a few random edits of x.
      let y = next() < 0.5 ? word() : x;
      if (y === x) for (let k = Math.floor(next() * 4); k > 0; k--) {
        const at = Math.floor(next() * y.length);
        const c = 'aeiknorsé-'[Math.floor(next() * 10)];
        const op = Math.floor(next() * 4);
        y = op === 0 ? y.slice(0, at) + c + y.slice(at) : op === 1 ? y.slice(0, at) + y.slice(at + 1) : op === 2 ? y.slice(0, at) + c + y.slice(at + 1) : y.slice(0, at) + y.slice(at + 1, at + 2) + y.slice(at, at + 1) + y.slice(at + 2);
      }
      const want = reference(x, y);
      if (want) variants++;
      assert.equal(isVariantFolded(x, y), want, `${x} ${y}`);
    }
    assert.ok(variants > 100);
  });
});

describe('isSpaceCode', () => {
  it('agrees with /\\s/ on every UTF-16 code unit', () => {
    for (let c = 0; c < 0x10000; c++) assert.equal(isSpaceCode(c), /\s/.test(String.fromCharCode(c)), c.toString(16));
  });
});
