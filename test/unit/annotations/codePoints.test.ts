import * as assert from 'node:assert/strict';
import { codePointToUtf16, utf16ToCodePoint, utf16ToCodePoints } from '../../../src/core/annotations/codePoints';

describe('annotations: UTF-16 ⇄ code points', () => {
  const text = 'a😀b\r\n🇵🇰c𝔘';
  it('counts an astral character as one code point and two UTF-16 units', () => {
    assert.equal(utf16ToCodePoint(text, 0), 0);
    assert.equal(utf16ToCodePoint(text, 1), 1);
    assert.equal(utf16ToCodePoint(text, 3), 2); // after 😀
    assert.equal(utf16ToCodePoint(text, 4), 3); // after b
    assert.equal(utf16ToCodePoint(text, 6), 5); // CRLF is two code points, as brat counts it
    assert.equal(utf16ToCodePoint(text, text.length), [...text].length);
  });
  it('round-trips every character boundary', () => {
    for (let i = 0; i <= text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xdc00 && c <= 0xdfff) continue; // Not a boundary.
      assert.equal(codePointToUtf16(text, utf16ToCodePoint(text, i)), i, `offset ${i}`);
    }
  });
  it('converts many offsets in one pass, in any order', () => {
    const offsets = [text.length, 0, 3, 6, 1];
    assert.deepEqual(utf16ToCodePoints(text, offsets), offsets.map((o) => utf16ToCodePoint(text, o)));
  });
});
