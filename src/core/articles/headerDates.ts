/** Month names and abbreviations → 1-based month number. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const MONTH_RE = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const MDY = new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_RE},?\\s+(\\d{4})\\b`, 'i');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;

function iso(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The first complete calendar date (day, month and year) in a string, as ISO, with its offset; null if none. */
export function findFullDate(s: string): { iso: string; index: number; length: number } | null {
  let best: { iso: string; index: number; length: number } | null = null;
  const consider = (m: RegExpExecArray | null, y: number, mo: number, d: number): void => {
    if (!m) return;
    const value = iso(y, mo, d);
    if (value && (!best || m.index < best.index)) best = { iso: value, index: m.index, length: m[0].length };
  };
  const a = MDY.exec(s);
  if (a) consider(a, Number(a[3]), MONTHS[a[1].toLowerCase().replace('.', '')], Number(a[2]));
  const b = DMY.exec(s);
  if (b) consider(b, Number(b[3]), MONTHS[b[2].toLowerCase().replace('.', '')], Number(b[1]));
  const c = ISO.exec(s);
  if (c) consider(c, Number(c[1]), Number(c[2]), Number(c[3]));
  return best;
}
