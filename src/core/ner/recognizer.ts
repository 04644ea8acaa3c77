/**
 * The learned NameRecognizer: tokenises text CoNLL-style, tags it with the perceptron model
 * and maps entity token ranges back to exact character spans of the original text.
 */

import type { NameRecognizer, NameSpan, Span } from '../types';
import { entitiesOf } from './conll';
import type { NerModel } from './model';
import { tagDocument } from './tagger';
import { tokenize } from './tokenize';

/** Confidence of a name on tokens [start, end): its least sure token, or the token after it (which says where the name ends). */
export function spanConfidence(confidence: Float32Array, start: number, end: number): number {
  let c = 1;
  for (let i = start; i <= end && i < confidence.length; i++) c = Math.min(c, confidence[i]);
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

const TYPE_OF: Record<string, NameSpan['type']> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'misc' };

/** Recognises people, organisations, places and misc names with a CoNLL-trained model. */
export class LearnedNameRecognizer implements NameRecognizer {
  readonly id = 'learned-conll';

  /** `model` is called on first use, so the model loads lazily. */
  constructor(private readonly model: () => NerModel) {}

  /** Names in `text` (or `region` of it), sorted by offset, with UTF-16 spans into `text`. */
  recognize(text: string, region?: Span): NameSpan[] {
    const tokens = tokenize(text, region);
    if (tokens.forms.length === 0) return [];
    const { tags, confidence } = tagDocument(this.model(), tokens.forms, tokens.sentences);
    const out: NameSpan[] = [];
    for (const e of entitiesOf(tags)) {
      // A name never starts or ends with a bare symbol (a bullet or dash tagged along with it).
      let start = e.start, end = e.end;
      while (start < end && !WORDLIKE.test(tokens.forms[start])) start++;
      while (end > start && !WORDLIKE.test(tokens.forms[end - 1])) end--;
      // Titles before a name are not part of it (CoNLL tags `President` in `President Clinton` O).
      if (e.label === 'PER') while (end - start > 1 && TITLES.has(tokens.forms[start].toLowerCase())) start++;
      if (start === end) continue;
      const c = spanConfidence(confidence, e.start, e.end);
      out.push({ start: tokens.starts[start], end: tokens.ends[end - 1], type: TYPE_OF[e.label], confidence: Math.round(c * 1000) / 1000 });
    }
    return out;
  }
}
