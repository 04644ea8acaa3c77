import * as assert from 'node:assert/strict';
import { relativeTimestamp } from '../../../src/core/claims/rules/relativeTimestamp';
import { flagged } from './helpers';

describe('claims: relative-timestamp', () => {
  it('flags page stamps relative to viewing time', () => {
    const text = 'Pakistan urges world to act on water\nUpdated 5 sec ago\nFollow\n\nISLAMABAD: Pakistan on Tuesday urged the world to act, officials said.\n';
    assert.deepEqual(flagged(relativeTimestamp, text), ['Updated 5 sec ago']);
    const posted = 'Dockworkers extend strike\nposted 2 hours ago\n\nPIRAEUS: Dockworkers extended their strike on Tuesday, the union said.\n';
    assert.deepEqual(flagged(relativeTimestamp, posted), ['posted 2 hours ago']);
  });
  it('leaves relative time in prose alone', () => {
    const text = 'Attack on convoy\nUpdated 07 January 2026\n\nThe attack happened two days ago, police said. He was updated 3 hours ago on the plan, he said.\n';
    assert.deepEqual(flagged(relativeTimestamp, text), []);
  });
});
