import type { Span } from '../types';

/** One occurrence of a person-like surname, with the given name or title before it. */
export interface NameOccurrence extends Span {
  readonly surname: string;
  readonly given?: string;
  /** The span to show: given name + particles + surname. */
  readonly full: Span;
  /** True when a given name, title or speech verb marks it as a person. */
  readonly personCue: boolean;
}

const TITLE = /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Lord|Lady|President|Minister|Ambassador|Governor|Mayor|Senator|Judge|General|Gen|Colonel|Col|Captain|Capt|Chairman|Chairwoman|Chancellor|Secretary|Director|Commissioner|Envoy|Sheikh|King|Queen|Prince|Princess|Pope|Father|Rev|Coach|Manager|Inspector|Sergeant|Officer|Spokesman|Spokeswoman|Deputy|Premier)\.?$/;
const PARTICLE = /^(?:van|von|de|der|den|da|di|du|del|della|la|le|al|el|bin|ibn|ben|dos|das|ter|ten)$/;
// Capitalised words that are not given names even when they precede a capitalised word.
const NOT_GIVEN = new Set(
  ('The A An In On At For From By With And Or But As If When While After Before Since Until During Under Over Into Its His Her Their Our This That These Those ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December ' +
    'North South East West New Old Great Saint St Upper Lower Central Northern Southern Eastern Western Former Acting Interim Chief Senior Junior Vice').split(' '),
);
const CAPITALISED = /\p{Lu}\p{Ll}[\p{L}’'-]*/gu;
const NEXT_ADJACENT = /^[ \t\u00a0]+(?:\p{Lu}|(?:van|von|de|der|den|da|di|du|del|della|la|le|al|el|bin|ibn|ben|dos|das|ter|ten)\s)/u;
const SPEECH_AFTER = /^\s*(?:said|says|told|added|stated|noted|argued|warned|explained|insisted|wrote|replied|asked)\b/;

function isLetter(c: string): boolean {
  const code = c.charCodeAt(0);
  // ASCII first: this runs for every character of the word before each capitalised word.
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || c === "'" || c === '-';
  return c.toLowerCase() !== c.toUpperCase() || c === '’';
}

/** The word ending right before `at` if only spaces or tabs separate them (names do not run across line breaks). */
function wordBefore(text: string, at: number): { w: string; i: number } | undefined {
  let e = at;
  while (e > 0 && (text[e - 1] === ' ' || text[e - 1] === '\t' || text[e - 1] === '\u00a0')) e--;
  if (e === at || e === 0) return undefined;
  let b = e;
  while (b > 0 && isLetter(text[b - 1])) b--;
  return b < e ? { w: text.slice(b, e), i: b } : undefined;
}

/** Person-like capitalised surnames in a block of text (offsets relative to `base`). */
export function nameOccurrences(text: string, base: number): NameOccurrence[] {
  const out: NameOccurrence[] = [];
  CAPITALISED.lastIndex = 0;
  for (let m = CAPITALISED.exec(text); m; m = CAPITALISED.exec(text)) {
    const raw = m[0];
    // Possessives and trailing apostrophes/dashes are not part of the name.
    const w = raw.length > 2 && /[s’'-]$/.test(raw) ? raw.replace(/[’']s$/, '').replace(/[’'-]+$/, '') : raw;
    const i = m.index;
    if (w.length < 4 || NOT_GIVEN.has(w) || TITLE.test(w)) continue;
    // Walk back over particles ("van", "de") to a given name or title.
    let prev = wordBefore(text, i);
    while (prev && PARTICLE.test(prev.w)) prev = wordBefore(text, prev.i);
    const isTitle = !!prev && TITLE.test(prev.w);
    const isGiven = !!prev && !isTitle && /^\p{Lu}\p{Ll}+$/u.test(prev.w) && !NOT_GIVEN.has(prev.w);
    // The next word capitalised too means this is itself a given name ("Declan" in "Declan Fairbairn").
    // Tested only when they decide the cue: this loop runs for every capitalised word.
    const after = text.slice(i + raw.length, i + raw.length + 16);
    const cue = isTitle || (isGiven && !NEXT_ADJACENT.test(after)) || SPEECH_AFTER.test(after);
    out.push({
      start: base + i,
      end: base + i + w.length,
      surname: w,
      given: isGiven ? prev!.w : undefined,
      full: { start: base + (isGiven || isTitle ? (isGiven ? prev!.i : i) : i), end: base + i + w.length },
      personCue: cue,
    });
  }
  return out;
}

/** Damerau–Levenshtein (optimal string alignment) distance, stopping early above `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Three rolling rows (the transposition needs the row before the previous one).
  let prev2 = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[b.length];
}

/** A spelling as a reader compares it: lower case, accents dropped. */
export function foldName(name: string): string {
  const lower = name.toLowerCase();
  // Plain ASCII (nearly every name) needs no Unicode normalisation.
  return /^[\x00-\x7f]*$/.test(lower) ? lower : lower.normalize('NFD').replace(/\p{M}/gu, '');
}

/** True when two spellings look like one name written two ways (not two names, not a derived form). */
export function isVariantSpelling(a: string, b: string): boolean {
  if (a === b) return false;
  return isVariantFolded(foldName(a), foldName(b));
}

/** isVariantSpelling on spellings already passed through foldName. */
export function isVariantFolded(x: string, y: string): boolean {
  if (x === y) return false; // accents dropped: the same spelling for a reader
  if (x[0] !== y[0] || Math.min(x.length, y.length) < 5) return false;
  // Derived forms: Kenya/Kenyan, Smith/Smiths, Jone/Jones.
  if (x.startsWith(y) || y.startsWith(x)) return false;
  const limit = Math.min(x.length, y.length) >= 8 ? 2 : Math.min(x.length, y.length) >= 6 ? 2 : 1;
  const dist = editDistance(x, y, limit);
  if (dist > limit) return false;
  // Two edits on a short name is too loose unless the edits are close vowel or ij/y swaps.
  if (dist === 2 && Math.min(x.length, y.length) < 8 && x.replace(/[aeiouy]|ij/g, '') !== y.replace(/[aeiouy]|ij/g, '') ) return false;
  return true;
}
