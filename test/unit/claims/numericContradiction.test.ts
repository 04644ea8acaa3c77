import * as assert from 'node:assert/strict';
import { numericContradiction } from '../../../src/core/claims/rules/numericContradiction';
import { flagged, page } from './helpers';

describe('claims: numeric-contradiction', () => {
  it('flags a definite back-reference whose value differs from the earlier figure', () => {
    const text = page([
      'Floods have killed 14 people in the valley, officials said.',
      'Rescuers recovered two of the 17 victims on Tuesday.',
      'Three Kyrgyz border guards were killed in the clashes.',
      'Funerals for the four Kyrgyz guards were held on Friday.',
      'The commission found the club exceeded the limit by £31.4m, it said.',
      'The league said the £34.1m overspend was the largest breach.',
    ]);
    assert.deepEqual(flagged(numericContradiction, text), ['17 victims', 'four Kyrgyz guards', '£34.1m']);
  });
  it('flags a rate level restated with another value', () => {
    const text = page(['The bank lowered its rate to 1.25 per cent on Wednesday.', 'Economists expect it to keep the rate at the new 1.5 per cent level.']);
    assert.deepEqual(flagged(numericContradiction, text), ['1.5 per cent']);
  });
  it('does not flag consistent figures, roundings or different groups', () => {
    const text = page([
      'The strike by 4,200 dockworkers began on Monday.',
      'The 4,200 dockworkers returned on Friday.',
      'The deal is worth $3.2bn. The $3bn deal was signed on Friday.',
      'Three men were arrested. The two men were later released.',
    ]);
    assert.deepEqual(flagged(numericContradiction, text), []);
  });
});
