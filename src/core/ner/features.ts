/**
 * Feature extraction for the tagger: every token gets FEATURE_COUNT hashed feature keys
 * (word, lower case, shape, affixes, neighbours, sentence case, document-level evidence about
 * the same word elsewhere, gazetteer membership). Training and inference share this code, so
 * what the model saw is what it gets; changing a feature means retraining (`npm run train:ner`).
 */

import { codeAt } from '../text/chars';
import { key1, key2, key3 } from './hash';
import { AFFIXES, HAS_LETTER, HAS_LOWER, INIT_CAP, caseClass, computeAttributes, shapeAndAffixes, type TokenAttributes } from './attributes';
import { capitalisedRuns, gazetteerMatches, upperCaseTitleLines, type GazetteerMatches } from './context';
import { PER_TOKEN } from './model';
import { FRESH_ARRAYS, type WorkArrays } from './scratch';

/** Number of feature keys per token (some may be 0 = absent). */
export const FEATURE_COUNT = 36;
/** The first INTRINSIC_FEATURES keys of a token depend on its word alone; key WORD_FEATURE is the word itself. */
export const INTRINSIC_FEATURES = 13;
export const WORD_FEATURE = 1;

const BOUNDARY = 0x5a5a5a5a; // hashed value standing for "outside the sentence"

/**
 * Gazetteer evidence of token t: the entry's kind, whether t is inside (not first in) the match,
 * and whether the match is the whole capitalised run (`Georgia`), only part of it
 * (`Democratic` in `Social Democratic Party`), or unknown (ALL-CAPS line). 0 = no match.
 */
function gazetteerCode(g: GazetteerMatches, runs: { first: Int32Array; last: Int32Array }, caps: number, t: number): number {
  const kind = g.kind[t];
  if (kind === 0) return 0;
  const inside = t > g.start[t] ? 1 : 0;
  const fit = caps ? 2 : runs.first[t] === g.start[t] && runs.last[t] === g.end[t] - 1 ? 1 : 0;
  return (kind << 3) | (inside << 2) | fit;
}

const SEEN_LOWER = 1, SEEN_CAPITALISED = 2, SEEN_AS_TAIL = 4, SEEN_AS_HEAD = 8;

/**
 * Evidence bits per hashed word of one document: an open-addressing table over int32 keys
 * (a Set<number> would box most hashes, which lie outside the small-integer range).
 */
class WordBits {
  private readonly keys: Int32Array;
  private readonly bits: Uint8Array;
  private readonly mask: number;
  /** Bits of the key 0, which marks empty slots in the table. */
  private zeroBits = 0;

  /** Room for `words` distinct keys at load ≤ 1/2 (the tables from `arrays`). */
  constructor(words: number, arrays: WorkArrays) {
    let capacity = 16;
    while (capacity < words * 2) capacity <<= 1;
    this.keys = arrays.int32(capacity);
    this.bits = arrays.uint8(capacity);
    this.mask = capacity - 1;
  }

  /** Sets `bit` for `key`. */
  add(key: number, bit: number): void {
    if (key === 0) { this.zeroBits |= bit; return; }
    const s = this.slot(key);
    this.keys[s] = key;
    this.bits[s] |= bit;
  }

  /** The bits set for `key` (0 when none). */
  get(key: number): number {
    if (key === 0) return this.zeroBits;
    return this.bits[this.slot(key)];
  }

  private slot(key: number): number {
    const h = Math.imul(key, 0x9e3779b1);
    let s = (h ^ (h >>> 15)) & this.mask;
    for (;;) {
      const k = this.keys[s];
      if (k === key || k === 0) return s;
      s = (s + 1) & this.mask;
    }
  }
}

const OPENERS = new Set(['"', "'", '(', '[', ':', '-', '--', '`', '``']);

/**
 * Whether `form` is in OPENERS. Every opener starts with one of `"'([:-` and a backtick, so a word
 * (most forms, and two-letter words like `of` are common) is told apart by its first character
 * without hashing it for the set lookup.
 */
function isOpener(form: string | undefined): boolean {
  if (form === undefined) return false;
  const c = codeAt(form, 0);
  return (c === 34 || c === 39 || c === 40 || c === 91 || c === 58 || c === 45 || c === 96) && OPENERS.has(form);
}

/** What the feature templates read about one document, computed once per document (documentContext). */
export interface DocumentContext {
  /** The token forms as the model sees them (Title Case lines upper-cased). */
  readonly forms: readonly string[];
  readonly sentences: readonly number[];
  readonly attributes: TokenAttributes;
  /** One flag per sentence: it has letters and none of them lower case. */
  readonly capsSentence: Uint8Array;
  readonly gazetteer: GazetteerMatches;
  readonly runs: { first: Int32Array; last: Int32Array };
  /** Document evidence per lower-case word hash (SEEN_* bits). */
  readonly seen: WordBits;
}

/**
 * The per-document context of the feature templates: `forms` the tokens, `sentences` boundaries
 * as in TokenizedText. With `selected` (one flag per sentence), only those sentences' tokens (and
 * with `active`, one flag per token, only active ones) can be asked for keys; document evidence
 * still reads every token, so their keys are the same as without a selection. Its arrays come
 * from `arrays`.
 */
export function documentContext(original: readonly string[], sentences: readonly number[], selected?: Uint8Array, active?: Uint8Array, arrays: WorkArrays = FRESH_ARRAYS): DocumentContext {
  const forms = upperCaseTitleLines(original, sentences);
  const n = forms.length;
  const a = computeAttributes(forms, selected ? neededTokens(n, sentences, selected, active, arrays) : undefined, arrays);
  const capsSentence = arrays.uint8(sentences.length);
  const seen = new WordBits(n, arrays);
  for (let s = 0; s + 1 < sentences.length; s++) {
    const from = sentences[s], to = sentences[s + 1];
    let letters = 0, lowers = 0;
    for (let t = from; t < to; t++) {
      const f = a.flags[t];
      if (!(f & HAS_LETTER)) continue;
      letters++;
      if (!(f & HAS_LOWER)) continue;
      lowers++;
      // Document evidence: the same word written in lower case, or capitalised where case is informative,
      // ...and as a later or the first word of a longer capitalised name (`Peter Smith` → later `Smith`).
      // (A word with a lower-case letter is never in an ALL-CAPS sentence.)
      if (!(f & INIT_CAP)) { seen.add(a.lower[t], SEEN_LOWER); continue; }
      if (!(t === from || isOpener(forms[t - 1]))) seen.add(a.lower[t], SEEN_CAPITALISED);
      const prevCap = t > from && isCapitalisedWord(a.flags[t - 1]);
      const nextCap = t + 1 < to && isCapitalisedWord(a.flags[t + 1]);
      if (prevCap) seen.add(a.lower[t], SEEN_AS_TAIL); // middle names count too: `Lucía Benalcázar Ortiz`
      else if (nextCap) seen.add(a.lower[t], SEEN_AS_HEAD);
    }
    capsSentence[s] = letters > 0 && lowers === 0 ? 1 : 0;
  }
  const gazetteer = gazetteerMatches(forms, a.flags, sentences, selected, active, arrays);
  const runs = capitalisedRuns(forms, a.flags, sentences, capsSentence, selected, arrays);
  return { forms, sentences, attributes: a, capsSentence, gazetteer, runs, seen };
}

/** A capitalised word with a lower-case letter (`Smith`, not `BBC`). */
function isCapitalisedWord(flags: number): boolean {
  return (flags & INIT_CAP) !== 0 && (flags & HAS_LOWER) !== 0;
}

/**
 * Tokens that need every attribute: the tokens that get keys (active ones in `selected` sentences)
 * and their neighbours up to two away, whose word and short shape are features (or, two away, key
 * the cached sums of the word's lower case). The rest need only `lower` and `flags`.
 */
function neededTokens(n: number, sentences: readonly number[], selected: Uint8Array, active: Uint8Array | undefined, arrays: WorkArrays): Uint8Array {
  const needed = arrays.uint8(n);
  for (let s = 0; s + 1 < sentences.length; s++) {
    if (!selected[s]) continue;
    const to = sentences[s + 1];
    // Each run of active tokens, and two more on either side.
    for (let t = sentences[s]; t < to; ) {
      if (active && !active[t]) { t++; continue; }
      let end = t + 1;
      while (end < to && (!active || active[end])) end++;
      needed.fill(1, Math.max(0, t - 2), Math.min(n, end + 2));
      t = end;
    }
  }
  return needed;
}

/** Case is uninformative at a sentence start, after an opener, and in ALL-CAPS lines. */
function isUninformative(doc: DocumentContext, s: number, t: number): number {
  return t === doc.sentences[s] || doc.capsSentence[s] || isOpener(doc.forms[t - 1]) ? 1 : 0;
}

/** Key of token t's word feature (WORD_FEATURE): the key its word's sums are cached under (see ROW_OF_SLOT). */
export function wordKey(doc: DocumentContext, t: number): number {
  return key1(2, doc.attributes.word[t]);
}

const shapeAndAffixHashes = new Int32Array(1 + 2 * AFFIXES);

/** Writes token t's INTRINSIC_FEATURES keys (those of its word alone) to out[o…]. */
export function writeIntrinsicKeys(doc: DocumentContext, t: number, out: Int32Array, o: number): void {
  const a = doc.attributes;
  const h = shapeAndAffixHashes;
  shapeAndAffixes(doc.forms[t], h);
  out[o] = key1(1, 0);
  out[o + WORD_FEATURE] = wordKey(doc, t);
  out[o + 2] = key1(3, a.lower[t]);
  out[o + 3] = key1(4, h[0]);
  out[o + 4] = key1(5, a.shortShape[t]);
  for (let k = 0; k < AFFIXES; k++) {
    const hp = h[1 + k], hx = h[1 + AFFIXES + k];
    out[o + 5 + k] = hp ? key1(6 + k, hp) : 0;
    out[o + 9 + k] = hx ? key1(10 + k, hx) : 0;
  }
}

/**
 * The slots of the features that read one neighbouring word alone (its lower case, word and short
 * shape): what a word adds as the previous (AS_PREVIOUS_SLOTS) or the next word (AS_NEXT_SLOTS) of a
 * token, and as the word two before (slot 15) or two after it (slot 16). Written for a word by
 * writeAsNeighbourKeys, whatever token it stands next to.
 */
const AS_PREVIOUS_SLOTS = [13, 17, 19], AS_NEXT_SLOTS = [14, 18, 20], AS_SECOND_PREVIOUS_SLOT = 15, AS_SECOND_NEXT_SLOT = 16;

/**
 * Writes the keys of the word with hashes `lower`, `word`, `shortShape` as a token's neighbour to
 * out[o…]: as its previous word (slots 13, 17, 19), its next word (slots 14, 18, 20), the word two
 * before (15) and two after it (16). BOUNDARY for all three stands for "outside the sentence".
 */
function writeAsNeighbourKeys(lower: number, word: number, shortShape: number, out: Int32Array, o: number): void {
  out[o + 13] = key1(14, lower);
  out[o + 17] = key1(18, word);
  out[o + 19] = key1(20, shortShape);
  out[o + 14] = key1(15, lower);
  out[o + 18] = key1(19, word);
  out[o + 20] = key1(21, shortShape);
  out[o + 15] = key1(16, lower);
  out[o + 16] = key1(17, lower);
}

/** Writes the keys of token t's neighbours in sentence s (the slots of writeAsNeighbourKeys) to out[o…]. */
function writeNeighbourKeys(doc: DocumentContext, s: number, t: number, out: Int32Array, o: number): void {
  const a = doc.attributes;
  const from = doc.sentences[s], to = doc.sentences[s + 1];
  const p1 = t - 1 >= from, n1 = t + 1 < to;
  out[o + 13] = key1(14, p1 ? a.lower[t - 1] : BOUNDARY);
  out[o + 17] = key1(18, p1 ? a.word[t - 1] : BOUNDARY);
  out[o + 19] = key1(20, p1 ? a.shortShape[t - 1] : BOUNDARY);
  out[o + 14] = key1(15, n1 ? a.lower[t + 1] : BOUNDARY);
  out[o + 18] = key1(19, n1 ? a.word[t + 1] : BOUNDARY);
  out[o + 20] = key1(21, n1 ? a.shortShape[t + 1] : BOUNDARY);
  out[o + 15] = key1(16, t - 2 >= from ? a.lower[t - 2] : BOUNDARY);
  out[o + 16] = key1(17, t + 2 < to ? a.lower[t + 2] : BOUNDARY);
}

/** Rows of a word's sums cached by the tagger (see EmissionScorer): its own features, and what it adds next to a token. */
export const OWN_ROW = 0, AS_PREVIOUS_ROW = 1, AS_NEXT_ROW = 2, AS_SECOND_PREVIOUS_ROW = 3, AS_SECOND_NEXT_ROW = 4, WORD_ROWS = 5;

/** Per feature slot, the row of the word's sums it goes to, or PER_TOKEN for the features read per token. */
export const ROW_OF_SLOT = (() => {
  const rows = new Uint8Array(FEATURE_COUNT).fill(PER_TOKEN);
  for (let f = 0; f < INTRINSIC_FEATURES; f++) rows[f] = OWN_ROW;
  for (const f of AS_PREVIOUS_SLOTS) rows[f] = AS_PREVIOUS_ROW;
  for (const f of AS_NEXT_SLOTS) rows[f] = AS_NEXT_ROW;
  rows[AS_SECOND_PREVIOUS_SLOT] = AS_SECOND_PREVIOUS_ROW;
  rows[AS_SECOND_NEXT_SLOT] = AS_SECOND_NEXT_ROW;
  return rows;
})();

/** The slots read from a token's shape context (writeShapeContextKeys), and from its case context (writeCaseContextKeys). */
const SHAPE_CONTEXT_SLOTS = [21, 22, 23, 26, 27], CASE_CONTEXT_SLOTS = [28, 31, 32, 33];

/** Per feature slot: 0 for the slots of `slots` (all summed in one row), else PER_TOKEN. */
function oneRow(slots: readonly number[]): Uint8Array {
  const rows = new Uint8Array(FEATURE_COUNT).fill(PER_TOKEN);
  for (const f of slots) rows[f] = 0;
  return rows;
}

/** Rows of a shape context's and of a case context's sums (one each), as ROW_OF_SLOT. */
export const SHAPE_CONTEXT_ROW_OF_SLOT = oneRow(SHAPE_CONTEXT_SLOTS), CASE_CONTEXT_ROW_OF_SLOT = oneRow(CASE_CONTEXT_SLOTS);

/** The slots that are neither a word's nor a context's: written per token by writePairKeys. */
export const PER_TOKEN_SLOTS = Uint8Array.from([24, 25, 29, 30, 34, 35]);

/** Writes the keys of token t's word (ROW_OF_SLOT: its own, and as a neighbour) to out[o…]. */
export function writeWordKeys(doc: DocumentContext, t: number, out: Int32Array, o: number): void {
  const a = doc.attributes;
  writeIntrinsicKeys(doc, t, out, o);
  writeAsNeighbourKeys(a.lower[t], a.word[t], a.shortShape[t], out, o);
}

/** Writes the keys of the pseudo-word outside a sentence as a neighbour (its own keys 0) to out[o…]. */
export function writeBoundaryKeys(out: Int32Array, o: number): void {
  out.fill(0, o, o + INTRINSIC_FEATURES);
  writeAsNeighbourKeys(BOUNDARY, BOUNDARY, BOUNDARY, out, o);
}

/**
 * A token's context in small-vocabulary values, the keys of its shape and case context features:
 * SHAPE_BEFORE, SHAPE and SHAPE_AFTER the short shapes of the previous word, its own and the next
 * (BOUNDARY outside the sentence); SHAPE_SETTING its place in the sentence (+1 first, +2 alone) and
 * +4 in an ALL-CAPS sentence; CASE_SETTING its document evidence, case class, whether case is
 * informative there and name-sequence evidence; GAZETTEER and NEXT_GAZETTEER its and the next
 * token's gazetteer codes (0 = none).
 */
export const SHAPE_BEFORE = 0, SHAPE = 1, SHAPE_AFTER = 2, SHAPE_SETTING = 3, CASE_SETTING = 4, GAZETTEER = 5, NEXT_GAZETTEER = 6, CONTEXT_VALUES = 7;

/** Writes token t's context values (see SHAPE_BEFORE…) in sentence s to out[0…CONTEXT_VALUES). */
export function tokenContext(doc: DocumentContext, s: number, t: number, out: Int32Array): void {
  const a = doc.attributes;
  const from = doc.sentences[s], to = doc.sentences[s + 1];
  const caps = doc.capsSentence[s];
  out[SHAPE_BEFORE] = t > from ? a.shortShape[t - 1] : BOUNDARY;
  out[SHAPE] = a.shortShape[t];
  out[SHAPE_AFTER] = t + 1 < to ? a.shortShape[t + 1] : BOUNDARY;
  out[SHAPE_SETTING] = (t === from ? 1 : 0) + (to - from === 1 ? 2 : 0) + (caps << 2);
  const bits = doc.seen.get(a.lower[t]);
  const evidence = (bits & SEEN_LOWER ? 1 : 0) + (bits & SEEN_CAPITALISED ? 2 : 0);
  const sequence = (bits & SEEN_AS_TAIL ? 1 : 0) + (bits & SEEN_AS_HEAD ? 2 : 0);
  out[CASE_SETTING] = evidence | (caseClass(a.flags[t]) << 2) | (isUninformative(doc, s, t) << 4) | (sequence << 5);
  out[GAZETTEER] = gazetteerCode(doc.gazetteer, doc.runs, caps, t);
  out[NEXT_GAZETTEER] = t + 1 < to ? gazetteerCode(doc.gazetteer, doc.runs, caps, t + 1) : 0;
}

/** Writes the keys of the shape context features (SHAPE_CONTEXT_SLOTS) of a token with context values `c` to out[o…]. */
export function writeShapeContextKeys(c: Int32Array, out: Int32Array, o: number): void {
  const SSm1 = c[SHAPE_BEFORE], SS0 = c[SHAPE], SSp1 = c[SHAPE_AFTER], setting = c[SHAPE_SETTING];
  out[o + 21] = key2(22, SSm1, SS0);
  out[o + 22] = key2(23, SS0, SSp1);
  out[o + 23] = key3(24, SSm1, SS0, SSp1);
  out[o + 26] = key2(27, setting & 3, SS0);
  out[o + 27] = key2(28, setting >> 2, SS0);
}

/** Writes the keys of the case context features (CASE_CONTEXT_SLOTS) of a token with context values `c` to out[o…]. */
export function writeCaseContextKeys(c: Int32Array, out: Int32Array, o: number): void {
  const setting = c[CASE_SETTING], G0 = c[GAZETTEER], Gp1 = c[NEXT_GAZETTEER];
  const evidence = setting & 3, caseOf = (setting >> 2) & 3, uninformative = (setting >> 4) & 1, sequence = setting >> 5;
  out[o + 28] = key3(29, evidence, caseOf, uninformative);
  out[o + 31] = G0 ? key2(32, G0, caseOf) : 0;
  out[o + 32] = G0 || Gp1 ? key2(33, G0, Gp1) : 0;
  out[o + 33] = sequence ? key3(34, sequence, caseOf, uninformative) : 0;
}

/** Writes the keys of token t of sentence s that pair its word with another (PER_TOKEN_SLOTS) to out[o…]. */
export function writePairKeys(doc: DocumentContext, s: number, t: number, out: Int32Array, o: number): void {
  const a = doc.attributes;
  const from = doc.sentences[s], to = doc.sentences[s + 1];
  const p1 = t - 1 >= from, n1 = t + 1 < to;
  const L0 = a.lower[t], SS0 = a.shortShape[t];
  const Lm1 = p1 ? a.lower[t - 1] : BOUNDARY, Lp1 = n1 ? a.lower[t + 1] : BOUNDARY;
  const SSm1 = p1 ? a.shortShape[t - 1] : BOUNDARY;
  out[o + 24] = key2(25, Lm1, L0);
  out[o + 25] = key2(26, L0, Lp1);
  out[o + 29] = key2(30, Lm1, SS0);
  out[o + 30] = key2(31, SSm1, L0);
  out[o + 34] = key2(35, Lm1, Lp1);
  const runFirst = doc.runs.first[t], runLast = doc.runs.last[t];
  out[o + 35] = runFirst >= 0 && runLast > runFirst ? key2(36, a.lower[runLast], t === runFirst ? 0 : t === runLast ? 2 : 1) : 0;
}

const contextValues = new Int32Array(CONTEXT_VALUES);

/** Writes the keys of token t of sentence s that depend on more than one word, but not only on its neighbours' words, to out[o…]. */
export function writeTokenKeys(doc: DocumentContext, s: number, t: number, out: Int32Array, o: number): void {
  tokenContext(doc, s, t, contextValues);
  writeShapeContextKeys(contextValues, out, o);
  writeCaseContextKeys(contextValues, out, o);
  writePairKeys(doc, s, t, out, o);
}

/**
 * Feature keys for a document: `forms` its tokens, `sentences` boundaries as in TokenizedText.
 * Returns n * FEATURE_COUNT keys (token-major). With `selected` (one flag per sentence), only
 * those sentences' tokens get keys (the rest stay 0); document evidence still reads every token,
 * so a selected sentence's keys are the same as without a selection. With `active` (one flag per
 * token), only active tokens get keys.
 */
export function extractFeatures(original: readonly string[], sentences: readonly number[], selected?: Uint8Array, active?: Uint8Array): Int32Array {
  const n = original.length;
  const out = new Int32Array(n * FEATURE_COUNT);
  if (n === 0) return out;
  const doc = documentContext(original, sentences, selected, active);
  for (let s = 0; s + 1 < sentences.length; s++) {
    if (selected && !selected[s]) continue;
    for (let t = sentences[s]; t < sentences[s + 1]; t++) {
      if (active && !active[t]) continue;
      writeIntrinsicKeys(doc, t, out, t * FEATURE_COUNT);
      writeNeighbourKeys(doc, s, t, out, t * FEATURE_COUNT);
      writeTokenKeys(doc, s, t, out, t * FEATURE_COUNT);
    }
  }
  return out;
}
