import * as assert from 'node:assert/strict';
import { entitiesOf, parseConll, SpanScorer } from '../../../src/core/ner/conll';
import { TAGS } from '../../../src/core/ner/model';

const tag = (...names: string[]): Int8Array => Int8Array.from(names.map((n) => TAGS.indexOf(n as (typeof TAGS)[number])));

describe('ner conll', () => {
  it('parses documents and sentences', () => {
    const docs = parseConll('-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n\nPeter NNP B-NP B-PER\nBlackburn NNP I-NP I-PER\n\n-DOCSTART- -X- -X- O\n\nBRUSSELS NNP B-NP B-LOC\n');
    assert.equal(docs.length, 2);
    assert.deepEqual(docs[0].forms, ['EU', 'rejects', 'Peter', 'Blackburn']);
    assert.deepEqual(docs[0].sentences, [0, 2, 4]);
    assert.deepEqual([...docs[0].tags], [...tag('B-ORG', 'O', 'B-PER', 'I-PER')]);
  });

  it('reads entities like conlleval (an orphan I- starts one, a type change ends one)', () => {
    assert.deepEqual(entitiesOf(tag('B-PER', 'I-PER', 'O', 'I-LOC', 'I-ORG', 'B-ORG', 'I-ORG')), [
      { start: 0, end: 2, label: 'PER' }, { start: 3, end: 4, label: 'LOC' }, { start: 4, end: 5, label: 'ORG' }, { start: 5, end: 7, label: 'ORG' },
    ]);
  });

  it('counts only exact spans with the right type', () => {
    const scorer = new SpanScorer();
    scorer.add(tag('B-PER', 'I-PER', 'O', 'B-LOC'), tag('B-PER', 'O', 'O', 'B-LOC'));
    scorer.add(tag('B-ORG', 'O'), tag('B-MISC', 'O'));
    const r = scorer.result();
    assert.equal(r.overall.gold, 3);
    assert.equal(r.overall.predicted, 3);
    assert.equal(r.overall.correct, 1);
    assert.equal(r.LOC.f1, 1);
    assert.equal(r.PER.f1, 0);
    assert.ok(Math.abs(r.overall.f1 - 1 / 3) < 1e-9);
  });
});
