import * as assert from 'node:assert/strict';
import { loadShippedModel, tokenize } from '../../../src/core/ner';
import { CASE_CONTEXT_ROW_OF_SLOT, extractFeatures, FEATURE_COUNT, PER_TOKEN_SLOTS, ROW_OF_SLOT, SHAPE_CONTEXT_ROW_OF_SLOT } from '../../../src/core/ner/features';
import { PER_TOKEN, SLOT_BYTES, TAG_COUNT, type NerModel } from '../../../src/core/ner/model';
import { emissionScores } from '../../../src/core/ner/tagger';

/** Emission scores summed plainly over every feature key of every token: what the cached rows must add up to. */
function referenceScores(model: NerModel, keys: Int32Array, n: number): Int32Array {
  const weights = new Map<number, Int8Array>();
  const slots = new Int32Array(model.table);
  for (let s = 0; s < model.capacity; s++) {
    const k = slots[s * (SLOT_BYTES / 4)];
    if (k !== 0) weights.set(k, new Int8Array(model.table, s * SLOT_BYTES + 4, TAG_COUNT));
  }
  const out = new Int32Array(n * TAG_COUNT);
  for (let t = 0; t < n; t++)
    for (let f = 0; f < FEATURE_COUNT; f++) {
      const w = weights.get(keys[t * FEATURE_COUNT + f]);
      if (w) for (let y = 0; y < TAG_COUNT; y++) out[t * TAG_COUNT + y] += w[y];
    }
  return out;
}

describe('ner emission scores', () => {
  const text = 'Peter Blackburn, the EU farm spokesman, said on Monday that Smith left London. ' +
    'ROME MEETING ENDS\nThe Ministry of Tourism and Sports in Bangkok said: "It is calm." Blackburn agreed, again.';
  const model = loadShippedModel();
  const tokens = tokenize(text);
  const n = tokens.forms.length;

  it('adds up each word’s cached sums (own and as a neighbour) to the plain sum over all its features', () => {
    const reference = referenceScores(model, extractFeatures(tokens.forms, tokens.sentences), n);
    // Twice: the first run fills the word cache, the second reads it.
    for (let run = 0; run < 2; run++) assert.deepEqual([...emissionScores(model, tokens.forms, tokens.sentences).subarray(0, n * TAG_COUNT)], [...reference], `run ${run}`);
  });

  it('reads every feature slot exactly once: from a word, a shape or case context, or per token', () => {
    for (let f = 0; f < FEATURE_COUNT; f++) {
      const readers = [ROW_OF_SLOT[f] !== PER_TOKEN, SHAPE_CONTEXT_ROW_OF_SLOT[f] !== PER_TOKEN, CASE_CONTEXT_ROW_OF_SLOT[f] !== PER_TOKEN, PER_TOKEN_SLOTS.includes(f)];
      assert.equal(readers.filter(Boolean).length, 1, `slot ${f}`);
    }
  });

  it('scores the tokens of a window with gaps as the full run does', () => {
    const window = Uint8Array.from(tokens.forms, (_, t) => (t % 5 === 2 ? 0 : 1));
    const selected = new Uint8Array(tokens.sentences.length - 1).fill(1);
    const reference = referenceScores(model, extractFeatures(tokens.forms, tokens.sentences), n);
    const scores = emissionScores(model, tokens.forms, tokens.sentences, selected, window);
    for (let t = 0; t < n; t++) {
      if (!window[t]) continue;
      assert.deepEqual([...scores.subarray(t * TAG_COUNT, (t + 1) * TAG_COUNT)], [...reference.subarray(t * TAG_COUNT, (t + 1) * TAG_COUNT)], `token ${t} ${tokens.forms[t]}`);
    }
  });
});
