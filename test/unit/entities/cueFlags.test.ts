import * as assert from 'node:assert/strict';
import { CUE_LISTS, cueFlagsOfWord, cuesOf } from '../../../src/core/entities/rules/cueFlags';
import { tokenize } from '../../../src/core/entities/tokens';

describe('rule cue flags', () => {
  const words = new Set<string>(['', 'Pakistan', 'minister', 'MINISTER', 'Naqvi', 'said.', 'of ', 'Mt', 'Mt.']);
  for (const [list] of CUE_LISTS) for (const w of list) words.add(w).add(w.toLowerCase()).add(w.toUpperCase());

  it('answers each list exactly as its Set does', () => {
    for (const w of words) {
      const flags = cueFlagsOfWord(w);
      for (const [list, bit] of CUE_LISTS) assert.equal((flags & bit) !== 0, list.has(w), `${w} in list of bit ${bit}`);
    }
  });

  it('keeps a token’s flags on the token after the first question', () => {
    const [minister, naqvi] = tokenize('Minister Naqvi said', 0, 19);
    assert.equal(minister.cues, -1);
    assert.equal(cuesOf(minister), cueFlagsOfWord('Minister'));
    assert.equal(minister.cues, cueFlagsOfWord('Minister'));
    assert.equal(cuesOf(naqvi), 0);
  });
});
