import * as assert from 'node:assert/strict';
import { allMatches } from '../../../src/core/claims/text';
import { endsWithStop } from '../../../src/core/claims/rules/unattributedQuote';
import { seededRandom } from '../../../src/core/text/random';

// Random texts from pieces that the helpers' patterns care about.
function randomTexts(seed: number, pieces: readonly string[], count: number): string[] {
  const next = seededRandom(seed);
  const out: string[] = [];
  for (let n = 0; n < count; n++) {
    let t = '';
    for (let k = Math.floor(next() * 10); k > 0; k--) t += pieces[Math.floor(next() * pieces.length)];
    out.push(t);
  }
  return out;
}

describe('claim match helpers', () => {
  it('allMatches gives what matchAll gives, and leaves the regex ready for the next text', () => {
    const re = /\b(\d{1,3})-year-old\b|\baged\s+(\d{1,3})\b/g;
    for (const t of randomTexts(3, ['aged', ' ', '12', '-year-old', 'x', '\n', '1234', 'A'], 3000)) {
      assert.deepEqual(allMatches(re, t).map((m) => [m.index, ...m]), [...t.matchAll(re)].map((m) => [m.index, ...m]), JSON.stringify(t));
    }
  });

  it('endsWithStop agrees with the two regexes it replaces', () => {
    const reference = (s: string): boolean => /[.!?]\s*$/.test(s.replace(/[”"]\s*$/, ''));
    for (const t of randomTexts(9, ['.', '!', '?', '”', '"', '“', ' ', '\n', '\u00a0', 'a', 'word', '’', ')'], 5000)) {
      assert.equal(endsWithStop(t, 0, t.length), reference(t), JSON.stringify(t));
      // Within a longer text: only [from, to) is read.
      const padded = `."${t}."`;
      assert.equal(endsWithStop(padded, 2, 2 + t.length), reference(t), JSON.stringify(t));
    }
  });
});
