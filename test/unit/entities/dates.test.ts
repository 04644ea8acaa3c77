import * as assert from 'node:assert/strict';
import { COMBINED_SOURCE, dateMatches, extractDates, weekdayOf } from '../../../src/core/entities/dates';
import { labelledTexts } from '../../support/labels';
import type { DateValue } from '../../../src/core/types';

const run = (text: string, published: string | null = '2026-03-04'): [string, DateValue][] =>
  extractDates(text, { start: 0, end: text.length }, published).map((m) => [m.text, m.normalized as DateValue]);

describe('entities: dates', () => {
  it('normalizes absolute dates in the common orders, with ordinals and weekdays', () => {
    const got = run('On Tuesday, November 18, 2025, then 07 January 2026, November 18th, 2025 and 2026-02-01.');
    assert.deepEqual(got.map(([t, v]) => [t, v.value, v.precision, v.statedWeekday]), [
      ['Tuesday, November 18, 2025', '2025-11-18', 'day', 'Tuesday'],
      ['07 January 2026', '2026-01-07', 'day', undefined],
      ['November 18th, 2025', '2025-11-18', 'day', undefined],
      ['2026-02-01', '2026-02-01', 'day', undefined],
    ]);
  });
  it('infers a missing year from the published date, nearest first', () => {
    const [[text, v]] = run('The river burst its banks on Monday, March 2.');
    assert.equal(text, 'Monday, March 2');
    assert.equal(v.value, '2026-03-02');
    assert.equal(v.inferredYear, true);
    assert.equal(run('It ended on December 30.', '2026-01-05')[0][1].value, '2025-12-30');
  });
  it('keeps month and year precision', () => {
    assert.deepEqual(run('In February 2025 the talks began.').map(([t, v]) => [t, v.value, v.precision]), [['February 2025', '2025-02', 'month']]);
  });
  it('finds years only where they are clearly years', () => {
    const got = run('killed since 2014 under the 1960 Indus Waters Treaty; 2000 people marched.').map(([t]) => t);
    assert.deepEqual(got, ['2014', '1960']);
  });
  it('resolves relative expressions and weekdays against the published date', () => {
    const got = run('Last month prices rose; this year they fell; last year too. It happened on Wednesday and yesterday.');
    assert.deepEqual(got.map(([t, v]) => [t, v.value, v.relative]), [
      ['Last month', '2026-02', true],
      ['this year', '2026', true],
      ['last year', '2025', true],
      ['on Wednesday', '2026-03-04', true],
      ['yesterday', '2026-03-03', true],
    ]);
  });
  it('leaves relative dates unresolved without a published date', () => {
    const [[, v]] = run('last month', null);
    assert.equal(v.value, null);
    assert.equal(v.precision, 'unknown');
  });
  it('rejects impossible days and computes weekdays', () => {
    assert.deepEqual(run('on February 30, 2026'), []);
    assert.equal(weekdayOf('2026-04-08'), 'Wednesday');
  });
  it('has no pathological slowness (the 5 MB/s target is measured by npm run bench)', () => {
    const text = 'The council met on Tuesday, November 18, 2025, and again last month, officials said in 2024. '.repeat(5000);
    let best = Infinity;
    for (let r = 0; r < 3; r++) {
      const t0 = performance.now();
      extractDates(text, { start: 0, end: text.length }, '2026-01-01');
      best = Math.min(best, performance.now() - t0);
    }
    const mbps = text.length / 1e6 / (best / 1000);
    // Catastrophic backtracking is orders of magnitude below this; a loaded 2-core machine is not.
    assert.ok(mbps > 0.2, `${mbps.toFixed(1)} MB/s`);
  });

  it('finds the matches a full scan of the date pattern finds, trying it only near anchors', () => {
    const scan = (t: string) => {
      const re = new RegExp(COMBINED_SOURCE, 'g');
      const out: string[] = [];
      for (let m = re.exec(t); m; m = re.exec(t)) out.push(`${m.index}:${m[0]}`);
      return out;
    };
    const texts = [
      'It ended at the   end   of  the\nyear, late on  Monday, mid-March and earlier this week; two days ago.',
      'Between 2020 and 2024, the 1960 Indus Waters Treaty; 18th of November 2025; 2025-11-18; Sept. 3 and May 5.',
      'Yesterday’s data and TODAY’s; Mayday, Monday2, 12345 days; the first quarter; Tuesday, November 18, 2025',
      // Capitalised units, anchors several words after the start, abbreviations anchored by their digits
      'Last Week, Two Days ago, Tomorrow, This Season and the end of the month; late on Monday, end of March, Sept. 18, Oct., 2025.',
    ];
    for (const { text } of labelledTexts()) texts.push(text);
    let matches = 0;
    for (const t of texts) {
      const got = [...dateMatches(t)].map((m) => `${m.index}:${m[0]}`);
      assert.deepEqual(got, scan(t));
      matches += got.length;
    }
    assert.ok(matches > 100, `${matches} matches`);
  });

  it('finds the same matches when its anchors are read from the whole text the slice was cut from', () => {
    const text = 'Intro. On Monday, 18 November 2025, late on Tuesday and two days ago; in 2020 the 1960 Treaty. Sept. 3 and the end of the year.';
    for (let start = 0; start < text.length; start += 7) {
      for (const end of [text.length, Math.min(text.length, start + 40)]) {
        const slice = text.slice(start, end);
        const at = (ms: RegExpExecArray[]) => ms.map((m) => `${m.index}:${m[0]}`);
        assert.deepEqual(at(dateMatches(slice, text, start)), at(dateMatches(slice)), `${start}-${end}`);
      }
    }
  });
});
