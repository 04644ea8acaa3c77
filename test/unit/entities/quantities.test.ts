import * as assert from 'node:assert/strict';
import { CORE_SOURCE, coreMatches, endsPossessive, extractQuantities, isPluralNoun } from '../../../src/core/entities/quantities';
import { labelledTexts } from '../../support/labels';
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

describe('entities: quantities scan', () => {
  /** The reference: a global scan of the whole pattern. */
  const scan = (t: string): string[] => {
    const re = new RegExp(CORE_SOURCE, 'gi');
    const out: string[] = [];
    for (let m = re.exec(t); m; m = re.exec(t)) out.push(`${m.index}:${m[0]}`);
    return out;
  };
  const starts = (t: string): string[] => coreMatches(t, 0, t.length).map((m) => `${m.index}:${m[0]}`);

  it('finds the matches a full scan of the pattern finds, trying it only where the start automaton points', () => {
    const texts = [
      '5 people; about 10; just over 20, just under 3 and as many as 40 troops; more than\n\t 7 people; an estimated 2,000',
      'USD60bn, US$ 5, Rs. 40, Rs5, TRY 5, try 5, ₹500, ₦20, x₹5, £3.2m, €85,000, $$5, .5, ,5, _5, a5',
      'a dozen, A  Dozen, a week ago, an\u00a0hour, a year, tend, Tennis, onerous, seventies, Twenty-one, fortnight, at least a dozen',
      'İstanbul 5 \u212Aelvin 5k, x\u2003five, «three» (four) [six] -seven- /eight/ 9x 10 11.5 1,2345',
    ];
    for (const { text } of labelledTexts()) texts.push(text);
    // Random texts from the pattern's own pieces, spaces and punctuation, so beginnings overlap in every way.
    const pieces = ['a', 'an', 'as', 'many', 'just', 'over', 'under', 'more', 'than', 'up', 'to', 'one', 'ten', 'tend', 'twenty', '-', 'five', 'dozen', 'usd', 'US$', 'Rs.', '$', '£', '₹', '5', '1,000', '.', ',', '_', 'week', 'bn', 'm', 'million', '%', 'x'];
    const gaps = [' ', '  ', '\n', '', '', '(', '\u00a0'];
    let seed = 1;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let k = 0; k < 3000; k++) {
      let t = '';
      for (let w = random(12); w >= 0; w--) t += pieces[random(pieces.length)] + gaps[random(gaps.length)];
      texts.push(t);
    }
    let matches = 0;
    for (const t of texts) {
      const got = starts(t);
      assert.deepEqual(got, scan(t), JSON.stringify(t));
      matches += got.length;
    }
    assert.ok(matches > 1000, `${matches} matches`);
  });

  it('scans a region of a longer text as it scans that region alone', () => {
    const text = 'x5 about 20 people, and 7 more';
    for (const [start, end] of [[1, 12], [2, 30], [8, 11]]) {
      const slice = text.slice(start, end);
      assert.deepEqual(
        coreMatches(text, start, end).map((m) => `${m.index}:${m[0]}`),
        scan(slice),
      );
    }
  });

  it('reads plural nouns and possessives by character as the regular expressions did', () => {
    const irregular = new Set(['people', 'children', 'men', 'women', 'police', 'staff', 'personnel', 'cattle', 'crew', 'livestock', 'sheep', 'fish', 'aircraft', 'deer', 'youth', 'others']);
    const plural = (w: string) => irregular.has(w.toLowerCase()) || (/[a-z]{2,}s$/.test(w.toLowerCase()) && !/(ss|us|is|ous)$/.test(w.toLowerCase()));
    const words = ['s', 'as', 'ass', 'bus', 'bis', 'cats', 'CATS', 'Cats', 'glass', 'famous', 'crisis', 'x-rays', 'e-s', 'a-bs', 'bas', "cat's", 'cats’', 'it’s', "'s", 's’s', 'People', 'sheep', 'news', 'ÉTATS', 'états', ''];
    // Random words over the letters and marks that matter.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    const alphabet = 'aAsSuUiIoOzZ-’\'é';
    for (let k = 0; k < 3000; k++) {
      let w = '';
      for (let n = 1 + (next() % 6); n > 0; n--) w += alphabet[next() % alphabet.length];
      words.push(w);
    }
    for (const w of words) {
      assert.equal(isPluralNoun(w), plural(w), w);
      assert.equal(endsPossessive(w), /[’']s?$/.test(w), w);
    }
  });
});
