import * as assert from 'node:assert/strict';
import { unattributedQuote } from '../../../src/core/claims/rules/unattributedQuote';
import { flagged } from './helpers';

const doc = (body: string): string => `Exporters unconvinced by rate cut\nUpdated 25 February 2026\n\n${body}\n`;

describe('claims: unattributed-quote', () => {
  it('flags a quotation after a subheading with no speaker', () => {
    const text = doc('The bank cut its rate on Wednesday, its governor said.\n\nExporters unconvinced\n\n“Cheaper money alone will not fix what is broken in the export sector.”\n\nThe baht weakened 0.4 per cent, according to data from a brokerage.');
    assert.deepEqual(flagged(unattributedQuote, text), ['“Cheaper money alone will not fix what is broken in the export sector.”']);
  });
  it('does not flag quotations with a speaker in the sentence, the one before, or right after', () => {
    const text = doc([
      '“They kept saying everything was under control,” Mancuso said.',
      'Governor Surachai Wongsakul told reporters: “We have used some of our remaining space today.”',
      'The minister spoke after the vote.\n\n“We will not accept this decision under any circumstances.” He said the vote had been rigged.',
      'The treaty was described as a “systemic global risk” by the envoy.',
      '"The savings will help. "Some will be redeployed to priority work in the regions," he said.',
    ].join('\n\n'));
    assert.deepEqual(flagged(unattributedQuote, text), []);
  });
});

describe('claims: unattributed-quote (sentence bounds)', () => {
  it('does not take a source in the next sentence for the speaker of a closed quotation', () => {
    const text = doc('Exporters unconvinced\n\n“Cheaper money alone will not fix what is broken.” The baht weakened 0.4 per cent, according to data from a brokerage.');
    assert.equal(flagged(unattributedQuote, text).length, 1);
  });
});
