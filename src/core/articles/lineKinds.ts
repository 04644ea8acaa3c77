import { findFullDate } from './headerDates';

/** What one physical line of a page scrape is. */
export type LineKind =
  | 'blank'
  | 'text'
  | 'bullet'
  | 'byline'
  /** `Updated 07 January 2026`, `Tuesday, November 18, 2025`: a date that can be the page's date. */
  | 'date'
  /** `Updated 5 sec ago`, `posted 6 hours ago`: a time relative to an unknown "now". */
  | 'relative'
  /** `Published in SouthAsianDesk, November 18th, 2025`. */
  | 'published-in'
  | 'chrome'
  | 'credit';

export interface ClassifiedLine {
  readonly kind: LineKind;
  /** ISO date for `date` and `published-in` lines. */
  readonly date?: string;
  readonly publisher?: string;
}

const RELATIVE = /^(?:(?:updated|posted|published|last updated)\s*:?\s*)?(?:about\s+|an?\s+|\d+\s*)(?:s|sec|secs|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|weeks?|months?)\s+ago\.?$/i;
const JUST_NOW = /^(?:updated|posted)\s+just now$/i;
const DATE_PREFIX = /^(?:(?:last\s+)?updated|published|posted|first published|date)\s*:?\s*(?:on\s+)?/i;
const WEEKDAY_PREFIX = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*/i;
const PUBLISHED_IN = /^Published\s+in\s+(.+?),\s*(.+)$/i;
const BYLINE = /^By\s+\p{Lu}[\p{L}.’'-]*(?:\s+(?:\p{Lu}[\p{L}.’'-]*|and|&|de|da|van|von|al|bin|el|la|le)){0,6}(?:\s*[,|–—-]\s*.{0,60})?$/u;
const BULLET = /^\s*[•▪◦‣·●■]\s*\S/;
const CREDIT = /^(?:Picture|Photo|Image|Video)\s*(?:Credit|Courtesy)?s?\s*:/i;
const CHROME_LINES = [
  /^Short\s*Url$/i,
  /^Follow$/i,
  /^Share(?:\s+this\s+(?:article|story|page))?$/i,
  /^\d+\s*(?:-\s*)?min(?:ute)?s?\s+read$/i,
  /^Leave\s+a\s+(?:Reply|Comment)$/i,
  /^Your email address will not be published\.?/i,
  /^Follow\s+.{1,80}\s+on\s+.{1,200}$/i,
  /^(?:Advertisement|Read more|Related(?: articles| stories)?:?|Comments?|Print|Email|Subscribe)$/i,
  /^Required fields are marked/i,
];
/** CHROME_LINES as one pattern (one test per line instead of one per pattern); each of them starts with `^`. */
const CHROME = new RegExp(`^(?:${CHROME_LINES.map((re) => re.source.slice(1)).join('|')})`, 'i');

/** Only short lines can be metadata or chrome; long ones are text, whatever they contain. */
const MAX_META_LENGTH = 200;

/**
 * What a full date can start with, after any white space: a digit or a month (`findFullDate`'s
 * patterns all begin with one; case-insensitive as they are).
 */
const MAY_START_WITH_DATE = /^\s*(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

function isDateOnly(rest: string): string | undefined {
  // Only a date at the very start counts: most lines are ruled out without the three date searches.
  if (!MAY_START_WITH_DATE.test(rest)) return undefined;
  const found = findFullDate(rest);
  if (!found) return undefined;
  // The date must be (nearly) the whole remainder: `November 18, 2025` or with a time after it.
  const before = rest.slice(0, found.index).trim();
  const after = rest.slice(found.index + found.length).trim();
  if (before.length > 0) return undefined;
  if (after.length > 0 && !/^(?:[,|–—-]?\s*)?(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5}|GMT[+-]?\d*)?$/i.test(after)) return undefined;
  return found.iso;
}

/** Classifies one line (without its line break). */
export function classifyLine(line: string): ClassifiedLine {
  const t = line.trim();
  if (t.length === 0) return { kind: 'blank' };
  if (BULLET.test(line)) return { kind: 'bullet' };
  if (t.length > MAX_META_LENGTH) return { kind: 'text' };
  if (RELATIVE.test(t) || JUST_NOW.test(t)) return { kind: 'relative' };
  const pub = PUBLISHED_IN.exec(t);
  if (pub) {
    const date = isDateOnly(pub[2].replace(WEEKDAY_PREFIX, ''));
    if (date) return { kind: 'published-in', date, publisher: pub[1].trim() };
  }
  const prefixed = DATE_PREFIX.exec(t);
  const rest = (prefixed ? t.slice(prefixed[0].length) : t).replace(WEEKDAY_PREFIX, '');
  const date = isDateOnly(rest);
  if (date) return { kind: 'date', date };
  if (CHROME.test(t)) return { kind: 'chrome' };
  if (CREDIT.test(t)) return { kind: 'credit' };
  if (BYLINE.test(t) && t.length <= 80) return { kind: 'byline' };
  return { kind: 'text' };
}

/** Lines that open an article's metadata block (as opposed to closing chrome like `Leave a Reply`). */
export function isHeaderMeta(c: ClassifiedLine, text: string): boolean {
  if (c.kind === 'date' || c.kind === 'relative' || c.kind === 'byline') return true;
  if (c.kind !== 'chrome') return false;
  return /^(?:Short\s*Url|Follow|Share(?:\s+this\s+\w+)?|\d+\s*(?:-\s*)?min(?:ute)?s?\s+read)$/i.test(text.trim());
}
