/**
 * Averaged structured perceptron over IOB2 tags (Collins 2002), with pruning and int8
 * quantisation of the result. Deterministic: sentence order comes from a seeded PRNG and
 * feature ids from first appearance, so the same data and seed give the same bytes.
 */

import { extractFeatures, FEATURE_COUNT } from './features';
import { TAG_COUNT, viterbi, type QuantisedModel } from './model';
import type { ConllDocument } from './conll';
import { seededRandom } from '../text/random';

/** Float weights over the features seen in training. */
export interface FloatModel {
  readonly keys: Int32Array;
  /** keys.length * TAG_COUNT weights. */
  readonly weights: Float64Array;
  /** (TAG_COUNT + 1) * TAG_COUNT, last row = sentence start. */
  readonly transitions: Float64Array;
}

export interface TrainOptions {
  readonly epochs: number;
  readonly seed: number;
  /** Features seen fewer times than this in training are dropped before learning. */
  readonly minCount?: number;
  /** Called after each epoch with the averaged model so far. */
  readonly onEpoch?: (epoch: number, model: FloatModel) => void;
}


interface Sentence {
  readonly ids: Int32Array; // feature ids (-1 = pruned), FEATURE_COUNT per token
  readonly gold: Int8Array;
}

/** Trains an averaged perceptron on CoNLL documents. */
export function trainPerceptron(docs: readonly ConllDocument[], options: TrainOptions): FloatModel {
  const T = TAG_COUNT;
  const F = FEATURE_COUNT;
  const minCount = options.minCount ?? 1;
  const docKeys = docs.map((d) => extractFeatures(d.forms, d.sentences));

  const counts = new Map<number, number>();
  for (const keys of docKeys) for (const k of keys) if (k !== 0) counts.set(k, (counts.get(k) ?? 0) + 1);
  const index = new Map<number, number>();
  const keyList: number[] = [];
  for (const [k, c] of counts) if (c >= minCount) { index.set(k, keyList.length); keyList.push(k); }

  const sentences: Sentence[] = [];
  docs.forEach((d, di) => {
    const keys = docKeys[di];
    for (let s = 0; s + 1 < d.sentences.length; s++) {
      const from = d.sentences[s], to = d.sentences[s + 1];
      const ids = new Int32Array((to - from) * F);
      for (let i = 0; i < ids.length; i++) {
        const k = keys[from * F + i];
        ids[i] = k === 0 ? -1 : index.get(k) ?? -1;
      }
      sentences.push({ ids, gold: d.tags.slice(from, to) });
    }
  });

  const n = keyList.length;
  const w = new Float64Array(n * T);
  const u = new Float64Array(n * T); // sum of c * update, for lazy averaging
  const tw = new Float64Array((T + 1) * T);
  const tu = new Float64Array((T + 1) * T);
  let c = 1;
  const random = seededRandom(options.seed);
  const order = sentences.map((_, i) => i);
  const keys = Int32Array.from(keyList);

  const averaged = (): FloatModel => {
    const aw = new Float64Array(n * T);
    for (let i = 0; i < aw.length; i++) aw[i] = w[i] - u[i] / c;
    const at = new Float64Array(tw.length);
    for (let i = 0; i < at.length; i++) at[i] = tw[i] - tu[i] / c;
    return { keys, weights: aw, transitions: at };
  };

  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const tmp = order[i]; order[i] = order[j]; order[j] = tmp;
    }
    for (const si of order) {
      const { ids, gold } = sentences[si];
      const len = gold.length;
      const scores = new Float64Array(len * T);
      for (let t = 0; t < len; t++) {
        for (let f = t * F; f < (t + 1) * F; f++) {
          const id = ids[f];
          if (id < 0) continue;
          const o = id * T;
          for (let y = 0; y < T; y++) scores[t * T + y] += w[o + y];
        }
      }
      const pred = new Int8Array(len);
      viterbi(scores, tw, 0, len, pred);
      for (let t = 0; t < len; t++) {
        const g = gold[t], p = pred[t];
        if (g !== p) {
          for (let f = t * F; f < (t + 1) * F; f++) {
            const id = ids[f];
            if (id < 0) continue;
            w[id * T + g] += 1; u[id * T + g] += c;
            w[id * T + p] -= 1; u[id * T + p] -= c;
          }
        }
        const gPrev = t === 0 ? T : gold[t - 1], pPrev = t === 0 ? T : pred[t - 1];
        if (g !== p || gPrev !== pPrev) {
          tw[gPrev * T + g] += 1; tu[gPrev * T + g] += c;
          tw[pPrev * T + p] -= 1; tu[pPrev * T + p] -= c;
        }
      }
      c++;
    }
    options.onEpoch?.(epoch, averaged());
  }
  return averaged();
}

/**
 * Keeps the `maxFeatures` features with the largest weights and quantises weights to int8
 * (values beyond `clip` x the largest kept weight saturate).
 */
export function quantise(model: FloatModel, maxFeatures: number, temperature = 1): QuantisedModel {
  const T = TAG_COUNT;
  const n = model.keys.length;
  const norm = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let m = 0;
    for (let y = 0; y < T; y++) m = Math.max(m, Math.abs(model.weights[i * T + y]));
    norm[i] = m;
  }
  const ranked = Array.from({ length: n }, (_, i) => i).filter((i) => norm[i] > 0);
  ranked.sort((a, b) => norm[b] - norm[a] || a - b);
  const kept = ranked.slice(0, maxFeatures).sort((a, b) => a - b);
  let max = 0;
  for (const i of kept) max = Math.max(max, norm[i]);
  const scale = max > 0 ? max / 127 : 1;
  const keys = new Int32Array(kept.length);
  const weights = new Int8Array(kept.length * T);
  kept.forEach((i, j) => {
    keys[j] = model.keys[i];
    for (let y = 0; y < T; y++) weights[j * T + y] = Math.max(-127, Math.min(127, Math.round(model.weights[i * T + y] / scale)));
  });
  const transitions = Int32Array.from(model.transitions, (v) => Math.round(v / scale));
  return { keys, weights, transitions, scale, temperature };
}

/** Mean of several models (same tag set): a feature missing from one counts as 0 there. Smooths the perceptron's dependence on sentence order. */
export function averageModels(models: readonly FloatModel[]): FloatModel {
  const T = TAG_COUNT;
  const index = new Map<number, number>();
  for (const m of models) for (const k of m.keys) if (!index.has(k)) index.set(k, index.size);
  const keys = Int32Array.from(index.keys());
  const weights = new Float64Array(keys.length * T);
  const transitions = new Float64Array((T + 1) * T);
  for (const m of models) {
    m.keys.forEach((k, i) => {
      const j = index.get(k)!;
      for (let y = 0; y < T; y++) weights[j * T + y] += m.weights[i * T + y] / models.length;
    });
    for (let i = 0; i < transitions.length; i++) transitions[i] += m.transitions[i] / models.length;
  }
  return { keys, weights, transitions };
}
