import * as assert from 'node:assert/strict';
import { LineIndex } from '../../../src/core/text/lineIndex';

describe('LineIndex', () => {
  it('maps offsets to positions and back, counting UTF-16 units', () => {
    const text = 'a😀b\nsecond “line”\n\nlast';
    const idx = new LineIndex(text);
    assert.equal(idx.lineCount, 4);
    assert.deepEqual(idx.positionAt(3), { line: 0, character: 3 }); // after the surrogate pair
    assert.deepEqual(idx.positionAt(text.indexOf('line')), { line: 1, character: 8 });
    for (let o = 0; o <= text.length; o++) assert.equal(idx.offsetAt(idx.positionAt(o)), o);
  });

  it('keeps \\r out of line content for CRLF', () => {
    const idx = new LineIndex('ab\r\ncd\r\n');
    assert.equal(idx.lineText(0), 'ab');
    assert.equal(idx.lineEnd(0), 2);
    assert.deepEqual(idx.positionAt(6), { line: 1, character: 2 });
    assert.equal(idx.offsetAt({ line: 1, character: 99 }), 6);
  });

  it('clamps out-of-range input', () => {
    const idx = new LineIndex('abc');
    assert.deepEqual(idx.positionAt(-5), { line: 0, character: 0 });
    assert.deepEqual(idx.positionAt(99), { line: 0, character: 3 });
    assert.equal(idx.offsetAt({ line: 7, character: 0 }), 3);
  });
});
