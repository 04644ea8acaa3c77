import * as assert from 'assert';
import { FeatureIndex } from '../../../src/core/topics/featureIndex';

describe('FeatureIndex', () => {
  it('finds unigrams, bigrams and trigrams by word ids, with their hits in the order added', () => {
    const index = new FeatureIndex();
    index.add([3], 0, 1.5);
    index.add([3, 7], 1, 2);
    index.add([3, 7, 1], 2, 0.25);
    index.add([3], 4, -1);
    index.add([100], 1, 3);
    index.seal();
    const a = index.root(3);
    assert.deepStrictEqual(index.hits(a), [[0, 1.5], [4, -1]]);
    const ab = index.child(a, 7);
    assert.deepStrictEqual(index.hits(ab), [[1, 2]]);
    assert.deepStrictEqual(index.hits(index.child(ab, 1)), [[2, 0.25]]);
    assert.deepStrictEqual(index.hits(index.root(100)), [[1, 3]]);
    assert.strictEqual(index.root(7), -1);
    assert.strictEqual(index.root(5000), -1);
    assert.strictEqual(index.child(a, 1), -1);
    assert.strictEqual(index.child(index.root(100), 3), -1);
  });

  it('keeps nodes with no hits of their own (prefixes of longer features) apart', () => {
    const index = new FeatureIndex();
    index.add([1, 2], 0, 1);
    index.seal();
    assert.strictEqual(index.hasHits(index.root(1)), false);
    assert.strictEqual(index.hasHits(index.child(index.root(1), 2)), true);
  });

  it('finds children added after a seal, under a node that had none', () => {
    const index = new FeatureIndex();
    index.add([1], 0, 1);
    index.add([2, 3], 0, 1);
    index.seal();
    assert.strictEqual(index.child(index.root(1), 3), -1);
    index.add([1, 3], 1, 2);
    index.seal();
    assert.deepStrictEqual(index.hits(index.child(index.root(1), 3)), [[1, 2]]);
    assert.deepStrictEqual(index.hits(index.child(index.root(2), 3)), [[0, 1]]);
  });

  it('stays correct when the child table grows', () => {
    const index = new FeatureIndex();
    for (let w = 0; w < 500; w++) index.add([w % 7, w], w % 5, w);
    index.seal();
    for (let w = 0; w < 500; w++) assert.deepStrictEqual(index.hits(index.child(index.root(w % 7), w)), [[w % 5, w]]);
    const evidence = new Float64Array(5);
    index.addHits(index.child(index.root(3), 10), 2, evidence);
    assert.deepStrictEqual([...evidence], [20, 0, 0, 0, 0]);
  });
});
