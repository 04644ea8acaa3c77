import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConll } from '../../../src/core/ner/conll';
import { decodeModel, encodeModel } from '../../../src/core/ner/model';
import { tagDocument } from '../../../src/core/ner/tagger';
import { quantise, trainPerceptron } from '../../../src/core/ner/train';
import { FIXTURES } from '../../support/labels';

const docs = parseConll(readFileSync(join(FIXTURES, 'ner', 'tiny.conll'), 'utf8'));

function train(seed: number): Uint8Array {
  return encodeModel(quantise(trainPerceptron(docs, { epochs: 5, seed }), 10_000, 8));
}

describe('ner training', () => {
  it('is deterministic: same data and seed give the same model bytes', () => {
    assert.deepEqual(train(7), train(7));
  });

  it('learns its training data and survives the binary round trip', () => {
    const model = decodeModel(train(7));
    for (const d of docs) assert.deepEqual([...tagDocument(model, d.forms, d.sentences).tags], [...d.tags]);
  });

  it('rejects a file that is not a model, or is truncated', () => {
    const bytes = train(7);
    assert.throws(() => decodeModel(bytes.subarray(0, bytes.length - 1)), /truncated/);
    assert.throws(() => decodeModel(new Uint8Array(64)), /not a Byline NER model/);
  });
});
