import * as assert from 'node:assert/strict';
import { nameInconsistency } from '../../../src/core/claims/rules/nameInconsistency';
import { isVariantSpelling } from '../../../src/core/claims/names';
import { flagged, page } from './helpers';

describe('claims: name-inconsistency', () => {
  it('flags the rarer of two spellings of one person', () => {
    const text = page([
      'Chairman Declan Fairbairn said the club would appeal.',
      'Fairbairn said the decision was unfair.',
      'Declan Fairburn later declined to comment.',
    ]);
    assert.deepEqual(flagged(nameInconsistency, text), ['Declan Fairburn']);
  });
  it('handles particles and near-identical given names', () => {
    const text = page([
      'Minister Marieke van Oosterwijk said the rules were needed.',
      'Envoy Farrukh Rahimzoda arrived on Monday.',
      'Marieke van Oosterwyk and Farukh Rakhimzoda met later.',
    ]);
    assert.deepEqual(flagged(nameInconsistency, text).sort(), ['Farukh Rakhimzoda', 'Marieke van Oosterwyk'].sort());
  });
  it('does not flag two different people or derived forms', () => {
    const text = page([
      'Shadow Home Secretary David Davis said the plan failed.',
      'Ian Davies, a lawyer, said it was legal.',
      'Kenya and Kenyan officials, and Russia and Russian troops, were named.',
    ]);
    assert.deepEqual(flagged(nameInconsistency, text), []);
  });
  it('reports knowledge-base misspellings passed by the recognizer', () => {
    const text = page(['Ambassador Jian Zedong met the minister.']);
    const at = text.indexOf('Jian Zedong');
    const hits = flagged(nameInconsistency, text, [{ start: at, end: at + 11, text: 'Jian Zedong', type: 'person', confidence: 0.5, misspellingOf: 'jiang-zaidong' }]);
    assert.deepEqual(hits, ['Jian Zedong']);
  });
  it('variant spelling: small edits only, accents and prefixes excluded', () => {
    assert.ok(isVariantSpelling('Benalcázar', 'Belalcázar'));
    assert.ok(isVariantSpelling('Ferraresi', 'Ferrarese'));
    assert.ok(!isVariantSpelling('Benalcázar', 'Benalcazar'));
    assert.ok(!isVariantSpelling('Kenya', 'Kenyan'));
    assert.ok(!isVariantSpelling('Johnson', 'Jackson'));
  });
});
