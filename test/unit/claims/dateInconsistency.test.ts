import * as assert from 'node:assert/strict';
import { dateInconsistency } from '../../../src/core/claims/rules/dateInconsistency';
import { flagged, page } from './helpers';

describe('claims: date-inconsistency', () => {
  it('flags a weekday that does not match its date (year from the page date)', () => {
    const text = page(['The committee’s next scheduled meeting is on Friday, April 8, officials said.'], '25 February 2026');
    assert.deepEqual(flagged(dateInconsistency, text), ['Friday, April 8']);
  });
  it('accepts a weekday that matches, with or without the year', () => {
    const text = page(['The strike began at 6am on Monday, May 18, and talks resumed on Tuesday, May 19, 2026.'], '20 May 2026');
    assert.deepEqual(flagged(dateInconsistency, text), []);
  });
  it('flags a past event dated after the page was published', () => {
    const text = page(['An external review completed on April 28, 2026 found that hygiene had slipped.'], '16 April 2026');
    assert.deepEqual(flagged(dateInconsistency, text), ['April 28, 2026']);
  });
  it('does not flag a scheduled future event', () => {
    const text = page(['The hearing is scheduled for April 28, 2026, the court said.', 'The rules will take effect on July 1, 2026.'], '16 April 2026');
    assert.deepEqual(flagged(dateInconsistency, text), []);
  });
  it('flags a caption whose year contradicts the page date around the same day', () => {
    const text = 'Talks in Beijing\n\nThe photo shows the two ministers shaking hands in Beijing on January 7, 2025. (Ministry of Interior)\nUpdated 07 January 2026\n\nTalks in Beijing\n\nISLAMABAD: Pakistan and China agreed on Wednesday to hold regular talks, officials said.\n';
    assert.deepEqual(flagged(dateInconsistency, text), ['January 7, 2025']);
  });
  it('does not flag an archive photo from another year', () => {
    const text = 'Talks in Beijing\n\nFile photo: the two ministers shaking hands in Beijing on January 9, 2019.\nUpdated 07 January 2026\n\nTalks in Beijing\n\nISLAMABAD: Pakistan and China agreed on Wednesday to hold regular talks, officials said.\n';
    assert.deepEqual(flagged(dateInconsistency, text), []);
  });
});
