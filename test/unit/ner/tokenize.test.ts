import * as assert from 'node:assert/strict';
import { tokenize, normalizeForm, isClitic, CLITICS } from '../../../src/core/ner/tokenize';

/** Tokens as [form, exact source text] pairs. */
function tokens(text: string): [string, string][] {
  const t = tokenize(text);
  return t.forms.map((f, i) => [f, text.slice(t.starts[i], t.ends[i])]);
}

function sentences(text: string): string[] {
  const t = tokenize(text);
  const out: string[] = [];
  for (let s = 0; s + 1 < t.sentences.length; s++) out.push(t.forms.slice(t.sentences[s], t.sentences[s + 1]).join(' '));
  return out;
}

describe('ner tokenize', () => {
  it('splits like CoNLL-2003: punctuation, possessives and n\'t apart; abbreviations, numbers, hyphens whole', () => {
    const text = "The U.S. team's 1,200 fans didn't see Mr. O'Neill's 6-4 win in Bosnia-Herzegovina (3.5 hours).";
    assert.deepEqual(tokenize(text).forms, [
      'The', 'U.S.', 'team', "'s", '1,200', 'fans', 'did', "n't", 'see', 'Mr.', "O'Neill", "'s", '6-4', 'win', 'in',
      'Bosnia-Herzegovina', '(', '3.5', 'hours', ')', '.',
    ]);
  });

  it('keeps the period of the longest abbreviations and splits it off longer words', () => {
    assert.deepEqual(tokenize('It is approx. 5 km from Dept. HQ to the Government. Then a.m. news.').forms, [
      'It', 'is', 'approx.', '5', 'km', 'from', 'Dept.', 'HQ', 'to', 'the', 'Government', '.', 'Then', 'a.m.', 'news', '.',
    ]);
  });

  it('maps every token to its exact span with curly quotes, em dashes, non-ASCII names and CRLF', () => {
    const text = '“Hilde Sørlie’s plan” — said Binali Yıldırım.\r\nISTANBUL’s mayor didn’t reply…\r\n';
    const pairs = tokens(text);
    assert.deepEqual(pairs, [
      ['"', '“'], ['Hilde', 'Hilde'], ['Sørlie', 'Sørlie'], ["'s", '’s'], ['plan', 'plan'], ['"', '”'], ['--', '—'],
      ['said', 'said'], ['Binali', 'Binali'], ['Yıldırım', 'Yıldırım'], ['.', '.'],
      ['ISTANBUL', 'ISTANBUL'], ["'s", '’s'], ['mayor', 'mayor'], ['did', 'did'], ["n't", 'n’t'], ['reply', 'reply'], ['...', '…'],
    ]);
    const t = tokenize(text);
    for (let i = 0; i < t.forms.length; i++) assert.equal(normalizeForm(text.slice(t.starts[i], t.ends[i])), t.forms[i]);
    assert.equal(text.slice(t.starts[8], t.ends[9]), 'Binali Yıldırım');
  });

  it('splits sentences at line breaks and sentence-final punctuation, not after abbreviations', () => {
    assert.deepEqual(sentences('ISLAMABAD\r\nMr. Khan met Dr. Li in the U.S. on Monday. "We agreed." Then he left!\nEnd'), [
      'ISLAMABAD', 'Mr. Khan met Dr. Li in the U.S. on Monday .', '" We agreed . "', 'Then he left !', 'End',
    ]);
  });

  it('tokenises only the requested region, with offsets into the whole text', () => {
    const text = 'Intro line.\nPeter Blackburn reports.';
    const region = { start: text.indexOf('Peter'), end: text.length };
    const t = tokenize(text, region);
    assert.equal(t.forms[0], 'Peter');
    assert.equal(t.starts[0], region.start);
    assert.equal(text.slice(t.starts[1], t.ends[1]), 'Blackburn');
  });

  it('writes bare titles the Reuters way and handles empty text', () => {
    assert.deepEqual(tokenize('Dr Ferraresi').forms, ['Dr.', 'Ferraresi']);
    assert.deepEqual(tokenize('• Item').forms, ['*', 'Item']);
    assert.deepEqual(tokenize('   \r\n ').forms, []);
    assert.deepEqual(tokenize('').sentences, [0]);
  });

  it('tells clitics from the character codes as the set lookup of the lower-cased slice does (every ASCII word of 1–3 letters)', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const words: string[] = [];
    for (const a of letters) {
      words.push(a);
      for (const b of letters) { words.push(a + b); for (const c of 'dDeElLmMsStTvV') words.push(a + b + c); }
    }
    for (const w of words) assert.equal(isClitic(`x'${w} `, 2, 2 + w.length), CLITICS.has(w.toLowerCase()), w);
  });

  it('hands out forms of its own to each call (the forms are built in an array reused from call to call)', () => {
    const long = tokenize('Peter Blackburn said on Monday that the EU would act.');
    const kept = [...long.forms];
    const short = tokenize('Rome wins.');
    assert.deepEqual(short.forms, ['Rome', 'wins', '.']);
    assert.deepEqual(long.forms, kept); // not overwritten by the later call
    assert.notEqual(long.forms, short.forms);
  });
});
