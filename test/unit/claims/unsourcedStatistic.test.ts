import * as assert from 'node:assert/strict';
import { unsourcedStatistic } from '../../../src/core/claims/rules/unsourcedStatistic';
import { flagged, page } from './helpers';

describe('claims: unsourced-statistic', () => {
  it('flags counts, sums and percentages stated as fact', () => {
    const text = page([
      'Some 340,000 votes were annulled nationwide.',
      'Household debt stands at 89.6 per cent of gross domestic product.',
      'Flood damage to maize has already reached $48 million.',
    ]);
    assert.deepEqual(flagged(unsourcedStatistic, text), ['Some 340,000 votes', '89.6 per cent', '$48 million']);
  });
  it('does not flag attributed, quoted, small, forecast or descriptive figures', () => {
    const text = page([
      'According to the CNES, 93.4 per cent of tally sheets were counted.',
      'The council said river cruise ships made about 1,800 calls.',
      '“We lost 40 per cent of our income,” Ortiz said.',
      'The club has 14 days to appeal.',
      'The plan will create 2,000 jobs.',
      'It is a £7m musical.',
      'Shares in the firm were up 1.76% in morning trade.',
    ]);
    assert.deepEqual(flagged(unsourcedStatistic, text), []);
  });
  it('treats a next sentence that names the source as attribution', () => {
    const text = page(['Revenue fell 12% in the quarter. The company said demand had weakened.']);
    assert.deepEqual(flagged(unsourcedStatistic, text), []);
  });
});
