import * as assert from 'node:assert/strict';
import { vagueAttribution } from '../../../src/core/claims/rules/vagueAttribution';
import { flagged, page } from './helpers';

describe('claims: vague-attribution', () => {
  it('flags unnamed sources, experts, critics and impersonal credits', () => {
    const text = page([
      'Sources within the council said the suspension was ordered.',
      'Experts believe the dam could fail.',
      'It is understood that two members dissented.',
      'Official figures show 1,200 arrests, and incidents could fall, per analyst estimates.',
    ]);
    assert.deepEqual(flagged(vagueAttribution, text), ['Sources within the council said', 'Experts believe', 'It is understood that', 'Official figures show', 'per analyst estimates']);
  });
  it('does not flag named people or institutions, or back-references', () => {
    const text = page([
      'Analysts at Barclays said the rate would fall.',
      'UN experts said the camps were full.',
      'Energy sources such as coal remain cheap.',
      'The analysts said the figures were weak.',
      'Official figures from the Office for National Statistics show a rise.',
    ]);
    assert.deepEqual(flagged(vagueAttribution, text), []);
  });
});
