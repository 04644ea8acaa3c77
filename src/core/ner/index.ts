/**
 * Public face of the learned named-entity recognizer (CoNLL-2003 averaged perceptron).
 * The model ships inside the bundle (esbuild's binary loader) and is decoded on first use.
 */

import modelBytes from './model/conll.bin';
import { decodeModel, type NerModel } from './model';
import { LearnedNameRecognizer } from './recognizer';

export { LearnedNameRecognizer } from './recognizer';
export { tokenize, type TokenizedText } from './tokenize';
export { decodeModel, type NerModel } from './model';

let cached: NerModel | undefined;

/** The shipped model, decoded once and cached. */
export function loadShippedModel(): NerModel {
  if (!cached) cached = decodeModel(modelBytes);
  return cached;
}

/** A NameRecognizer backed by the shipped CoNLL model (loaded lazily on the first call). */
export function createLearnedRecognizer(): LearnedNameRecognizer {
  return new LearnedNameRecognizer(loadShippedModel);
}
