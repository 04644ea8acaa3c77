import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { tokenize } from '../../../src/core/ner/tokenize';
import { seededRandom } from '../../../src/core/text/random';

/** Characters that make the tokenizer choose: word characters, the ones that may join words, spaces, line breaks, Unicode. */
const ALPHABET = ['a', 'b', 'M', 'r', 'D', 'U', 'S', 'n', 't', 'e', '0', '7', ' ', ' ', ' ', '.', ',', ':', '/', '-', '&', "'", '’', '‐', '"', '(', ')', '!', '?', '\n', '\r', 'é', 'Ø', '—', '…', ' ', '\t', 'ı', '$'];

/** Random texts of tricky characters (and words from `words`), with a region each. */
function trickyTexts(count: number, words: readonly string[] = []): { text: string; start: number; end: number }[] {
  const next = seededRandom(20261123);
  const out: { text: string; start: number; end: number }[] = [];
  for (let k = 0; k < count; k++) {
    let text = '';
    const length = 1 + Math.floor(next() * 60);
    while (text.length < length) text += words.length && next() < 0.3 ? words[Math.floor(next() * words.length)] : ALPHABET[Math.floor(next() * ALPHABET.length)];
    const start = Math.floor(next() * 3), end = text.length - Math.floor(next() * 3);
    out.push({ text, start, end });
  }
  return out;
}

const WORDS = ['Mr', 'Mrs', 'Dr', 'U.S.', 'a.m.', 'AT&T', "O'Neill", "don't", "it's", 'Corp', 'approx', '1,200', '3.5', 'well-known', 'e.g', 'Smith'];

describe('ner tokenize (pinned behaviour)', () => {
  it('tokenises random tricky text exactly as the reference implementation did (digest of forms, spans, sentences)', () => {
    // The digest was taken with the tokenizer before its fast path for plain ASCII words (scanWord for every word).
    const h = createHash('sha256');
    for (const { text, start, end } of trickyTexts(4000, WORDS)) {
      const t = tokenize(text, { start, end });
      h.update(JSON.stringify({ forms: t.forms, starts: [...t.starts], ends: [...t.ends], sentences: t.sentences }));
    }
    assert.equal(h.digest('hex').slice(0, 16), 'bfaeb47e63e8cdae');
  });
});
