import * as assert from 'node:assert/strict';
import { loadShippedModel, tokenize } from '../../../src/core/ner';
import { ALLOWED, TAG_COUNT, viterbi } from '../../../src/core/ner/model';
import { emissionScores, tagDocument } from '../../../src/core/ner/tagger';
import { seededRandom } from '../../../src/core/text/random';

const T = TAG_COUNT;

/** Plain first-order Viterbi over every IOB2-valid predecessor, in float64 (first best kept). */
function referenceViterbi(scores: ArrayLike<number>, tr: ArrayLike<number>, n: number, before: number, after: number): number[] {
  const d: number[][] = [], bk: number[][] = [];
  for (let i = 0; i < n; i++) {
    d.push([]); bk.push([]);
    for (let y = 0; y < T; y++) {
      let best = -Infinity, arg = 0;
      if (i === 0) best = ALLOWED[before * T + y] ? tr[before * T + y] : -Infinity;
      else for (let p = 0; p < T; p++) if (ALLOWED[p * T + y] && d[i - 1][p] + tr[p * T + y] > best) { best = d[i - 1][p] + tr[p * T + y]; arg = p; }
      d[i].push(best + scores[i * T + y]); bk[i].push(arg);
    }
  }
  let best = -Infinity, arg = 0;
  for (let y = 0; y < T; y++) {
    const v = after < 0 ? d[n - 1][y] : ALLOWED[y * T + after] ? d[n - 1][y] + tr[y * T + after] : -Infinity;
    if (v > best) { best = v; arg = y; }
  }
  const out = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) { out[i] = arg; arg = bk[i][arg]; }
  return out;
}

describe('ner decoding', () => {
  it('decodes integer scores (in int32) exactly as float64 Viterbi over every valid predecessor does, ties included', () => {
    const next = seededRandom(7);
    for (let run = 0; run < 300; run++) {
      const n = 1 + Math.floor(next() * 30);
      // Few distinct values, so equal path scores (ties) are common.
      const scores = Int32Array.from({ length: n * T }, () => Math.floor(next() * 7 - 3) * 100);
      const tr = Int32Array.from({ length: (T + 1) * T }, () => Math.floor(next() * 5 - 2) * 50);
      const before = next() < 0.5 ? T : 0, after = next() < 0.5 ? -1 : 0;
      const fast = new Int8Array(n), slow = new Int8Array(n);
      viterbi(scores, tr, 0, n, fast, before, after);
      viterbi(Float64Array.from(scores), Float64Array.from(tr), 0, n, slow, before, after);
      assert.deepEqual([...fast], referenceViterbi(scores, tr, n, before, after), `run ${run}`);
      assert.deepEqual([...slow], [...fast], `run ${run}`);
    }
  });

  it('decodes windows whose path scores go past int32 (in float64) right', () => {
    // Path scores reach -2.4e9, past int32: O everywhere but B-PER every third token.
    const n = 300_000;
    const scores = new Int32Array(n * T).fill(-9500);
    for (let t = 0; t < n; t++) { scores[t * T] = -8000; scores[t * T + 1] = t % 3 === 0 ? -7000 : -9000; }
    const tr = new Int32Array((T + 1) * T);
    const out = new Int8Array(n);
    viterbi(scores, tr, 0, n, out);
    for (let t = 0; t < n; t++) if (out[t] !== (t % 3 === 0 ? 1 : 0)) assert.fail(`token ${t}: tag ${out[t]}`);
  });

  it('gives each tagged token the softmax confidence of its tag given its neighbours’ tags', () => {
    const model = loadShippedModel();
    const text = 'Peter Blackburn, the EU farm spokesman, said on Monday that Smith left London for the Ministry of Tourism.';
    const tokens = tokenize(text);
    const scores = emissionScores(model, tokens.forms, tokens.sentences).slice();
    for (let run = 0; run < 2; run++) {
      const { tags, confidence } = tagDocument(model, tokens.forms, tokens.sentences);
      const n = tokens.forms.length, tr = model.transitions;
      for (let t = 0; t < n; t++) {
        const prevRow = (t === 0 ? T : tags[t - 1]) * T, next = t + 1 < n ? tags[t + 1] : -1;
        const score = (y: number) => scores[t * T + y] + tr[prevRow + y] + (next >= 0 ? tr[y * T + next] : 0);
        let z = 0;
        for (let y = 0; y < T; y++) if (ALLOWED[prevRow + y] && (next < 0 || ALLOWED[y * T + next])) z += Math.exp((score(y) - score(tags[t])) / model.temperature);
        const expected = tags[t] === 0 && (t === 0 || tags[t - 1] === 0) ? 1 : Math.fround(1 / z);
        assert.equal(confidence[t], expected, `token ${t} ${tokens.forms[t]}`);
      }
    }
  });
});
