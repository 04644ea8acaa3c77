import * as assert from 'node:assert/strict';
import { computeAttributes } from '../../../src/core/ner/attributes';
import { capitalisedRuns, upperCaseTitleLines } from '../../../src/core/ner/context';
import { extractFeatures, FEATURE_COUNT, INTRINSIC_FEATURES } from '../../../src/core/ner/features';

const words = (s: string): string[] => s.split(' ');

describe('ner context', () => {
  it('shows Title Case headlines upper-cased, and leaves ordinary sentences alone', () => {
    const headline = words('Flooding Forces Thousands From Homes Across Southern Germany');
    const sentence = words('Interior Minister Mohsin Naqvi met Chinese Ambassador Jiang Zaidong in Islamabad .');
    const forms = [...headline, ...sentence];
    const out = upperCaseTitleLines(forms, [0, headline.length, forms.length]);
    assert.deepEqual(out.slice(0, headline.length), headline.map((w) => w.toUpperCase()));
    assert.deepEqual(out.slice(headline.length), sentence);
  });

  it('finds capitalised name runs across joiners, but not in ALL-CAPS lines', () => {
    const forms = words('the Ministry of Tourism and Sports said Bangkok was calm');
    const { first, last } = capitalisedRuns(forms, computeAttributes(forms).flags, [0, forms.length], Uint8Array.of(0));
    assert.deepEqual([...first], [-1, 1, 1, 1, 1, 1, -1, 7, -1, -1]);
    assert.deepEqual([...last], [-1, 5, 5, 5, 5, 5, -1, 7, -1, -1]);
    const caps = capitalisedRuns(forms, computeAttributes(forms).flags, [0, forms.length], Uint8Array.of(1));
    assert.ok(caps.first.every((x) => x === -1));
  });

  it('gives every token FEATURE_COUNT keys, the same for the same input', () => {
    const forms = words('Peter Blackburn said Smith left London .');
    const a = extractFeatures(forms, [0, forms.length]);
    assert.equal(a.length, forms.length * FEATURE_COUNT);
    assert.deepEqual(a, extractFeatures(forms.slice(), [0, forms.length]));
    // A word's own (intrinsic) features do not depend on where it stands; its context features do.
    const twice = words('Smith said Smith left');
    const k = extractFeatures(twice, [0, twice.length]);
    const at = (t: number, from: number, to: number) => [...k.slice(t * FEATURE_COUNT + from, t * FEATURE_COUNT + to)];
    assert.deepEqual(at(0, 0, INTRINSIC_FEATURES), at(2, 0, INTRINSIC_FEATURES));
    assert.notDeepEqual(at(0, INTRINSIC_FEATURES, FEATURE_COUNT), at(2, INTRINSIC_FEATURES, FEATURE_COUNT));
  });
});
