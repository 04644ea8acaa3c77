import { strict as assert } from 'assert';
import { splitSentences } from '../../../src/core/claims/text';
import { loadLabelled } from '../../support/labels';
import { referenceSplit } from './splitReference';

describe('splitSentences', () => {
  it('splits where the boundary regex did, on edge cases', () => {
    const cases = [
      '', '.', 'A. B', 'It rained. Then it stopped.', 'Really?! Yes... "No." (Maybe.) [Fine.] Ok', 'He left.” “She came.’ ‘Then', 'Mr. Smith met Dr. Jones. Jan. 5 was cold.',
      'U.S. troops. The end', 'Stop.\u00a0Next.\u2003Again.\tTab.\nLine.  Two spaces', 'End.   ', 'End. (a lower)', 'End. "(Nested', 'End. ""Double', 'Ends.)) ]] Then',
      'Is it?. Yes', '1.5 million. 2 more', 'e.g. this. And that', 'Approx. 5. Est. 6', 'Wait.\ufeffNext', 'Mid.sentence.Dots. Are fine', '!!! Wow?? Ok.',
    ];
    for (const t of cases) assert.deepEqual(splitSentences(t, 4), referenceSplit(t, 4), JSON.stringify(t));
  });

  it('splits where the boundary regex did, on the labelled articles', () => {
    for (const f of loadLabelled()) assert.deepEqual(splitSentences(f.text, 0), referenceSplit(f.text, 0), f.file);
  });
});
