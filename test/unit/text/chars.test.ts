import * as assert from 'node:assert/strict';
import { codeAt, lowerCase } from '../../../src/core/text/chars';

/** One string of each representation V8 has: literal, short and long slice, rope, two-byte, surrogate pair. */
function representations(): string[] {
  const parent = 'Prime Minister Kwame Nkrumah of Ghana said on Tuesday ' + String(Date.now() % 10);
  const twoByte = 'Zürich, São Paulo and Łódź ’quoted’ 😀 ' + String(Date.now() % 10);
  return [
    'Paris',
    parent.slice(6, 14),
    parent.slice(6, 40),
    parent.slice(0, 5) + ' ' + parent.slice(15, 28),
    twoByte.slice(0, 6),
    twoByte.slice(0, 30),
    twoByte.slice(twoByte.indexOf('😀'), twoByte.indexOf('😀') + 2),
    '',
  ];
}

describe('codeAt / lowerCase', () => {
  it('answer what the string methods answer, for every representation', () => {
    for (const s of representations()) {
      for (let i = -1; i <= s.length; i++) assert.deepEqual(codeAt(s, i), s.charCodeAt(i), `${JSON.stringify(s)} at ${i}`);
      assert.equal(lowerCase(s), s.toLowerCase());
    }
  });

  it('give NaN past the end, as charCodeAt does', () => {
    assert.ok(Number.isNaN(codeAt('ab', 2)));
    assert.ok(Number.isNaN(codeAt('', 0)));
  });
});
