import * as assert from 'node:assert/strict';
import { speculativeClaim } from '../../../src/core/claims/rules/speculativeClaim';
import { flagged, page } from './helpers';

describe('claims: speculative-claim', () => {
  it('flags confident forecasts of a measurable effect', () => {
    const text = page([
      'The new sirens will cut flood deaths in the valley by 60 per cent.',
      'Cooperation could reduce incidents by 30 per cent, per analyst estimates.',
      'The new protocol will eliminate the fungus from the hospital within a fortnight.',
      'The deduction will condemn the club to relegation and cost the city at least 2,000 jobs.',
    ]);
    assert.deepEqual(flagged(speculativeClaim, text).length, 4);
  });
  it('does not flag attributed forecasts, conditionals or forecasts without a figure', () => {
    const text = page([
      'The bank said the cut will lift growth to 3.5 per cent.',
      'If prices rise, the plan will cut demand by 10 per cent.',
      'The reforms will help the economy.',
      'The deal would create the world’s biggest bank with assets of 189 trillion yen.',
    ]);
    assert.deepEqual(flagged(speculativeClaim, text), []);
  });
});
