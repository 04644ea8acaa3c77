/**
 * Tags a tokenised document with a loaded model: features, emission scores, Viterbi per
 * sentence, and a per-token confidence (softmax of the chosen tag given both neighbours' tags).
 */

import {
  documentContext, tokenContext, writeBoundaryKeys, writeCaseContextKeys, writePairKeys, writeShapeContextKeys, writeWordKeys, wordKey, type DocumentContext,
  AS_NEXT_ROW, AS_PREVIOUS_ROW, AS_SECOND_NEXT_ROW, AS_SECOND_PREVIOUS_ROW, CASE_CONTEXT_ROW_OF_SLOT, CASE_SETTING, CONTEXT_VALUES, FEATURE_COUNT,
  GAZETTEER, NEXT_GAZETTEER, OWN_ROW, PER_TOKEN_SLOTS, ROW_OF_SLOT, SHAPE, SHAPE_AFTER, SHAPE_BEFORE, SHAPE_CONTEXT_ROW_OF_SLOT, SHAPE_SETTING, WORD_ROWS,
} from './features';
import { ALLOWED, EmissionScorer, viterbi, TAG_COUNT, type CachedKind, type NerModel } from './model';
import { FRESH_ARRAYS, type WorkArrays } from './scratch';

export interface TaggedDocument {
  readonly tags: Int8Array;
  /** Probability-like confidence of each token's tag, in (0, 1]. */
  readonly confidence: Float32Array;
}

/**
 * IOB2 tags and confidences for a document given as token forms and sentence boundaries.
 * With `selected` (one flag per sentence) only those sentences are tagged: each gets exactly the
 * tags and confidences of a full run (features read the whole document, Viterbi runs per
 * sentence); the others are left `O` with confidence 1. The working arrays (and `tags` and
 * `confidence`) come from `arrays`.
 */
export function tagDocument(model: NerModel, forms: readonly string[], sentences: readonly number[], selected?: Uint8Array, window?: Uint8Array, arrays: WorkArrays = FRESH_ARRAYS): TaggedDocument {
  const n = forms.length;
  const tags = arrays.int8(n);
  const confidence = arrays.float32(n);
  if (n === 0) return { tags, confidence };
  if (selected) confidence.fill(1);
  const scores = emissionScores(model, forms, sentences, selected, window, arrays);
  const tr = model.transitions;
  const invTemp = 1 / model.temperature;
  for (let s = 0; s + 1 < sentences.length; s++) {
    if (selected && !selected[s]) continue;
    const sentenceFrom = sentences[s], sentenceTo = sentences[s + 1];
    // Decode each run of active tokens; a run inside the sentence has `O` assumed beyond its edges.
    for (let from = sentenceFrom; from < sentenceTo; ) {
      if (window && !window[from]) { from++; continue; }
      let to = from + 1;
      if (window) while (to < sentenceTo && window[to]) to++;
      else to = sentenceTo;
      const before = from === sentenceFrom ? TAG_COUNT : 0, after = to === sentenceTo ? -1 : 0;
      viterbi(scores, tr, from, to, tags, before, after);
      for (let t = from; t < to; t++) {
        // Only name tokens and the token right after a name need a confidence (the rest are O).
        if (tags[t] === 0 && (t === from || tags[t - 1] === 0)) { confidence[t] = 1; continue; }
        confidence[t] = conditional(scores, tr, tags, t, from, to, invTemp, before, after);
      }
      from = to;
    }
  }
  return { tags, confidence };
}

/** Probability of token t's tag given its neighbours' tags (softmax over IOB2-valid alternatives). */
function conditional(scores: Int32Array, tr: Int32Array, tags: Int8Array, t: number, from: number, to: number, invTemp: number, before: number, after: number): number {
  const T = TAG_COUNT;
  const prevRow = (t === from ? before : tags[t - 1]) * T;
  const next = t + 1 < to ? tags[t + 1] : after;
  const score = (y: number): number => scores[t * T + y] + tr[prevRow + y] + (next >= 0 ? tr[y * T + next] : 0);
  const chosen = score(tags[t]);
  const exps = expTable(invTemp);
  let z = 0;
  for (let y = 0; y < T; y++) {
    if (!ALLOWED[prevRow + y] || (next >= 0 && !ALLOWED[y * T + next])) continue;
    z += expOf(score(y) - chosen, invTemp, exps);
  }
  return 1 / z;
}

/** Integer score differences whose exponentials are remembered: |d| < EXP_RANGE. */
const EXP_RANGE = 4096;
/** Math.exp(d · invTemp) at d + EXP_RANGE (NaN until first asked), for `expInvTemp`. */
const exps = new Float64Array(2 * EXP_RANGE).fill(NaN);
let expInvTemp = NaN;

/** The table of remembered exponentials for `invTemp` (emptied when the temperature changes). */
function expTable(invTemp: number): Float64Array {
  if (invTemp !== expInvTemp) { exps.fill(NaN); expInvTemp = invTemp; }
  return exps;
}

/**
 * Math.exp(d · invTemp) for an integer score difference d: the same number, remembered, since the
 * few differences a document has repeat (softmax terms are most of conditional's time).
 */
function expOf(d: number, invTemp: number, table: Float64Array): number {
  if (d <= -EXP_RANGE || d >= EXP_RANGE) return Math.exp(d * invTemp);
  let e = table[d + EXP_RANGE];
  if (e !== e) e = table[d + EXP_RANGE] = Math.exp(d * invTemp); // NaN: not yet asked
  return e;
}

/** Emission scores of the tagged tokens of the current document (token-major, TAG_COUNT per token). */
let scoreBuffer = new Int32Array(4096 * TAG_COUNT);

/** One token's feature keys (slot f at index f), reused from token to token. */
const tokenKeys = new Int32Array(FEATURE_COUNT);
/** One token's context values (see tokenContext), reused from token to token. */
const contextValues = new Int32Array(CONTEXT_VALUES);
/** Where the rows a token adds up start (see EmissionScorer.score), reused from token to token. */
const tokenRows = new Int32Array(7);

/** Kinds of cached sums: per word (WORD_ROWS rows), per shape context and per case context (one row each). */
const WORDS = 0, SHAPE_CONTEXTS = 1, CASE_CONTEXTS = 2;
const KINDS: readonly CachedKind[] = [{ rows: WORD_ROWS, keyWidth: 1 }, { rows: 1, keyWidth: 4 }, { rows: 1, keyWidth: 4 }];
/** The word key of the pseudo-word outside a sentence (never a word's: word keys are never 0). */
const BOUNDARY_WORD = 0;

/**
 * Emission scores (token-major, TAG_COUNT per token) of the tokens that are tagged: those of the
 * `selected` sentences (all when absent) that are in `window` (when given); the others' entries
 * are stale (left from an earlier document) and never read. Valid until the next call.
 * A token's score is its word's own cached sums, what its neighbours' words add (cached too), the
 * cached sums of its shape and case context, and its features that pair its word with another.
 * The document context's arrays come from `arrays`.
 */
export function emissionScores(model: NerModel, forms: readonly string[], sentences: readonly number[], selected?: Uint8Array, window?: Uint8Array, arrays: WorkArrays = FRESH_ARRAYS): Int32Array {
  // Every score Viterbi reads is written below, so the buffer is reused from document to document, never cleared.
  if (scoreBuffer.length < forms.length * TAG_COUNT) scoreBuffer = new Int32Array(forms.length * TAG_COUNT * 2);
  const scores = scoreBuffer;
  const doc = documentContext(forms, sentences, selected, window, arrays);
  const scorer = new EmissionScorer(model, KINDS);
  const keys = tokenKeys, rows = tokenRows;
  let boundary = scorer.cached(WORDS, BOUNDARY_WORD, 0, 0, 0);
  if (boundary < 0) { writeBoundaryKeys(keys, 0); boundary = scorer.cache(WORDS, BOUNDARY_WORD, 0, 0, 0, keys, ROW_OF_SLOT); }
  const T = TAG_COUNT;
  for (let s = 0; s + 1 < sentences.length; s++) {
    if (selected && !selected[s]) continue;
    const from = sentences[s], to = sentences[s + 1];
    // Where the rows of the words at t - 2 … t + 2 are cached, carried along a run of tagged tokens.
    let second = -1, previous = -1, own = -1, next = -1, secondNext = -1, at = -2;
    for (let t = from; t < to; t++) {
      if (window && !window[t]) continue;
      if (t === at + 1) { second = previous; previous = own; own = next; next = secondNext; }
      else {
        second = t - 2 >= from ? wordRows(scorer, doc, t - 2) : boundary;
        previous = t - 1 >= from ? wordRows(scorer, doc, t - 1) : boundary;
        own = wordRows(scorer, doc, t);
        next = t + 1 < to ? wordRows(scorer, doc, t + 1) : boundary;
      }
      secondNext = t + 2 < to ? wordRows(scorer, doc, t + 2) : boundary;
      at = t;
      rows[0] = own + OWN_ROW * T; rows[1] = previous + AS_PREVIOUS_ROW * T; rows[2] = next + AS_NEXT_ROW * T;
      rows[3] = second + AS_SECOND_PREVIOUS_ROW * T; rows[4] = secondNext + AS_SECOND_NEXT_ROW * T;
      tokenContext(doc, s, t, contextValues);
      rows[5] = shapeContextRows(scorer, contextValues);
      rows[6] = caseContextRows(scorer, contextValues);
      writePairKeys(doc, s, t, keys, 0);
      scorer.score(rows, 7, keys, PER_TOKEN_SLOTS, scores, t * T);
    }
  }
  return scores;
}

/** Where the rows of token t's word are cached (cached now if they were not). */
function wordRows(scorer: EmissionScorer, doc: DocumentContext, t: number): number {
  const word = wordKey(doc, t);
  const rows = scorer.cached(WORDS, word, 0, 0, 0);
  if (rows >= 0) return rows;
  writeWordKeys(doc, t, wordKeys, 0);
  return scorer.cache(WORDS, word, 0, 0, 0, wordKeys, ROW_OF_SLOT);
}

/** Where the row of a token's shape context (context values `c`) is cached (cached now if it was not). */
function shapeContextRows(scorer: EmissionScorer, c: Int32Array): number {
  const rows = scorer.cached(SHAPE_CONTEXTS, c[SHAPE_BEFORE], c[SHAPE], c[SHAPE_AFTER], c[SHAPE_SETTING]);
  if (rows >= 0) return rows;
  writeShapeContextKeys(c, wordKeys, 0);
  return scorer.cache(SHAPE_CONTEXTS, c[SHAPE_BEFORE], c[SHAPE], c[SHAPE_AFTER], c[SHAPE_SETTING], wordKeys, SHAPE_CONTEXT_ROW_OF_SLOT);
}

/** Where the row of a token's case context (context values `c`) is cached (cached now if it was not). */
function caseContextRows(scorer: EmissionScorer, c: Int32Array): number {
  const rows = scorer.cached(CASE_CONTEXTS, c[CASE_SETTING], c[GAZETTEER], c[NEXT_GAZETTEER], 0);
  if (rows >= 0) return rows;
  writeCaseContextKeys(c, wordKeys, 0);
  return scorer.cache(CASE_CONTEXTS, c[CASE_SETTING], c[GAZETTEER], c[NEXT_GAZETTEER], 0, wordKeys, CASE_CONTEXT_ROW_OF_SLOT);
}

/** Keys of one cached entry (a word's own and as a neighbour, or a context's), when its rows are cached. */
const wordKeys = new Int32Array(FEATURE_COUNT);
