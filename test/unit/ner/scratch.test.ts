import * as assert from 'node:assert/strict';
import { ReusedArrays } from '../../../src/core/ner/scratch';

describe('ner reused working arrays', () => {
  it('hands out arrays of the asked length, zeroed or filled, however they were left', () => {
    const arrays = new ReusedArrays();
    arrays.int32(5).fill(7);
    arrays.uint8(3).fill(1);
    arrays.reset();
    assert.deepEqual([...arrays.int32(4)], [0, 0, 0, 0]);
    assert.deepEqual([...arrays.uint8(3)], [0, 0, 0]);
    arrays.reset();
    assert.deepEqual([...arrays.int32(2, -1)], [-1, -1]);
  });

  it('never hands out the same memory twice for one document', () => {
    const arrays = new ReusedArrays();
    const a = arrays.int32(10), b = arrays.int32(10);
    a.fill(1);
    assert.deepEqual([...b], new Array(10).fill(0));
    const big = arrays.float32(5000); // grown past the first buffer
    assert.equal(big.length, 5000);
  });
});
