/**
 * The learned NameRecognizer: tokenises text CoNLL-style, tags it with the perceptron model
 * and maps entity token ranges back to exact character spans of the original text.
 */

import type { NameRecognizer, NameSpan, Span } from '../types';
import { entitiesOf } from './conll';
import type { NerModel } from './model';
import { tagDocument } from './tagger';
import { tokenize, type TokenizedText } from './tokenize';
import { RUN_JOINERS } from './context';
import { codeAt } from '../text/chars';
import { FRESH_ARRAYS, ReusedArrays, type WorkArrays } from './scratch';

/**
 * Confidence of a name on tokens [start, end): its least sure token, or the token after it in
 * the same sentence (which says where the name ends). `limit` is the sentence's end; the next
 * sentence is decoded on its own and says nothing about this name.
 */
export function spanConfidence(confidence: Float32Array, start: number, end: number, limit = confidence.length): number {
  let c = 1;
  for (let i = start; i <= end && i < limit; i++) c = Math.min(c, confidence[i]);
  return c;
}

const WORDLIKE = /[\p{L}\p{N}]/u;

/** Whether `form` has a letter or a digit (WORDLIKE): an ASCII letter or digit first, as most forms have, answers without the regex. */
function isWordlike(form: string): boolean {
  const c = codeAt(form, 0);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || WORDLIKE.test(form);
}

const TITLES = new Set([
  'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'professor', 'sir', 'president', 'vice-president', 'premier', 'chancellor',
  'minister', 'secretary', 'governor', 'gov.', 'ambassador', 'envoy', 'senator', 'sen.', 'rep.', 'congressman',
  'congresswoman', 'mayor', 'judge', 'justice', 'general', 'gen.', 'colonel', 'col.', 'major', 'captain', 'capt.',
  'lieutenant', 'lt.', 'sergeant', 'sgt.', 'commander', 'admiral', 'spokesman', 'spokeswoman', 'spokesperson',
  'chairman', 'chairwoman', 'pope', 'cardinal', 'bishop', 'archbishop', 'rev.', 'reverend', 'imam', 'rabbi', 'sheikh',
]);

/** One flag per sentence of `tokens`: whether a character of it lies in one of `spans`. */
export function sentencesOverlapping(tokens: TokenizedText, spans: readonly Span[], arrays: WorkArrays = FRESH_ARRAYS): Uint8Array {
  const { sentences, starts, ends } = tokens;
  const out = arrays.uint8(Math.max(0, sentences.length - 1));
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let j = 0;
  for (let s = 0; s + 1 < sentences.length && j < sorted.length; s++) {
    const from = starts[sentences[s]], to = ends[sentences[s + 1] - 1];
    while (j < sorted.length && sorted[j].end <= from) j++;
    // Spans are sorted by start; one ending inside an earlier sentence may still reach this one.
    for (let k = j; k < sorted.length && sorted[k].start < to; k++) if (sorted[k].end > from) { out[s] = 1; break; }
  }
  return out;
}

/**
 * One flag per token of `tokens`: within `radius` tokens (in the same sentence) of a token that
 * overlaps one of `spans`. A window never ends next to a token a name could go on through (a
 * capitalised word, a number, `of`): it grows over such tokens, so no name is cut at its edge.
 */
export function tokensNear(tokens: TokenizedText, spans: readonly Span[], radius: number, arrays: WorkArrays = FRESH_ARRAYS): Uint8Array {
  const { forms, sentences, starts, ends } = tokens;
  const n = starts.length;
  const out = arrays.uint8(n);
  // Per span, the tokens it overlaps (token ends increase: a binary search finds the first), so
  // tokens far from every span cost nothing. The windows of a span's tokens in one sentence overlap,
  // and both their edges move right from token to token: together they are the first token's start
  // to the last token's end, marked at once.
  for (const span of spans) {
    let t = firstTokenEndingAfter(ends, span.start);
    if (t >= n || starts[t] >= span.end) continue;
    let sentence = sentenceOf(sentences, t);
    while (t < n && starts[t] < span.end) {
      while (sentences[sentence + 1] <= t) sentence++;
      const first = sentences[sentence], last = sentences[sentence + 1] - 1;
      let u = t; // the span's last token in this sentence
      while (u < last && starts[u + 1] < span.end) u++;
      let from = Math.max(first, t - radius), to = Math.min(last, u + radius);
      while (from > first && mayContinueName(forms[from - 1])) from--;
      while (to < last && mayContinueName(forms[to + 1])) to++;
      out.fill(1, from, to + 1);
      t = u + 1;
    }
  }
  return out;
}

/** The first token whose end is after `offset` (token ends increase), or the token count. */
function firstTokenEndingAfter(ends: Int32Array, offset: number): number {
  let lo = 0, hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ends[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The sentence holding token t (`sentences` as in TokenizedText). */
function sentenceOf(sentences: readonly number[], t: number): number {
  let lo = 0, hi = sentences.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (sentences[mid] <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Length of the longest RUN_JOINERS word: longer lower-case words skip the set lookup. */
const MAX_JOINER_LENGTH = Math.max(...[...RUN_JOINERS].map((w) => w.length));

/** Whether a name could go on through this token: a capital or a digit first, or a joiner (`of`, `and`). */
function mayContinueName(form: string): boolean {
  const c = form.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  if (c < 128) {
    // ASCII: a capital, else a joiner (all lower-case words, or `&`); nothing else changes in lower case.
    if (c >= 65 && c <= 90) return true;
    return ((c >= 97 && c <= 122) || c === 38) && form.length <= MAX_JOINER_LENGTH && RUN_JOINERS.has(form);
  }
  if (RUN_JOINERS.has(form)) return true;
  return form[0] !== form[0].toLowerCase();
}

/**
 * Tokens tagged on each side of a focus span (then on to where no name can go on, see tokensNear).
 * A token's features read two neighbours each side and its tag depends on its neighbours' tags;
 * three tokens away, the edge of the decoded window (where `O` is assumed) no longer changes the
 * answer in practice: on bbc-dev, the seeds and the labelled articles (13,655 names) the names and
 * confidences are identical to decoding whole sentences, as is CoNLL-2003 dev F1; radius 2 already
 * changes one name. 27 % of bbc-dev's tokens are tagged, where whole sentences took 63 %.
 */
const FOCUS_RADIUS = 3;

/** The working arrays of the document being recognised (valid until the next one). */
const workArrays = new ReusedArrays();

/** The name type of an entity label (a switch: a keyed lookup with four different keys went megamorphic). */
function typeOf(label: string): NameSpan['type'] {
  switch (label) {
    case 'PER': return 'person';
    case 'ORG': return 'organization';
    case 'LOC': return 'place';
    default: return 'misc';
  }
}

/** Recognises people, organisations, places and misc names with a CoNLL-trained model. */
export class LearnedNameRecognizer implements NameRecognizer {
  readonly id = 'learned-conll';

  /** `model` is called on first use, so the model loads lazily. */
  constructor(private readonly model: () => NerModel) {}

  /**
   * Names in `text` (or `region` of it), sorted by offset, with UTF-16 spans into `text`.
   * With `focus`, only the tokens within FOCUS_RADIUS of a focus span are tagged (the same names
   * there as a full run, in practice; none elsewhere): the caller asks only where an answer can
   * change its result.
   */
  recognize(text: string, region?: Span, focus?: readonly Span[]): NameSpan[] {
    workArrays.reset();
    const tokens = tokenize(text, region, workArrays);
    if (tokens.forms.length === 0) return [];
    const selected = focus ? sentencesOverlapping(tokens, focus, workArrays) : undefined;
    if (selected && !selected.includes(1)) return [];
    const window = focus ? tokensNear(tokens, focus, FOCUS_RADIUS, workArrays) : undefined;
    const { tags, confidence } = tagDocument(this.model(), tokens.forms, tokens.sentences, selected, window, workArrays);
    const out: NameSpan[] = [];
    let sentence = 0;
    for (const e of entitiesOf(tags)) {
      while (tokens.sentences[sentence + 1] <= e.start) sentence++;
      // A name never starts or ends with a bare symbol (a bullet or dash tagged along with it).
      let start = e.start, end = e.end;
      while (start < end && !isWordlike(tokens.forms[start])) start++;
      while (end > start && !isWordlike(tokens.forms[end - 1])) end--;
      // Titles before a name are not part of it (CoNLL tags `President` in `President Clinton` O).
      if (e.label === 'PER') while (end - start > 1 && TITLES.has(tokens.forms[start].toLowerCase())) start++;
      if (start === end) continue;
      const c = spanConfidence(confidence, e.start, e.end, tokens.sentences[sentence + 1]);
      out.push({ start: tokens.starts[start], end: tokens.ends[end - 1], type: typeOf(e.label), confidence: Math.round(c * 1000) / 1000 });
    }
    return out;
  }
}
