import * as assert from 'node:assert/strict';
import { byStartThenLongest, inDocumentOrder, mergeInDocumentOrder, OverlapIndex } from '../../../src/core/text/spans';
import { seededRandom } from '../../../src/core/text/random';
import type { Span } from '../../../src/core/types';

interface Tagged extends Span {
  readonly id: number;
}

/** Random spans (empty ones and duplicates included) over a short text, so ties and overlaps are common. */
function randomSpans(random: () => number, count: number, firstId: number): Tagged[] {
  const out: Tagged[] = [];
  for (let i = 0; i < count; i++) {
    const start = Math.floor(random() * 20);
    out.push({ start, end: start + Math.floor(random() * 5), id: firstId + i });
  }
  return out;
}

describe('span order and overlap helpers', () => {
  it('mergeInDocumentOrder gives what a stable sort of both lists gives, ties in argument order', () => {
    const random = seededRandom(7);
    for (let round = 0; round < 500; round++) {
      let a = randomSpans(random, Math.floor(random() * 8), 0);
      let b = randomSpans(random, Math.floor(random() * 8), 100);
      // Mostly ordered inputs (the merging pass), sometimes not (the sort).
      if (random() < 0.8) a = a.sort(byStartThenLongest);
      if (random() < 0.8) b = b.sort(byStartThenLongest);
      const expected = [...a, ...b].sort(byStartThenLongest).map((s) => s.id);
      assert.deepEqual(mergeInDocumentOrder(a, b).map((s) => s.id), expected);
    }
  });

  it('inDocumentOrder: by start, the longer first', () => {
    assert.ok(inDocumentOrder([{ start: 1, end: 5 }, { start: 1, end: 3 }, { start: 2, end: 2 }]));
    assert.ok(!inDocumentOrder([{ start: 1, end: 3 }, { start: 1, end: 5 }]));
    assert.ok(inDocumentOrder([]));
  });

  it('OverlapIndex answers as a scan of its spans does, in order or not', () => {
    const random = seededRandom(11);
    const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
    for (let round = 0; round < 300; round++) {
      const spans = randomSpans(random, Math.floor(random() * 10), 0);
      if (random() < 0.7) spans.sort((x, y) => x.start - y.start);
      const built = new OverlapIndex(spans);
      const grown = new OverlapIndex();
      for (const s of spans) grown.add(s);
      for (const q of randomSpans(random, 20, 0)) {
        const expected = spans.some((s) => overlaps(s, q));
        assert.equal(built.overlaps(q), expected);
        assert.equal(grown.overlaps(q), expected);
      }
    }
  });
});
