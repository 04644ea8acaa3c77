import type { DateValue, Mention } from '../../types';
import { weekdayOf } from '../../entities/dates';
import type { Rule, RuleHit } from '../rule';

const DAY_MS = 86_400_000;
// Past-tense report of a completed event just before the date ("completed on", "took effect on").
const PAST_EVENT = /\b(?:[a-z]+ed|took|began|begun|broke|came|went|held|met|won|lost|fell|rose|made|signed|struck|hit|left|led|saw|set|shut|sent|spoke|told|wrote|gave|sold|bought|paid|built|was|were|had)\s+(?:[a-z]+\s+){0,3}(?:on|in|from)\s+$/;
// Anything forward-looking in the sentence makes a later date legitimate.
// Case-sensitive so that the month "May" is not the modal "may".
const FUTURE = /\b(?:will|would|shall|is\s+due|are\s+due|due\s+to|scheduled|expected|set\s+to|plans?|planned|[Nn]ext|[Uu]ntil|[Bb]y|deadline|[Ff]rom|starting|upcoming|later|coming|forthcoming|postponed|delayed|adjourned|moved\s+to|deferred|proposed|intends?|aims?|hopes?|could|may|might|must|should)\b/;
const PHOTO = /\b(?:photo|photograph|picture|image|screengrab|screenshot|footage|video|taken|shows?|seen)\b/i;
const ARCHIVE = /\b(?:file|archive|archival|in\s+this\s+\d{4})\b/i;

function dv(m: Mention): DateValue {
  return m.normalized as DateValue;
}

function fmt(iso: string): string {
  return new Date(Date.parse(iso)).toUTCString().slice(0, 16).replace(',', '');
}

/** `date-inconsistency`: a weekday that does not match its date, a caption year that contradicts the article's date, an event dated after publication. */
export const dateInconsistency: Rule = {
  id: 'date-inconsistency',
  title: 'Inconsistent date',
  defaultSeverity: 'warning',
  summary: 'A weekday that does not match its date, a caption or photo year that contradicts the article, or an event dated after publication.',
  check(ctx) {
    const hits: RuleHit[] = [];
    const published = ctx.article.published;
    const publishedSpan = ctx.article.publishedSpan;
    const pubRelated = publishedSpan ? [{ ...publishedSpan, message: `the page is dated ${published}` }] : [];
    for (const m of ctx.dates) {
      const d = dv(m);
      const value = d.value;
      if (!value || d.precision !== 'day' || d.relative) continue;
      const where = ctx.locate(m.start);
      if (!where || where.block.kind === 'meta' || where.block.kind === 'chrome') continue;
      // 1. A stated weekday must be the date's weekday.
      if (d.statedWeekday && weekdayOf(d.value) !== d.statedWeekday) {
        hits.push({
          start: m.start,
          end: m.end,
          message: `${d.value} is a ${weekdayOf(d.value)}, not a ${d.statedWeekday}${d.inferredYear ? ` (year taken from the article's date)` : ''}.`,
          data: { date: d.value, stated: d.statedWeekday, actual: weekdayOf(d.value) },
        });
        continue;
      }
      if (!published) continue;
      const gapDays = (Date.parse(value) - Date.parse(published)) / DAY_MS;
      // A date without its year was placed nearest the page date; only a short gap is trusted.
      if (d.inferredYear && !(gapDays > 1 && gapDays <= 45)) continue;
      // 2. A caption (or photo description) dated within weeks of the page's day but in another year: a wrong year.
      const isCaption = where.block.kind === 'caption' || (PHOTO.test(where.sentence.text) && where.block.kind !== 'paragraph');
      if (isCaption && !d.inferredYear && !ARCHIVE.test(where.sentence.text) && d.value.slice(0, 4) !== published.slice(0, 4)) {
        const sameSeason = Math.abs(Date.parse(`${published.slice(0, 4)}${d.value.slice(4)}`) - Date.parse(published)) / DAY_MS <= 45;
        if (sameSeason) {
          const related = [...pubRelated];
          // The body's mention of that day ("agreed on Wednesday"), not the page's own date line.
          const weekday = ctx.dates.find((o) => o !== m && dv(o).value === `${published.slice(0, 4)}${value.slice(4)}` && ctx.locate(o.start)?.block.kind === 'paragraph');
          if (weekday) related.push({ start: weekday.start, end: weekday.end, message: `the article's events are on ${published.slice(0, 4)}${value.slice(4)}` });
          hits.push({
            start: m.start,
            end: m.end,
            message: `The caption dates this ${d.value.slice(0, 4)}, but the article is dated ${published}; the year looks wrong.`,
            related,
            data: { date: d.value, published },
          });
          continue;
        }
      }
      // 3. An event reported as past but dated after the page was published.
      if (gapDays > 1 && where.block.kind === 'paragraph') {
        const before = ctx.text.slice(Math.max(where.sentence.start, m.start - 60), m.start);
        if (PAST_EVENT.test(before) && !FUTURE.test(where.sentence.text.replace(ctx.text.slice(m.start, m.end), ''))) {
          hits.push({
            start: m.start,
            end: m.end,
            message: `This reports an event on ${fmt(d.value)} as past, but the page is dated ${published}.`,
            related: pubRelated,
            data: { date: d.value, published },
          });
        }
      }
    }
    return hits;
  },
};
