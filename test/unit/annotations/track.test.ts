import * as assert from 'node:assert/strict';
import { applyChanges, moveSpan, moveSpanThrough, type TrackedSpan } from '../../../src/core/annotations/track';

const span = (start: number, end: number): TrackedSpan => ({ start, end, touched: false });

describe('annotations: moving anchors through edits', () => {
  const text = 'The minister said on Monday that rains killed 12.';
  const s = span(text.indexOf('said'), text.indexOf('said') + 4);
  const check = (changes: { rangeOffset: number; rangeLength: number; text: string }[], want: string | null, touched = false) => {
    const moved = moveSpanThrough(s, changes);
    const after = applyChanges(text, changes);
    if (want === null) assert.equal(moved.start, moved.end);
    else assert.equal(after.slice(moved.start, moved.end), want);
    assert.equal(moved.touched, touched);
  };
  it('shifts with text inserted or deleted before it, including right at its start', () => {
    check([{ rangeOffset: 0, rangeLength: 0, text: 'BREAKING: ' }], 'said');
    check([{ rangeOffset: s.start, rangeLength: 0, text: 'also ' }], 'said');
    check([{ rangeOffset: 4, rangeLength: 9, text: '' }], 'said');
  });
  it('stays for edits after it, including an insertion right at its end', () => {
    check([{ rangeOffset: s.end, rangeLength: 0, text: ' quietly' }], 'said');
    check([{ rangeOffset: text.length - 1, rangeLength: 1, text: '!' }], 'said');
  });
  it('applies a multi-change event in VS Code order (descending offsets)', () => {
    check([{ rangeOffset: 40, rangeLength: 0, text: '😀' }, { rangeOffset: 0, rangeLength: 3, text: 'A' }], 'said');
  });
  it('clips to what is left when its inside is edited, and collapses when all of it goes', () => {
    check([{ rangeOffset: s.start + 1, rangeLength: 2, text: 'X' }], 'sXd', true);
    check([{ rangeOffset: s.start - 2, rangeLength: 10, text: '' }], null, true);
  });
  it('moves an empty span past text inserted at its position (it never grows)', () => {
    assert.deepEqual(moveSpan(span(5, 5), { rangeOffset: 5, rangeLength: 0, text: 'ab' }), span(7, 7));
  });
});
