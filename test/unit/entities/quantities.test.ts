import * as assert from 'node:assert/strict';
import { extractQuantities } from '../../../src/core/entities/quantities';
import type { QuantityValue } from '../../../src/core/types';

const run = (text: string): [string, QuantityValue][] => extractQuantities(text, { start: 0, end: text.length }).map((m) => [m.text, m.normalized as QuantityValue]);
const simple = (text: string): string[] => run(text).map(([t, v]) => `${t} = ${v.value} ${v.unit} (${v.category}${v.qualifier ? `, ${v.qualifier}` : ''})`);

describe('entities: quantities', () => {
  it('counts with their noun, including modifiers and spelled-out numbers', () => {
    assert.deepEqual(simple('12 people were killed and 36 others hurt; 1,200 suspects; over 500 militant incidents; 10,000 Chinese workers; Three Kyrgyz border guards; over 20 killed.'), [
      '12 people = 12 people (count)',
      '36 others = 36 others (count)',
      '1,200 suspects = 1200 suspects (count)',
      'over 500 militant incidents = 500 incidents (count, over)',
      '10,000 Chinese workers = 10000 workers (count)',
      'Three Kyrgyz border guards = 3 guards (count)',
      'over 20 killed = 20 killed (count, over)',
    ]);
  });
  it('money with its currency and scale', () => {
    assert.deepEqual(simple('PKR 2.1 trillion, USD 60 billion, $3.2 million, €85,000, £31.4m and 500,000 baht.'), [
      'PKR 2.1 trillion = 2100000000000 PKR (money)',
      'USD 60 billion = 60000000000 USD (money)',
      '$3.2 million = 3200000 USD (money)',
      '€85,000 = 85000 EUR (money)',
      '£31.4m = 31400000 GBP (money)',
      '500,000 baht = 500000 THB (money)',
    ]);
  });
  it('percentages, points and basis points', () => {
    assert.deepEqual(simple('30 per cent, 80 percent, 1.25%, two percentage points and 25 basis points'), [
      '30 per cent = 30 % (percent)',
      '80 percent = 80 % (percent)',
      '1.25% = 1.25 % (percent)',
      'two percentage points = 2 pp (percent)',
      '25 basis points = 25 bp (percent)',
    ]);
  });
  it('durations, hyphenated and qualified', () => {
    assert.deepEqual(simple('three years, a 19-month war, over three years, within a fortnight, more than a week'), [
      'three years = 3 year (duration)',
      '19-month = 19 month (duration)',
      'over three years = 3 year (duration, over)',
      'a fortnight = 1 fortnight (duration)',
      'more than a week = 1 week (duration, more than)',
    ]);
  });
  it('does not take a point in time (`… ago`, `… later`) for a duration', () => {
    assert.deepEqual(simple('Updated 5 sec ago; three years earlier, and a week later, it lasted two years.'), ['two years = 2 year (duration)']);
  });
  it('starts at the start of the text or after a separator, never inside a word or a figure', () => {
    assert.deepEqual(simple('₹500 were paid; (12 people), "three workers" and x5 units, 3.5.6 people, USD5 and Rs.40.'), [
      '₹500 = 500 INR (money)',
      '12 people = 12 people (count)',
      'three workers = 3 workers (count)',
      'USD5 = 5 USD (money)',
      'Rs.40 = 40 INR (money)',
    ]);
  });
  it('does not take years, times or bare small numbers for counts', () => {
    assert.deepEqual(simple('In 2025 the 1960 treaty at 6am on 18 November; he was one of the few.'), []);
  });
});
