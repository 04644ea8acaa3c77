import * as assert from 'node:assert/strict';
import { isSentenceOpener, SENTENCE_OPENERS, tokenize, TOKEN_PATTERN, type Token } from '../../../src/core/entities/tokens';
import { labelledTexts, lineSpans } from '../../support/labels';

/** The tokenizer as it was written first: TOKEN_PATTERN plus a possessive split. The scanner must agree with it. */
function reference(text: string, start: number, end: number): Pick<Token, 'text' | 'start' | 'end' | 'kind' | 'spaceBefore'>[] {
  const out: Pick<Token, 'text' | 'start' | 'end' | 'kind' | 'spaceBefore'>[] = [];
  const re = new RegExp(TOKEN_PATTERN.source, 'gu');
  const slice = text.slice(start, end);
  let prevEnd = -1;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const s = start + m.index;
    const spaceBefore = prevEnd === -1 || s > prevEnd;
    if (m[1]) {
      const pm = /['’]/.test(m[1]) ? /^(.*?)(['’]s|(?<=s)['’])$/u.exec(m[1]) : null;
      const word = pm && pm[1].length > 1 ? pm[1] : m[1];
      out.push({ text: word, start: s, end: s + word.length, kind: 'word', spaceBefore });
      if (word !== m[1]) out.push({ text: m[1].slice(word.length), start: s + word.length, end: s + m[1].length, kind: 'possessive', spaceBefore: false });
    } else out.push({ text: m[0], start: s, end: s + m[0].length, kind: m[2] ? 'number' : 'punct', spaceBefore });
    prevEnd = s + m[0].length;
  }
  return out;
}

const strip = (ts: readonly Token[]) => ts.map(({ text, start, end, kind, spaceBefore }) => ({ text, start, end, kind, spaceBefore }));

/** Sentence starts as first written: walk back from each word or number over closing marks to an opener. */
function referenceSentenceStarts(tokens: readonly Token[]): boolean[] {
  const opens = (before: number): boolean => {
    for (let i = before - 1; i >= 0; i--) {
      const t = tokens[i];
      if (t.kind !== 'punct') return false;
      if (['.', '!', '?', ':', ';', '“', '"', '‘', '•', '·', '(', '[', '—', '–', '-', '*', '>', '|'].includes(t.text))
        return !(t.text === '.' && i > 0 && tokens[i - 1].kind === 'word' && /^(?:Dr|Mr|Mrs|Ms|Prof|St|Gen|Col|Sen|Rep|Jr|Sr|[A-Z])$/.test(tokens[i - 1].text));
      if (!/[”’")\]]/.test(t.text)) return false;
    }
    return true;
  };
  return tokens.map((t, i) => (t.kind === 'word' || t.kind === 'number') && opens(i));
}

describe('rule tokenizer', () => {
  it('splits words, numbers, possessives and punctuation', () => {
    const text = 'Pakistan’s 1,200.5 troops—Tehreek-e-Taliban (TTP) O\'Brien';
    const got = tokenize(text, 0, text.length).map((t) => `${t.kind}:${t.text}`);
    assert.deepEqual(got, ['word:Pakistan', 'possessive:’s', 'number:1,200.5', 'word:troops', 'punct:—', 'word:Tehreek-e-Taliban', 'punct:(', 'word:TTP', 'punct:)', "word:O'Brien"]);
  });

  it('marks sentence starts, capitals and ALL CAPS', () => {
    const [islamabad, , he, , says] = tokenize('ISLAMABAD: He “says” so.', 0, 24);
    assert.deepEqual([islamabad.upper, islamabad.sentenceStart], [true, true]);
    assert.deepEqual([he.cap, he.upper, he.sentenceStart], [true, false, true]);
    assert.equal(says.text, 'says');
    assert.equal(says.sentenceStart, true); // after an opening quote
  });

  it('carries sentence starts over closing marks, not over abbreviations', () => {
    const text = 'He said.” She left. Dr. Who met J. Smith (“Yes.”) Then: 3 more, (but) and “Mr. X” went';
    const tokens = tokenize(text, 0, text.length);
    const starts = tokens.filter((t) => t.sentenceStart).map((t) => t.text);
    assert.deepEqual(starts, ['He', 'She', 'Dr', 'Yes', 'Then', '3', 'but', 'Mr']);
    assert.deepEqual(tokens.map((t) => t.sentenceStart), referenceSentenceStarts(tokens));
  });

  it('agrees with the regex grammar on edge cases', () => {
    const texts = [
      'Sørlie’s co-op, Yıldırım-led 3.5.1 x-ray - end-\r\nCRLF line\u2028sep',
      'emoji 😀 then 𝒳𝒴 math letters; a\u0301 combining, \u0301 lone mark, \ud800 lone surrogate',
      "trailing ' apostrophe 's Jones' James's 1,, 2.. ‐‑ dashes ٣٤ digits ½",
      '  \t\u00a0non-breaking\u3000ideographic space',
    ];
    for (const t of texts) assert.deepEqual(strip(tokenize(t, 0, t.length)), reference(t, 0, t.length), t);
  });

  it('agrees with the regex grammar on every labelled article, line by line', () => {
    let lines = 0;
    for (const { file, text } of labelledTexts()) {
      for (const { start, end } of lineSpans(text)) {
        const tokens = tokenize(text, start, end);
        assert.deepEqual(strip(tokens), reference(text, start, end), `${file}: ${text.slice(start, end)}`);
        assert.deepEqual(tokens.map((t) => t.sentenceStart), referenceSentenceStarts(tokens), `${file}: ${text.slice(start, end)}`);
        lines++;
      }
    }
    assert.ok(lines > 200, `${lines} lines`);
  });
});

describe('isSentenceOpener', () => {
  it('answers every character (and a few longer strings) as SENTENCE_OPENERS does', () => {
    for (let c = 0; c < 0x10000; c++) {
      const p = String.fromCharCode(c);
      assert.equal(isSentenceOpener(p), SENTENCE_OPENERS.has(p), `U+${c.toString(16)}`);
    }
    for (const p of ['', '..', '?!', '😀', '—.']) assert.equal(isSentenceOpener(p), SENTENCE_OPENERS.has(p), p);
  });
});
