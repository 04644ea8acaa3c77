/**
 * The learned NameRecognizer: tokenises text CoNLL-style, tags it with the perceptron model
 * and maps entity token ranges back to exact character spans of the original text.
 */

import type { NameRecognizer, NameSpan, Span } from '../types';
import { entitiesOf } from './conll';
import type { NerModel } from './model';
import { tagDocument } from './tagger';
import { tokenize, type TokenizedText } from './tokenize';

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

const TITLES = new Set([
  'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'professor', 'sir', 'president', 'vice-president', 'premier', 'chancellor',
  'minister', 'secretary', 'governor', 'gov.', 'ambassador', 'envoy', 'senator', 'sen.', 'rep.', 'congressman',
  'congresswoman', 'mayor', 'judge', 'justice', 'general', 'gen.', 'colonel', 'col.', 'major', 'captain', 'capt.',
  'lieutenant', 'lt.', 'sergeant', 'sgt.', 'commander', 'admiral', 'spokesman', 'spokeswoman', 'spokesperson',
  'chairman', 'chairwoman', 'pope', 'cardinal', 'bishop', 'archbishop', 'rev.', 'reverend', 'imam', 'rabbi', 'sheikh',
]);

/** One flag per sentence of `tokens`: whether a character of it lies in one of `spans`. */
export function sentencesOverlapping(tokens: TokenizedText, spans: readonly Span[]): Uint8Array {
  const { sentences, starts, ends } = tokens;
  const out = new Uint8Array(Math.max(0, sentences.length - 1));
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

const TYPE_OF: Record<string, NameSpan['type']> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'misc' };

/** Recognises people, organisations, places and misc names with a CoNLL-trained model. */
export class LearnedNameRecognizer implements NameRecognizer {
  readonly id = 'learned-conll';

  /** `model` is called on first use, so the model loads lazily. */
  constructor(private readonly model: () => NerModel) {}

  /**
   * Names in `text` (or `region` of it), sorted by offset, with UTF-16 spans into `text`.
   * With `focus`, only the sentences that overlap a focus span are tagged (the same names there
   * as a full run; none elsewhere): the caller asks only where an answer can change its result.
   */
  recognize(text: string, region?: Span, focus?: readonly Span[]): NameSpan[] {
    const tokens = tokenize(text, region);
    if (tokens.forms.length === 0) return [];
    const selected = focus ? sentencesOverlapping(tokens, focus) : undefined;
    if (selected && !selected.includes(1)) return [];
    const { tags, confidence } = tagDocument(this.model(), tokens.forms, tokens.sentences, selected);
    const out: NameSpan[] = [];
    let sentence = 0;
    for (const e of entitiesOf(tags)) {
      while (tokens.sentences[sentence + 1] <= e.start) sentence++;
      // A name never starts or ends with a bare symbol (a bullet or dash tagged along with it).
      let start = e.start, end = e.end;
      while (start < end && !WORDLIKE.test(tokens.forms[start])) start++;
      while (end > start && !WORDLIKE.test(tokens.forms[end - 1])) end--;
      // Titles before a name are not part of it (CoNLL tags `President` in `President Clinton` O).
      if (e.label === 'PER') while (end - start > 1 && TITLES.has(tokens.forms[start].toLowerCase())) start++;
      if (start === end) continue;
      const c = spanConfidence(confidence, e.start, e.end, tokens.sentences[sentence + 1]);
      out.push({ start: tokens.starts[start], end: tokens.ends[end - 1], type: TYPE_OF[e.label], confidence: Math.round(c * 1000) / 1000 });
    }
    return out;
  }
}
