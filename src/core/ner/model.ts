/**
 * The tagger's model: hashed feature keys with int8 weights per tag, integer tag-transition
 * scores, and first-order Viterbi decoding over IOB2 tags. The binary format is a small
 * header plus flat arrays, so loading is a copy into typed arrays and one hash-table build.
 */

import { mix } from './hash';

/** IOB2 tag set, in model order. */
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export const TAG_COUNT = TAGS.length;
export type EntityLabel = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** The label of each tag index (null for `O`), computed once: tagLabel runs for every tagged token. */
const TAG_LABELS: readonly (EntityLabel | null)[] = TAGS.map((t) => (t === 'O' ? null : (t.slice(2) as EntityLabel)));

/** Label of a tag index (`B-PER` → `PER`), or null for `O`. */
export function tagLabel(tag: number): EntityLabel | null {
  return TAG_LABELS[tag];
}

/** True for the `I-` tags. */
export function isInside(tag: number): boolean {
  return tag > 0 && tag % 2 === 0;
}

/** Whether IOB2 allows `cur` after `prev` (prev = -1 at a sentence start): `I-X` only continues X. */
export function allowedTransition(prev: number, cur: number): boolean {
  if (!isInside(cur)) return true;
  return prev > 0 && (prev === cur || prev === cur - 1);
}

/** A loaded, quantised model ready for tagging. */
export interface NerModel {
  /**
   * Open-addressing table, SLOT_BYTES per slot: an int32 feature key (0 = empty) then
   * TAG_COUNT int8 weights, so one probe touches one cache line. Capacity is a power of two.
   */
  readonly table: ArrayBuffer;
  readonly capacity: number;
  /** One bit per hashed key (BLOOM_BITS): most unknown features are rejected here, in 128 KB, without touching the table. */
  readonly bloom: Int32Array;
  /** (TAG_COUNT + 1) x TAG_COUNT transition scores, row TAG_COUNT = sentence start; same units as weights. */
  readonly transitions: Int32Array;
  /** Real value of one weight unit. */
  readonly scale: number;
  /** Softmax temperature (in weight units) that turns local scores into calibrated confidences. */
  readonly temperature: number;
  readonly featureCount: number;
}

const BLOOM_BITS = 1 << 20;
/** Bloom filter bit of a key: its high bits (the table uses the low ones). */
function bloomBit(k: number): number {
  return (Math.imul(k, 0x9e3779b1) >>> 12) & (BLOOM_BITS - 1);
}

/** Bytes per table slot (key + weights, padded to 16 so slots never straddle cache lines). */
export const SLOT_BYTES = 16;

/** Serialisable form of a quantised model (what the trainer produces). */
export interface QuantisedModel {
  readonly keys: Int32Array;
  readonly weights: Int8Array; // keys.length * TAG_COUNT
  readonly transitions: Int32Array;
  readonly scale: number;
  readonly temperature: number;
}

const MAGIC = 0x314e5242; // "BRN1" little-endian
const HEADER_BYTES = 24;

/** Encodes a quantised model into the committed binary format. */
export function encodeModel(m: QuantisedModel): Uint8Array {
  const n = m.keys.length;
  const T = TAG_COUNT;
  const size = HEADER_BYTES + m.transitions.length * 4 + n * 4 + n * T;
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, T, true);
  view.setUint32(8, n, true);
  view.setFloat32(12, m.scale, true);
  view.setFloat32(16, m.temperature, true);
  view.setUint32(20, m.transitions.length, true);
  let o = HEADER_BYTES;
  for (let i = 0; i < m.transitions.length; i++, o += 4) view.setInt32(o, m.transitions[i], true);
  for (let i = 0; i < n; i++, o += 4) view.setInt32(o, m.keys[i], true);
  bytes.set(new Uint8Array(m.weights.buffer, m.weights.byteOffset, n * T), o);
  return bytes;
}

/** Decodes the binary format and builds the lookup table; throws on a foreign or truncated file. */
export function decodeModel(bytes: Uint8Array): NerModel {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < HEADER_BYTES || view.getUint32(0, true) !== MAGIC) throw new Error('not a Byline NER model');
  const T = view.getUint32(4, true);
  if (T !== TAG_COUNT) throw new Error(`model has ${T} tags, expected ${TAG_COUNT}`);
  const n = view.getUint32(8, true);
  const scale = view.getFloat32(12, true);
  const temperature = view.getFloat32(16, true);
  const transitionCount = view.getUint32(20, true);
  if (bytes.byteLength !== HEADER_BYTES + transitionCount * 4 + n * 4 + n * T) throw new Error('truncated NER model');
  let o = HEADER_BYTES;
  const transitions = new Int32Array(transitionCount);
  for (let i = 0; i < transitionCount; i++, o += 4) transitions[i] = view.getInt32(o, true);
  // Copy to an aligned buffer (the bundled bytes may start at any offset).
  const keys = new Int32Array(bytes.slice(o, o + n * 4).buffer);
  o += n * 4;
  const rows = bytes.subarray(o, o + n * T);
  let capacity = 1;
  while (capacity < n * 1.5) capacity <<= 1; // load ≤ 2/3 keeps probes short and the table small
  const mask = capacity - 1;
  const table = new ArrayBuffer(capacity * SLOT_BYTES);
  const slotKeys = new Int32Array(table);
  const slotBytes = new Int8Array(table);
  const keyStride = SLOT_BYTES / 4;
  const bloom = new Int32Array(BLOOM_BITS / 32);
  for (let i = 0; i < n; i++) {
    const k = keys[i];
    const b = bloomBit(k);
    bloom[b >>> 5] |= 1 << (b & 31);
    let s = k & mask;
    while (slotKeys[s * keyStride] !== 0) s = (s + 1) & mask;
    slotKeys[s * keyStride] = k;
    const to = s * SLOT_BYTES + 4, from = i * T;
    for (let y = 0; y < T; y++) slotBytes[to + y] = rows[from + y] << 24 >> 24; // uint8 → int8
  }
  return { table, capacity, bloom, transitions, scale, temperature, featureCount: n };
}

/** Byte offset of a feature's weights in the table, or -1 when the model does not know it. */
function probe(slots: Int32Array, mask: number, bloom: Int32Array, k: number): number {
  const b = bloomBit(k);
  if ((bloom[b >>> 5] & (1 << (b & 31))) === 0) return -1;
  let s = k & mask;
  let found = slots[s << 2];
  while (found !== k && found !== 0) { s = (s + 1) & mask; found = slots[s << 2]; }
  return found === 0 ? -1 : (s << 4) + 4;
}

/**
 * Open addressing from keys of one or four int32 (any values) to offsets of cached sums. Typed
 * arrays, not a Map: most keys are hashes outside the small-integer range, which a Map would box.
 * A slot holds its key's values and then its offset (-1 = empty), so a probe touches one place.
 * An index of keys of one value takes b = c = d = 0.
 */
class SumsIndex {
  /** Ints per slot: the key's values, then the offset. */
  private readonly stride: number;
  private table: Int32Array;
  private mask = 1023;
  size = 0;

  constructor(width: 1 | 4) {
    this.stride = width + 1;
    this.table = emptySlots(1024, this.stride);
  }

  /** The offset stored for key (a, b, c, d), or -1. */
  find(a: number, b: number, c: number, d: number): number {
    const table = this.table, stride = this.stride, mask = this.mask;
    let s = hashOfFour(a, b, c, d) & mask;
    for (;;) {
      const k = s * stride;
      const o = table[k + stride - 1];
      if (o < 0) return -1;
      if (table[k] === a && (stride === 2 || (table[k + 1] === b && table[k + 2] === c && table[k + 3] === d))) return o;
      s = (s + 1) & mask;
    }
  }

  /** Stores `offset` for key (a, b, c, d), which must not be stored yet. */
  insert(a: number, b: number, c: number, d: number, offset: number): void {
    const table = this.table, stride = this.stride, mask = this.mask;
    let s = hashOfFour(a, b, c, d) & mask;
    while (table[s * stride + stride - 1] >= 0) s = (s + 1) & mask;
    const k = s * stride;
    table[k] = a;
    if (stride > 2) { table[k + 1] = b; table[k + 2] = c; table[k + 3] = d; }
    table[k + stride - 1] = offset;
    if (++this.size * 2 > mask + 1) this.grow();
  }

  /** Doubles the table (load stays ≤ 1/2). */
  private grow(): void {
    const old = this.table, stride = this.stride;
    this.mask = this.mask * 2 + 1;
    this.table = emptySlots(this.mask + 1, stride);
    this.size = 0;
    for (let k = 0; k < old.length; k += stride) {
      const o = old[k + stride - 1];
      if (o >= 0) this.insert(old[k], stride > 2 ? old[k + 1] : 0, stride > 2 ? old[k + 2] : 0, stride > 2 ? old[k + 3] : 0, o);
    }
  }
}

/** A table of `slots` empty slots of `stride` ints (the offset, last, -1). */
function emptySlots(slots: number, stride: number): Int32Array {
  const table = new Int32Array(slots * stride);
  for (let k = stride - 1; k < table.length; k += stride) table[k] = -1;
  return table;
}

/** Hash of four int32 (one mix: a key of one value costs what it would alone). */
function hashOfFour(a: number, b: number, c: number, d: number): number {
  return mix(a ^ Math.imul(b ^ Math.imul(c ^ Math.imul(d, 0x27d4eb2f), 0x165667b1), 0x9e3779b1));
}

/**
 * Per model: summed scores of feature keys that repeat (say, those of one word alone, or of a
 * combination of short shapes), in rows of TAG_COUNT, so a token adds up a few cached rows instead of
 * probing every key. `indexes[i]` finds the rows of the entries of kind `kinds[i]` in `sums`
 * (`used` entries filled). Int16 sums are exact: a row sums at most one weight per feature slot
 * (MAX_SLOTS_PER_ROW int8 weights); and half the bytes of int32 keep more of the rows in cache.
 */
interface SumsCache { sums: Int16Array; used: number; readonly indexes: SumsIndex[]; readonly kinds: readonly CachedKind[] }

/** A kind of cached entry: `rows` rows of sums per entry, keyed by `keyWidth` int32 values. */
export interface CachedKind { readonly rows: number; readonly keyWidth: 1 | 4 }

function newSumsCache(kinds: readonly CachedKind[]): SumsCache {
  return { sums: new Int16Array(16_384 * TAG_COUNT), used: 0, indexes: kinds.map((k) => new SumsIndex(k.keyWidth)), kinds: kinds.map((k) => ({ ...k })) };
}

/** At most this many int8 weights summed in a row: |sum| ≤ 255 · 128 < 2^15, so an Int16Array holds it exactly. */
const MAX_SLOTS_PER_ROW = 255;

const sumsCaches = new WeakMap<NerModel, SumsCache>();
/** Entries of one kind after which a model's cache starts again (a long session's memory stays bounded). */
const CACHE_ENTRY_LIMIT = 100_000;

function sameKinds(a: readonly CachedKind[], b: readonly CachedKind[]): boolean {
  return a.length === b.length && a.every((k, i) => k.rows === b[i].rows && k.keyWidth === b[i].keyWidth);
}

/** Row of a feature slot that is not summed in a cached entry (see EmissionScorer.cache). */
export const PER_TOKEN = 255;

/**
 * Emission scores of one document's tokens, one token at a time. Features that depend on one word
 * alone (a token's own word, or a neighbour's), or on a few values that repeat from token to token,
 * are summed once per distinct key and cached (`cached`, `cache`); `score` adds a token's cached rows
 * and probes only its other features. Frequent words thus cost only those, and a word's keys need
 * computing only the first time it is seen.
 */
export class EmissionScorer {
  private readonly slots: Int32Array;
  private readonly weights: Int8Array;
  private readonly mask: number;
  private readonly bloom: Int32Array;
  private readonly cacheOfModel: SumsCache;

  /** `kinds[i]`: what an entry of kind i is (say, WORD_ROWS rows per word, keyed by the word's key). */
  constructor(model: NerModel, kinds: readonly CachedKind[]) {
    this.slots = new Int32Array(model.table);
    this.weights = new Int8Array(model.table);
    this.mask = model.capacity - 1;
    this.bloom = model.bloom;
    let cache = sumsCaches.get(model);
    if (!cache || !sameKinds(cache.kinds, kinds) || cache.indexes.some((index) => index.size >= CACHE_ENTRY_LIMIT)) {
      cache = newSumsCache(kinds);
      sumsCaches.set(model, cache);
    }
    this.cacheOfModel = cache;
  }

  /** Where the rows of the entry of kind `kind` with key (a, b, c, d) are cached, or -1. */
  cached(kind: number, a: number, b: number, c: number, d: number): number {
    return this.cacheOfModel.indexes[kind].find(a, b, c, d);
  }

  /**
   * Caches the rows of the entry of kind `kind` with key (a, b, c, d) and returns where they start
   * (row r at that + r * TAG_COUNT): row r sums the weights of the keys in the slots f with
   * rowOfSlot[f] = r (keys[f], 0 = absent; slots marked PER_TOKEN are left out).
   */
  cache(kind: number, a: number, b: number, c: number, d: number, keys: Int32Array, rowOfSlot: Uint8Array): number {
    const cache = this.cacheOfModel;
    const rows = cache.kinds[kind].rows;
    if (rowOfSlot.length > MAX_SLOTS_PER_ROW) throw new Error(`at most ${MAX_SLOTS_PER_ROW} feature slots can be summed in cached rows`);
    const at = cache.used;
    if (at + rows * TAG_COUNT > cache.sums.length) { const grown = new Int16Array(cache.sums.length * 2); grown.set(cache.sums); cache.sums = grown; }
    cache.used += rows * TAG_COUNT;
    const sums = cache.sums, weights = this.weights;
    for (let f = 0; f < rowOfSlot.length; f++) {
      const row = rowOfSlot[f];
      if (row === PER_TOKEN) continue;
      const w = keys[f] === 0 ? -1 : probe(this.slots, this.mask, this.bloom, keys[f]);
      if (w < 0) continue;
      const r = at + row * TAG_COUNT;
      for (let y = 0; y < TAG_COUNT; y++) sums[r + y] += weights[w + y];
    }
    cache.indexes[kind].insert(a, b, c, d, at);
    return at;
  }

  /**
   * Writes to out[o…o + TAG_COUNT) the sum of `count` cached rows (at offsets rows[0…count): where an
   * entry's rows start, from `cached` or `cache`, + row * TAG_COUNT) plus the weights of one token's
   * keys in the `perToken` slots (slot f at keys[f]; 0 = absent).
   */
  score(rows: Int32Array, count: number, keys: Int32Array, perToken: Uint8Array, out: Int32Array, o: number): void {
    const slots = this.slots, weights = this.weights, mask = this.mask, bloom = this.bloom;
    const cached = this.cacheOfModel.sums;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
    for (let i = 0; i < count; i++) {
      const r = rows[i];
      s0 += cached[r]; s1 += cached[r + 1]; s2 += cached[r + 2]; s3 += cached[r + 3]; s4 += cached[r + 4];
      s5 += cached[r + 5]; s6 += cached[r + 6]; s7 += cached[r + 7]; s8 += cached[r + 8];
    }
    for (let i = 0; i < perToken.length; i++) {
      const f = perToken[i];
      const k = keys[f];
      if (k === 0) continue;
      const w = probe(slots, mask, bloom, k);
      if (w < 0) continue;
      s0 += weights[w]; s1 += weights[w + 1]; s2 += weights[w + 2]; s3 += weights[w + 3]; s4 += weights[w + 4];
      s5 += weights[w + 5]; s6 += weights[w + 6]; s7 += weights[w + 7]; s8 += weights[w + 8];
    }
    out[o] = s0; out[o + 1] = s1; out[o + 2] = s2; out[o + 3] = s3; out[o + 4] = s4;
    out[o + 5] = s5; out[o + 6] = s6; out[o + 7] = s7; out[o + 8] = s8;
  }
}

const NEG = -1e15;

/** ALLOWED[p * T + y]: transition p → y is IOB2-valid; row T is the sentence start. */
export const ALLOWED = (() => {
  const a = new Uint8Array((TAG_COUNT + 1) * TAG_COUNT);
  for (let p = -1; p < TAG_COUNT; p++) for (let y = 0; y < TAG_COUNT; y++) a[(p < 0 ? TAG_COUNT : p) * TAG_COUNT + y] = allowedTransition(p, y) ? 1 : 0;
  return a;
})();

let delta = new Float64Array(0);
let back = new Int8Array(0);
/** Path scores in int32 (see viterbi): the same answers as in float64, and faster. */
let intDelta = new Int32Array(0);
/** Below any path score of an int32 decoding (see viterbi), and far above int32's bottom. */
const INT_NEG = -(2 ** 30);

/** Largest |transition| per transition table (a bound on what one step adds to a path score). */
const largestTransitions = new WeakMap<Int32Array, number>();

/**
 * Whether Viterbi over n tokens is exact in int32: integer scores and transitions, and every path
 * score (|score| ≤ n · (MAX_EMISSION + largest |transition|)) above INT_NEG.
 */
function fitsInt32(scores: ArrayLike<number>, transitions: ArrayLike<number>, n: number): boolean {
  if (!(scores instanceof Int32Array) || !(transitions instanceof Int32Array)) return false;
  let largest = largestTransitions.get(transitions);
  if (largest === undefined) {
    largest = 0;
    for (let i = 0; i < transitions.length; i++) largest = Math.max(largest, Math.abs(transitions[i]));
    largestTransitions.set(transitions, largest);
  }
  return n * (MAX_EMISSION + largest) < -INT_NEG;
}

/** Bound on a token's |emission score| in int32 scores: the tagger's sum one int8 weight per feature slot (FEATURE_COUNT < 64). */
const MAX_EMISSION = 64 * 128;

/**
 * Best IOB2-valid tag sequence for tokens [from, to) given emission scores (token-major) and
 * transitions ((T + 1) x T, last row = start). Writes tags into `out[from..to)`. `before` is the
 * tag assumed before `from` (default: the sentence start row) and `after` the tag assumed after
 * `to` (default: none, the sentence ends).
 * Integer scores (the tagger's) are decoded in int32, which is exact for them (fitsInt32) and
 * faster than float64 (training's float scores use float64).
 */
export function viterbi(scores: ArrayLike<number>, transitions: ArrayLike<number>, from: number, to: number, out: Int32Array | Int8Array, before: number = TAG_COUNT, after = -1): void {
  const n = to - from;
  if (n <= 0) return;
  if (back.length < n * TAG_COUNT) back = new Int8Array(n * TAG_COUNT * 2);
  if (fitsInt32(scores, transitions, n)) {
    if (intDelta.length < n * TAG_COUNT) intDelta = new Int32Array(n * TAG_COUNT * 2);
    decode(intDelta, INT_NEG, scores, transitions, from, to, out, before, after);
  } else {
    if (delta.length < n * TAG_COUNT) delta = new Float64Array(n * TAG_COUNT * 2);
    decode(delta, NEG, scores, transitions, from, to, out, before, after);
  }
}

/**
 * Viterbi with path scores in `d` (NEG below any of them): IOB2 structure is unrolled, `O` and
 * `B-X` may follow any tag, `I-X` only `B-X` or `I-X` (predecessors tried in increasing order,
 * first best kept, as the generic form would).
 */
function decode(d: Int32Array | Float64Array, NEG: number, scores: ArrayLike<number>, transitions: ArrayLike<number>, from: number, to: number, out: Int32Array | Int8Array, before: number, after: number): void {
  const T = TAG_COUNT;
  const n = to - from;
  const bk = back;
  for (let y = 0; y < T; y++) d[y] = ALLOWED[before * T + y] ? scores[from * T + y] + transitions[before * T + y] : NEG;
  for (let i = 1; i < n; i++) {
    const row = i * T, prevRow = row - T, e = (from + i) * T;
    // The previous token's scores of the 9 tags (O and B-/I- of PER, ORG, LOC, MISC).
    const q0 = d[prevRow], q1 = d[prevRow + 1], q2 = d[prevRow + 2], q3 = d[prevRow + 3], q4 = d[prevRow + 4];
    const q5 = d[prevRow + 5], q6 = d[prevRow + 6], q7 = d[prevRow + 7], q8 = d[prevRow + 8];
    // O and the B- tags (even columns but O's at 0, odd ones at 1, 3, 5, 7) follow any tag.
    for (let y = 0; y < T; y += y === 0 ? 1 : 2) {
      let best = q0 + transitions[y], arg = 0;
      let v = q1 + transitions[T + y]; if (v > best) { best = v; arg = 1; }
      v = q2 + transitions[2 * T + y]; if (v > best) { best = v; arg = 2; }
      v = q3 + transitions[3 * T + y]; if (v > best) { best = v; arg = 3; }
      v = q4 + transitions[4 * T + y]; if (v > best) { best = v; arg = 4; }
      v = q5 + transitions[5 * T + y]; if (v > best) { best = v; arg = 5; }
      v = q6 + transitions[6 * T + y]; if (v > best) { best = v; arg = 6; }
      v = q7 + transitions[7 * T + y]; if (v > best) { best = v; arg = 7; }
      v = q8 + transitions[8 * T + y]; if (v > best) { best = v; arg = 8; }
      d[row + y] = best + scores[e + y];
      bk[row + y] = arg;
    }
    // I-X follows only B-X or I-X.
    for (let y = 2; y < T; y += 2) {
      const vb = d[prevRow + y - 1] + transitions[(y - 1) * T + y];
      const vi = d[prevRow + y] + transitions[y * T + y];
      const inside = vi > vb;
      d[row + y] = (inside ? vi : vb) + scores[e + y];
      bk[row + y] = inside ? y : y - 1;
    }
  }
  let best = NEG, arg = 0;
  const last = (n - 1) * T;
  for (let y = 0; y < T; y++) {
    const v = after < 0 ? d[last + y] : ALLOWED[y * T + after] ? d[last + y] + transitions[y * T + after] : NEG;
    if (v > best) { best = v; arg = y; }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[from + i] = arg;
    if (i > 0) arg = bk[i * T + arg];
  }
}
