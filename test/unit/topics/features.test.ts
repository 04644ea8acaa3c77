import * as assert from 'node:assert/strict';
import { contentTokenIdsInto, contentTokens, stem, TokenIds, tokenTable, WordTable } from '../../../src/core/topics/features';
import { loadLabelled } from '../../support/labels';

// The tokenizer as first written (a regex per word): the hand-written scan must give the same tokens.
function reference(text: string, isStop: (w: string) => boolean): (string | null)[] {
  const WORD = /[\p{L}][\p{L}\p{M}'’-]*/gu;
  const breaks = (t: string, from: number, to: number): boolean => {
    for (let i = from; i < to; i++) if ([10, 33, 34, 40, 41, 44, 46, 58, 59, 63, 0x201c, 0x201d].includes(t.charCodeAt(i))) return true;
    return false;
  };
  const push = (out: (string | null)[], part: string): void => {
    const raw = part.endsWith("'s") || part.endsWith('’s') ? part.slice(0, -2) : part;
    out.push(raw.length < 2 || isStop(raw) ? null : stem(raw));
  };
  const out: (string | null)[] = [];
  const lower = text.toLowerCase();
  let lastEnd = 0;
  for (let m = WORD.exec(lower); m; m = WORD.exec(lower)) {
    if (breaks(lower, lastEnd, m.index)) out.push(null);
    lastEnd = m.index + m[0].length;
    if (!m[0].includes('-')) push(out, m[0]);
    else for (const part of m[0].split('-')) if (part) push(out, part);
  }
  return out;
}

// A word is a stopword when contentTokens drops it on its own (the stopword list is private).
const isStop = (w: string): boolean => contentTokens(w)[0] === null && w.length >= 2 && !/['’-]/.test(w);

describe('topic features', () => {
  it('contentTokens agrees with the regex tokenizer on edge cases', () => {
    const cases = [
      '', 'a', 'The Bank\'s rates', 'banks’ rates', "it's it’s", 'well-known --x- a--b', 'Éclair façade naïve Ärzte İstanbul ΟΔΟΣ.Α',
      'e\u0301cole', '𝐀𝐁 x', 'x\ud800y', 'news ics bus is ss', 'ponies, companies; pies', '"Quoted" (paren) end. New: line\nnext?',
      '“curly” ‘single’', 'rock’n’roll', "o'neill's", 'US$ 5bn', 'a-b-c d', '-lead trail-', 'sheep’s’',
    ];
    for (const t of cases) assert.deepEqual(contentTokens(t), reference(t, isStop), JSON.stringify(t));
  });

  it('contentTokens agrees with the regex tokenizer on the labelled articles', () => {
    for (const f of loadLabelled()) assert.deepEqual(contentTokens(f.text), reference(f.text, isStop), f.file);
  });
});

/** contentTokenIdsInto's ids of `text` as a plain array. */
function contentTokenIds(text: string, table: WordTable): number[] {
  const buffer = new TokenIds();
  contentTokenIdsInto(text, table, buffer);
  return [...buffer.ids.subarray(0, buffer.length)];
}

describe('contentTokenIdsInto', () => {
  // contentTokens mapped to table ids (-1 for null and unknown tokens), runs of -1 as one, no leading -1.
  const expected = (text: string, table: WordTable): number[] => {
    const out: number[] = [];
    for (const t of contentTokens(text)) {
      const id = t === null ? -1 : table.idOf(t);
      if (id !== -1 || (out.length && out[out.length - 1] !== -1)) out.push(id);
    }
    return out;
  };
  // Stems of plurals, words equal to stopwords once stemmed ("wills" → "will"), non-ASCII and astral words.
  const table = tokenTable(['bank', 'rate', 'company', 'will', 'news', 'bus', 'pony', 'éclair', 'façade', 'ärzte', 'naïve', 'rock’n’roll', 'o\'neill', 'well', 'known', '𝐚𝐛', 'i̇stanbul', 'ics', 'us']);

  it('agrees with contentTokens on edge cases', () => {
    const cases = [
      '', 'a', 'The Bank\'s rates', 'banks’ rates', "it's it’s", 'well-known --x- a--b', 'Éclair façade naïve Ärzte İstanbul ΟΔΟΣ.Α',
      'e\u0301cole', '𝐀𝐁 x', 'x\ud800y', 'news ics bus is ss', 'ponies, companies; pies', '"Quoted" (paren) end. New: line\nnext?',
      '“curly” ‘single’', 'rock’n’roll', "o'neill's", 'US$ 5bn', 'a-b-c d', '-lead trail-', 'sheep’s’', 'wills will Wills. rates, the banks',
      'Companies ponies bank. . bank rate', 'banks bankss bankies ratees',
      // Plurals whose stem is a stopword ("thes" → "the"), stopwords that look like plurals ("this", "was", "us").
      'thes wills ands yesterdays this was us bus buses news',
      // Lower-cased a character at a time (Latin-1 capitals, characters from 256 up without case) …
      'ÉCLAIR FAÇADE — “BANKS” RATES’ NAÏVE ÄRZTE', 'ÀÉÎÕÜ ÞÐ µ ÿ ß ×÷ Bank’s WELL-KNOWN',
      // … or not, when a character from 256 up has a case (met after some words, in a word or between them).
      'BANKS rate ÄRZTE Σ', 'Bank rates İSTANBUL', 'ΟΔΟΣ bank', 'Banks Ⓐ rates', 'RATES 𐐀 BANKS',
      // Possessives (found in place when the "'s" is the only apostrophe).
      "Bank's banks's rate’s I's x's news's ponies's company’s's it's o'neill's 's ’s", "bank's.bank’s,rate's",
      // Other apostrophes, with and without hyphens (stopwords, plurals and stems once they are dropped).
      "don't do'n it's's it’s’s ban'ks pon'ies ne'ws ic's b'us rock’n’roll's o'neill's's 's's x'", "a'b-c'd's o’clock's-banks’s well-known's -'s- ra'tes-ban’k",
    ];
    for (const t of cases) assert.deepEqual(contentTokenIds(t, table), expected(t, table), JSON.stringify(t));
  });

  it('agrees with contentTokens, and contentTokens with the regex tokenizer, on random mixes of awkward characters', () => {
    const pieces = [
      'bank', 'Banks', 'RATES', 'ponies', 'news', 'us', 'the', "'s", '’s', "'", '’', '-', ' ', ' ', '. ', ', ', '\n', '“', '”',
      'É', 'é', 'ß', 'µ', 'ÿ', '×', '£', '—', '\u0301', '𝐚', '𝐛', '\ud800', '\udc00', 'İ', 'Σ', 'ς', 'Ⓐ', '𐐀', '中', 'ǅ', 'é',
    ];
    let seed = 12345;
    const random = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    for (let round = 0; round < 400; round++) {
      let text = '';
      for (let k = random(12); k >= 0; k--) text += pieces[random(pieces.length)];
      assert.deepEqual(contentTokens(text), reference(text, isStop), JSON.stringify(text));
      assert.deepEqual(contentTokenIds(text, table), expected(text, table), JSON.stringify(text));
    }
  });

  it('agrees with contentTokens on the labelled articles, with every word of them in the table', () => {
    for (const f of loadLabelled()) {
      const all = tokenTable(contentTokens(f.text).filter((t): t is string => t !== null));
      assert.deepEqual(contentTokenIds(f.text, all), expected(f.text, all), f.file);
      assert.deepEqual(contentTokenIds(f.text, table), expected(f.text, table), f.file);
    }
  });

  it('fills a reused buffer, which grows for a long text and keeps only the current text\'s ids', () => {
    const buffer = new TokenIds();
    const texts = ['Bank rates, banks.', 'bank rate '.repeat(2000) + 'Éclair', 'ponies bank', '', 'well-known BANKS'];
    for (const t of texts) {
      contentTokens(t + ' ' + t); // grows the scan's shared buffers first (the ids must not read stale ones)
      contentTokenIdsInto(t, table, buffer);
      assert.deepEqual([...buffer.ids.subarray(0, buffer.length)], expected(t, table), JSON.stringify(t.slice(0, 40)));
    }
  });

  it('WordTable gives ids in order of adding and finds them again', () => {
    const words = Array.from({ length: 500 }, (_, i) => `w${i.toString(36)}`);
    const t = new WordTable(words);
    assert.equal(t.size, 500);
    words.forEach((w, i) => assert.equal(t.idOf(w), i));
    assert.equal(t.add('w1'), 1);
    assert.equal(t.idOf('absent'), -1);
  });
});

describe('WordTable hashing', () => {
  it('finds stems of plurals whose hash is worked back from the plural (astral and accented letters too)', () => {
    const stems = ['bank', 'company', 'naïve', 'éclair', '𝐚𝐛𝐜', 'x𝐲z', 'ab'];
    const table = tokenTable(stems);
    const plurals = ['banks', 'companies', 'naïves', 'éclairs', '𝐚𝐛𝐜s', 'x𝐲zs', 'abs', 'x𝐲ies'];
    const out = contentTokenIds(plurals.join(' '), table);
    // "abs" is too short to lose its "s" and "x𝐲y" is not in the table: one run of -1 at the end.
    assert.deepEqual(out, [...stems.slice(0, 6).map((w) => table.idOf(w)), -1]);
    assert.ok(out.slice(0, 6).every((id) => id >= 0));
  });
});
