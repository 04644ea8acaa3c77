import * as assert from 'node:assert/strict';
import { implausibleQuantity } from '../../../src/core/claims/rules/implausibleQuantity';
import { flagged, page } from './helpers';

describe('claims: implausible-quantity', () => {
  it('flags a meeting or a call lasting years or weeks', () => {
    const text = page(['His meeting with his Chinese counterpart lasted for over three years.', 'They spoke in a telephone call between the two presidents that lasted 14 days.']);
    assert.deepEqual(flagged(implausibleQuantity, text), ['over three years', '14 days']);
  });
  it('accepts plausible durations', () => {
    const text = page(['The meeting lasted two hours.', 'The ceasefire, which lasted three years, collapsed.', 'The visit lasted four days.']);
    assert.deepEqual(flagged(implausibleQuantity, text), []);
  });
  it('flags turnout and shares above 100 per cent, not growth above 100 per cent', () => {
    const text = page(['In one canton, turnout reached 112 per cent of registered voters.', 'Profits rose 150 per cent last year.']);
    assert.deepEqual(flagged(implausibleQuantity, text), ['112 per cent']);
  });
  it('flags a crowd larger than the stated capacity, and a part larger than its whole', () => {
    const text = page(['The club plays at a 34,000-capacity stadium.', 'A sell-out crowd of 290,000 watched the final.', 'Only 351 of the 336 members voted.']);
    assert.deepEqual(flagged(implausibleQuantity, text).sort(), ['290,000', '351 of the 336'].sort());
  });
  it('flags sums beyond any economy and impossible flows, not large real ones', () => {
    const text = page(['The dam released 45 million cubic metres per second.', 'The country borrowed $300 trillion.', 'The Amazon carries about 200,000 cubic metres per second; the deal is worth $3.2 billion.']);
    assert.deepEqual(flagged(implausibleQuantity, text), ['45 million cubic metres per second', '$300 trillion']);
  });
  it('flags a short strike costing more than a national economy', () => {
    const text = page(['The three-day strike will cost more than Greece’s entire annual gross domestic product, the union claims.']);
    assert.equal(flagged(implausibleQuantity, text).length, 1);
  });
  it('finds the economy however the possessive is written', () => {
    for (const economy of ["Greece's GDP", 'Greece’s economy', "Gulf States' total economic output", 'Greece’s  whole yearly national output']) {
      const text = page([`The three-day strike will cost more than ${economy}, the union claims.`]);
      assert.equal(flagged(implausibleQuantity, text).length, 1, economy);
    }
    // The economy named without a possessive is not the pattern.
    assert.deepEqual(flagged(implausibleQuantity, page(['The three-day strike will cost more than the Greek economy, the union claims.'])), []);
  });
});
