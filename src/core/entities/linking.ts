import type { Mention, NameSpan, Span } from '../types';
import { lowerCaseWords, type LowerWords } from './words';
import { CANDIDATE } from './rules/classify';
import { gazetteerLookup } from './gazetteer';
import { COMMON_WORDS, ORG_LEADS, ORG_TAILS, PLACE_TAILS, TITLE_HEADS } from './data/cues';

/** A name after article-level linking: its type may come from a fuller name, which `canonical` records. */
export interface LinkedName extends NameSpan {
  readonly text: string;
  readonly canonical?: string;
}

/** Spans this sure (gazetteer, titles, dateline) keep their own type. */
const FIRM = 0.9;

// The `\p{…}` patterns live at module level on purpose: the bundler rewrites such a literal into
// `new RegExp(…)` where it stands, so inside a function it would be rebuilt on every call.
const ACRONYM_AFTER = /^\s*\(\s*(\p{Lu}[\p{Lu}\p{N}&.]{1,9}s?)\s*\)/u;
const ALL_CAPITALS = /^\p{Lu}+$/u;
/** Sticky: tests the character at `lastIndex`. */
const CAPITAL_AT = /\p{Lu}/uy;
const HYPHENATED_PAIR = /^[^-‐\s]+[-‐][^-‐\s]+$/;

/**
 * Words of a name: its runs of non-space characters, as `s.split(/\s+/).filter(Boolean)` gives them.
 * A plain loop: cheaper than that regex split, and (in a full analysis) than remembering splits in a Map.
 */
export function splitWords(s: string): string[] {
  // Most names are one word with no space around it: the name itself, without slicing.
  let i = 0;
  while (i < s.length && !isSpace(s.charCodeAt(i))) i++;
  if (i === s.length) return s.length ? [s] : [];
  const out: string[] = [];
  let from = -1;
  for (let i = 0; i < s.length; i++) {
    if (isSpace(s.charCodeAt(i))) {
      if (from >= 0) out.push(s.slice(from, i));
      from = -1;
    } else if (from < 0) from = i;
  }
  if (from >= 0) out.push(s.slice(from));
  return out;
}

/** Whether a UTF-16 code unit is white space as regex `\s` reads it. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Capital initials of a name, splitting on spaces and hyphens: `Tehreek-e-Taliban Pakistan` → `TTP`. */
export function initials(name: string): string {
  let out = '';
  let wordStart = true;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (isSpace(c) || c === 0x2d || c === 0x2010) wordStart = true;
    else {
      if (wordStart && isCapitalAt(name, i)) out += name[i];
      wordStart = false;
    }
  }
  return out;
}

/** Whether the character at `i` is a capital letter (`\p{Lu}`; ASCII answered without the regex). */
function isCapitalAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  CAPITAL_AT.lastIndex = i;
  return CAPITAL_AT.test(s);
}

/** A multi-word name the article introduces (for partial mentions and initials), with its words. */
interface FullName {
  readonly name: LinkedName;
  readonly words: readonly string[];
}

/** What linking knows about one article's names: its full names, by each of their words, and its lower-case words. */
interface ArticleFulls {
  readonly fullNames: readonly FullName[];
  readonly byWord: ReadonlyMap<string, readonly FullName[]>;
  readonly lowerWords: LowerWords;
  /** Non-person full names by their initials: built on first use, as few articles have an all-capital name. */
  byInitials?: ReadonlyMap<string, LinkedName>;
}

/**
 * Merges name spans from several recognizers (higher confidence, then longer, wins an overlap)
 * and links them within one article: acronyms to the name they abbreviate, partial names to the
 * full name introduced in the article (`Naqvi` → `Mohsin Naqvi`), repeated strings to one type.
 * Candidates that nothing supports are dropped.
 */
export function linkNames(text: string, spans: readonly NameSpan[], region: Span = { start: 0, end: text.length }): LinkedName[] {
  // Built field by field: spreading each span (`{ ...s, text }`) costs several times as much.
  const names: LinkedName[] = resolveOverlaps(spans).map((s) => ({ start: s.start, end: s.end, type: s.type, confidence: s.confidence, text: text.slice(s.start, s.end) }));
  // Each name is split into words once here; every step below reads nameWords[i].
  const nameWords = names.map((n) => splitWords(n.text));
  const acronyms = introducedAcronyms(text, names, nameWords);

  const fullNames: FullName[] = [];
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    if (n.confidence >= 0.5 && n.type !== 'misc' && nameWords[i].length >= 2) fullNames.push({ name: n, words: nameWords[i] });
  }
  const fulls: ArticleFulls = { fullNames, byWord: fullsByWord(fullNames), lowerWords: lowerCaseWords(text, region.start, region.end) };
  const linked = names.map((n, i) => linkName(n, nameWords[i], acronyms, fulls));

  // Few articles have a hyphenated pair to split: `split` is only copied once one is found.
  let split: LinkedName[] | undefined;
  for (let i = 0; i < linked.length; i++) {
    const n = linked[i];
    const pair = n.type === 'misc' && hasHyphen(n.text) && HYPHENATED_PAIR.test(n.text) ? hyphenatedPair(n, fulls) : undefined;
    if (pair) (split ??= linked.slice(0, i)).push(...pair);
    else split?.push(n);
  }
  return oneTypePerString(split ?? linked);
}

function hasHyphen(s: string): boolean {
  return s.includes('-') || s.includes('‐');
}

/** One name (of words `w`) linked to the acronym it is or the fuller name it shortens, if any. */
function linkName(n: LinkedName, w: readonly string[], acronyms: ReadonlyMap<string, LinkedName>, fulls: ArticleFulls): LinkedName {
  const acr = acronymOf(n.text, acronyms, fulls);
  if (acr && acr !== n && !gazetteerLookup(n.text)) return relinked(n, acr.type, Math.max(n.confidence, 0.85), acr.text);
  if (w.length >= 3) return n;
  const full = partialOf(n, w, fulls);
  if (!full) return n;
  // A sure span (`Minister Naqvi`) keeps its own type; it only learns its fuller form.
  if (n.confidence >= FIRM) return full.type === n.type ? relinked(n, n.type, n.confidence, full.text) : n;
  if (n.type === 'place' && n.confidence >= 0.55 && full.type === 'organization' && w.length === 1) return n;
  return relinked(n, full.type, Math.max(n.confidence, 0.75), full.text);
}

/** The name `text` abbreviates: one it was introduced after in parentheses (also as a plural), else one with these initials. */
function acronymOf(text: string, acronyms: ReadonlyMap<string, LinkedName>, fulls: ArticleFulls): LinkedName | undefined {
  const introduced = acronyms.size ? (acronyms.get(text) ?? (text.endsWith('s') ? acronyms.get(text.slice(0, -1)) : undefined)) : undefined;
  if (introduced || text.length < 2 || !isAllCapitals(text)) return introduced;
  fulls.byInitials ??= initialsOf(fulls.fullNames);
  return fulls.byInitials.get(text);
}

/** `/^\p{Lu}+$/u.test(text)`: ASCII is answered by hand (most names fail on their second letter), the rest by the regex. */
export function isAllCapitals(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return ALL_CAPITALS.test(text);
    if (c < 65 || c > 90) return false;
  }
  return text.length > 0;
}

/** `n` read as `type` with `confidence`, linked to its fuller form (built field by field: a spread is dearer). */
function relinked(n: LinkedName, type: LinkedName['type'], confidence: number, canonical: string | undefined): LinkedName {
  return { start: n.start, end: n.end, type, confidence, text: n.text, canonical };
}

/**
 * Acronyms introduced in parentheses (`National Electoral Council (NEC)`), to the name they follow.
 * A person-typed guess that gets one becomes an organisation (in `names`, too).
 */
function introducedAcronyms(text: string, names: LinkedName[], nameWords: readonly (readonly string[])[]): Map<string, LinkedName> {
  const acronyms = new Map<string, LinkedName>();
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    if (n.confidence < 0.5 || nameWords[i].length < 2) continue;
    // A parenthesis within two characters of the name (looked for there only, not through the rest of the text).
    const near = text.charCodeAt(n.end) === 40 || text.charCodeAt(n.end + 1) === 40 || text.charCodeAt(n.end + 2) === 40;
    const m = near ? ACRONYM_AFTER.exec(text.slice(n.end, n.end + 16)) : null;
    if (!m) continue;
    // A run of capitalised words that abbreviates is an organisation, not a person.
    const full: LinkedName = n.type === 'person' && n.confidence < FIRM ? { ...n, type: 'organization', confidence: 0.85 } : n;
    names[i] = full;
    acronyms.set(m[1].replace(/s$/, ''), full);
  }
  return acronyms;
}

/** Full names by each distinct word of theirs, each list in article order. */
function fullsByWord(fullNames: readonly FullName[]): Map<string, FullName[]> {
  const byWord = new Map<string, FullName[]>();
  for (const f of fullNames) {
    for (const w of f.words) {
      const list = byWord.get(w);
      if (!list) byWord.set(w, [f]);
      // A word repeated within one name (`Abdul Rahman Abdul`) lists that name once: it was just pushed.
      else if (list[list.length - 1] !== f) list.push(f);
    }
  }
  return byWord;
}

/** Non-person full names by their initials (`TTP`); a later name with the same initials wins. */
function initialsOf(fullNames: readonly FullName[]): Map<string, LinkedName> {
  const byInitials = new Map<string, LinkedName>();
  for (const f of fullNames) if (f.name.type !== 'person') byInitials.set(initials(f.name.text), f.name);
  return byInitials;
}

/** `the Naqvi-Zedong dialogue`: a hyphenated pair of names the article introduced, as two people; else undefined. */
function hyphenatedPair(n: LinkedName, fulls: ArticleFulls): LinkedName[] | undefined {
  const [a, b] = n.text.split(/[-‐]/);
  const first = { ...n, end: n.start + a.length, text: a };
  const second = { ...n, start: n.end - b.length, end: n.end, text: b };
  const firstFull = partialOf(first, splitWords(a), fulls);
  if (firstFull?.type !== 'person') return undefined;
  const secondFull = partialOf(second, splitWords(b), fulls);
  if (secondFull?.type !== 'person') return undefined;
  return [
    { start: first.start, end: first.end, text: a, type: 'person', confidence: 0.75, canonical: firstFull.text },
    { start: second.start, end: second.end, text: b, type: 'person', confidence: 0.75, canonical: secondFull.text },
  ];
}

/** One type per surface string in an article: the most confident typed reading wins; candidates still unsupported are dropped. */
function oneTypePerString(names: readonly LinkedName[]): LinkedName[] {
  const best = new Map<string, LinkedName>();
  for (const n of names) {
    if (n.type === 'misc' || n.confidence < 0.5) continue;
    const b = best.get(n.text);
    if (!b || n.confidence > b.confidence) best.set(n.text, n);
  }
  const out: LinkedName[] = [];
  for (const n of names) {
    // A sure span keeps its type: no need to look its string up.
    const b = n.confidence < FIRM ? best.get(n.text) : undefined;
    const m = b && b.type !== n.type ? relinked(n, b.type, Math.max(n.confidence, 0.6), b.canonical ?? n.canonical) : n;
    if (m.confidence >= CANDIDATE) out.push(m);
  }
  return out;
}

/** The fuller name a short mention (of words `w`) abbreviates (a contiguous run of its words), if the mention is distinctive. */
function partialOf(n: LinkedName, w: readonly string[], fulls: ArticleFulls): LinkedName | undefined {
  const candidates = fulls.byWord.get(w[0]);
  if (!candidates) return undefined;
  const found = fullestContaining(n, w, candidates);
  if (!found) return undefined;
  // Whether the mention is distinctive is dearer to ask than the search above, which most mentions fail.
  if (w.length === 1 && (COMMON_WORDS.has(w[0]) || TITLE_HEADS.has(w[0]) || fulls.lowerWords.has(w[0].toLowerCase()))) return undefined;
  if (gazetteerLookup(n.text)) return undefined;
  return found;
}

/** Among `candidates` (full names holding the mention's first word), the one the mention's words shorten, preferring a person, then the earliest. */
function fullestContaining(n: LinkedName, w: readonly string[], candidates: readonly FullName[]): LinkedName | undefined {
  const single = w.length === 1;
  let found: LinkedName | undefined;
  for (const { name: f, words: fw } of candidates) {
    if (f === n || f.start === n.start) continue;
    if (fw.length <= w.length) continue;
    for (let i = 0; i + w.length <= fw.length; i++) {
      if (!wordsAt(fw, i, w)) continue;
      // A head word alone (`Council`, `River`) says nothing about which name it is.
      if (single && f.type !== 'person' && (ORG_TAILS.has(w[0]) || PLACE_TAILS.has(w[0]))) continue;
      // An organisation is shortened to its opening words (`Wearside`), or to what follows a generic lead
      // (`Policlinico Santa Giustina` → `Santa Giustina`); a middle word (`Scrutiny`) is not a reference.
      if (f.type !== 'person' && i > 0 && !(i + w.length === fw.length && i === 1 && ORG_LEADS.has(fw[0]))) continue;
      if (!found || (f.type === 'person' && found.type !== 'person') || (f.type === found.type && f.start < found.start)) found = f;
    }
  }
  return found;
}

/** Whether `part` occurs in `whole` at word `at`. */
function wordsAt(whole: readonly string[], at: number, part: readonly string[]): boolean {
  for (let k = 0; k < part.length; k++) if (whole[at + k] !== part[k]) return false;
  return true;
}

function byStartThenLongest(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end;
}

function inStartOrder(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) if (byStartThenLongest(spans[i - 1], spans[i]) > 0) return false;
  return true;
}

/** Keeps, among overlapping spans, the more confident (then longer) ones; result sorted by offset. */
function resolveOverlaps(spans: readonly NameSpan[]): NameSpan[] {
  // Recognizers return their spans in this order already; the (stable) sort would leave them as they are.
  const byStart = inStartOrder(spans) ? spans : [...spans].sort(byStartThenLongest);
  const out: NameSpan[] = [];
  let i = 0;
  while (i < byStart.length) {
    // A cluster: spans chained by overlap; resolve it greedily by confidence.
    let j = i + 1;
    let end = byStart[i].end;
    while (j < byStart.length && byStart[j].start < end) end = Math.max(end, byStart[j++].end);
    if (j === i + 1) out.push(byStart[i]);
    else {
      const cluster = byStart.slice(i, j).sort((a, b) => b.confidence - a.confidence || b.end - b.start - (a.end - a.start) || a.start - b.start);
      const kept: NameSpan[] = [];
      for (const s of cluster) if (!kept.some((t) => t.start < s.end && s.start < t.end)) kept.push(s);
      out.push(...kept.sort((a, b) => a.start - b.start));
    }
    i = j;
  }
  return out;
}

/**
 * The mention of a linked name, with the type, confidence and actor that knowledge-base linking gave it.
 * Built field by field (spreading is several times dearer on this hot path); optional fields are left
 * out, not set to undefined, and come in one order: canonical, actor, misspellingOf.
 */
export function mentionOf(name: LinkedName, type: Mention['type'], confidence: number, actor?: string, misspellingOf?: string): Mention {
  const { start, end, text, canonical } = name;
  if (actor === undefined) return canonical ? { start, end, text, type, confidence, canonical } : { start, end, text, type, confidence };
  if (misspellingOf === undefined) return canonical ? { start, end, text, type, confidence, canonical, actor } : { start, end, text, type, confidence, actor };
  return canonical ? { start, end, text, type, confidence, canonical, actor, misspellingOf } : { start, end, text, type, confidence, actor, misspellingOf };
}
