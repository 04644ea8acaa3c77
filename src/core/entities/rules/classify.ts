import type { NameSpan } from '../../types';
import type { Token } from '../tokens';
import type { Run } from './runs';
import type { LowerWords } from '../words';
import { gazetteerKey, gazetteerLookup, gazetteerMaxWords, gazetteerMayStartWith, type GazetteerEntry } from '../gazetteer';
import { ORG_APPOSITIVES, ORG_LEADS, PERSON_APPOSITIVES, PLACE_NOUNS } from '../data/cues';
import {
  CALENDAR,
  COMMON,
  cuesOf,
  hasCue,
  MISC_TAIL,
  NON_ENTITY_ACRONYM,
  ORG_LEAD,
  ORG_TAIL,
  PLACE_LEAD,
  PLACE_NOUN,
  PLACE_PREPOSITION,
  PLACE_TAIL,
  SPEECH_VERB,
  STRONG_PLACE_PREPOSITION,
  TITLE_HEAD,
  TITLE_MODIFIER,
  TITLE_WORD,
} from './cueFlags';

type NameType = NameSpan['type'];

/**
 * Confidence levels. Below `CANDIDATE` a span is only a candidate: kept if the article links
 * it to a fuller name (`Naqvi` → `Mohsin Naqvi`), dropped otherwise.
 */
export const CANDIDATE = 0.35;

/** What a classifier sees around a run: the whole line's tokens and a per-article word index. */
export interface RunContext {
  readonly tokens: readonly Token[];
  /** Lower-case words that occur in the article written in lower case (so are ordinary words). */
  readonly lowerWords: LowerWords;
  readonly emit: (span: NameSpan) => void;
  /** Spans emitted so far on this line, for coordination (`in Batken and Isfana`). */
  readonly lineSpans: readonly NameSpan[];
}

function span(tokens: readonly Token[], type: NameType, confidence: number): NameSpan {
  return { start: tokens[0].start, end: tokens[tokens.length - 1].end, type, confidence };
}

function textOf(tokens: readonly Token[], source: readonly Token[]): string {
  // Rebuild with single spaces: runs never cross line breaks, and particles keep their spacing.
  let s = '';
  for (const t of tokens) s += (s && t.spaceBefore && t !== source[0] ? ' ' : '') + t.text;
  return s;
}

/** The gazetteer entry for tokens as written; several tokens whose first word starts no name are answered without joining them. */
function lookupTokens(tokens: readonly Token[]): GazetteerEntry | undefined {
  if (tokens.length === 1) return gazetteerLookup(tokens[0].text);
  if (!gazetteerMayStartWith(tokens[0].text)) return undefined;
  return gazetteerLookup(textOf(tokens, tokens));
}

function isTitleWord(t: Token): boolean {
  return hasCue(t, TITLE_WORD);
}

/** A lone capitalised word that is an ordinary word of the article (`Record`, `Annulled`). */
function isOrdinary(t: Token, ctx: RunContext): boolean {
  // The pattern before the article-wide search, which is far dearer.
  return hasCue(t, COMMON | CALENDAR) || isInflected(t.text) || ctx.lowerWords.has(t.text);
}

/** An ordinary word opening the sentence (asked only where it decides: its test searches the article). */
function isOrdinaryStart(t: Token, ctx: RunContext): boolean {
  return t.sentenceStart && isOrdinary(t, ctx);
}

/** Sentence-opening participles and adverbs (`Enhanced`, `Speaking`, `Clearly`) are not names. */
const INFLECTED = /^\p{Lu}\p{Ll}{3,}(?:ed|ing|ly)$/u;

/** INFLECTED's test, asked only of words long enough and ending in `d`, `g` or `y` (as its endings do). */
function isInflected(word: string): boolean {
  const c = word.charCodeAt(word.length - 1);
  return word.length >= 6 && (c === 100 || c === 103 || c === 121) && INFLECTED.test(word);
}

/** The first span of the line that ends at `end` (a loop: this runs for every coordinated run). */
function spanEndingAt(spans: readonly NameSpan[], end: number): NameSpan | undefined {
  for (const s of spans) if (s.end === end) return s;
  return undefined;
}

/**
 * The token `back` places before index `i`, or undefined. Indexes below 0 are answered here: `tokens[-1]`
 * is a lookup of the property "-1", a megamorphic keyed load (runs often open their line).
 */
function tokenBefore(tokens: readonly Token[], i: number, back: number): Token | undefined {
  return i >= back ? tokens[i - back] : undefined;
}

/** `in Mbire and Kanyemba`: the type of a name coordinated with one just before on the line. */
function coordinatedType(ctx: RunContext, index: number, after: number): NameType | undefined {
  // Forward: `to Gioia Tauro, Valletta and Izmir` (the next list item is a known place).
  const nextConj = ctx.tokens[after];
  if (nextConj && (nextConj.text === ',' || nextConj.text === 'and' || nextConj.text === 'or')) {
    const item = ctx.tokens[after + 1];
    const itemEnd = ctx.tokens[after + 2];
    const listItem = !itemEnd || itemEnd.kind === 'punct' || itemEnd.text === 'and' || itemEnd.text === 'or';
    if (item && item.cap && listItem && gazetteerLookup(item.text)?.type === 'place') return 'place';
  }
  const conj = tokenBefore(ctx.tokens, index, 1);
  if (!conj || !(conj.text === 'and' || conj.text === 'or' || conj.text === ',')) return undefined;
  // `in Jakarta, Rachel Harvey, told …`: a name set off by commas before a lower-case word is an appositive, not a list item.
  const following = ctx.tokens[after + 1];
  if (conj.text === ',' && nextConj?.text === ',' && following?.kind === 'word' && !following.cap && following.text !== 'and' && following.text !== 'or') return undefined;
  const before = tokenBefore(ctx.tokens, index, 2);
  if (!before) return undefined;
  const prevSpan = spanEndingAt(ctx.lineSpans, before.end);
  return prevSpan && prevSpan.confidence >= 0.5 && prevSpan.type === 'place' ? 'place' : undefined;
}

const CAMEL_CASE = /^\p{Lu}\p{Ll}+\p{Lu}/u;
// Module constants: the build turns `\p{…}` literals into `new RegExp(…)` calls where they stand.
const STARTS_UPPER = /^\p{Lu}/u;
/** Plural abbreviations: `MPs`, `NGOs`. */
const PLURAL_ABBREVIATION = /^\p{Lu}{2,}s$/u;
const CONTRACTION = /['’](?:m|re|ve|ll|d|t)$/i;

/**
 * `I'm`, `They're`: the pattern can only match with an apostrophe two or three characters from
 * the end, looked for first (the pattern is anchored only at the end, so V8 tries it at every position).
 */
function isContraction(word: string): boolean {
  const n = word.length;
  for (let i = Math.max(0, n - 3); i <= n - 2; i++) {
    const c = word.charCodeAt(i);
    if (c === 39 || c === 0x2019) return CONTRACTION.test(word);
  }
  return false;
}

function camelCase(t: Token): boolean {
  const w = t.text;
  // ASCII words (most) are decided by character codes; others by the Unicode pattern.
  let i = 0;
  let c = w.charCodeAt(0);
  if (c >= 128) return CAMEL_CASE.test(w);
  if (c < 65 || c > 90) return false;
  for (c = w.charCodeAt(++i); c >= 97 && c <= 122; c = w.charCodeAt(++i));
  if (i === 1) return c >= 128 && CAMEL_CASE.test(w);
  return (c >= 65 && c <= 90) || (c >= 128 && CAMEL_CASE.test(w));
}

/** Whether the part of a word before its first hyphen is an organisation lead (`Anti-Corruption …`); the whole word was asked already. */
function orgLeadBeforeHyphen(word: string): boolean {
  const part = beforeHyphen(word);
  return part !== word && ORG_LEADS.has(part);
}

/** The part of a word before its first hyphen (`Anti-Corruption` → `Anti`), or the whole word. */
function beforeHyphen(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 45 || c === 0x2010) return word.slice(0, i);
  }
  return word;
}

/** A verb of saying right after the run (`Naqvi said`). */
function isSaid(next: Token | undefined): boolean {
  return !!next && next.kind === 'word' && hasCue(next, SPEECH_VERB);
}

/** `Pichincha province`: a lower-case place noun right after the run. */
function placeNounAfter(next: Token | undefined): boolean {
  return !!next && next.kind === 'word' && !next.cap && hasCue(next, PLACE_NOUN);
}

const COMPASS_OR_OUTSIDE = /^(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|outside)$/;

/** `the village of Kok-Tash`, `north of Kabul`: a place noun or direction before `of` before the run. */
function placeNounOf(prev: string | undefined, prev2: string | undefined): boolean {
  return prev === 'of' && !!prev2 && (PLACE_NOUNS.has(prev2.toLowerCase()) || COMPASS_OR_OUTSIDE.test(prev2));
}

/** PLURAL_ABBREVIATION's test, asked only of words ending in `s` (the pattern needs it). */
function isPluralAbbreviation(word: string): boolean {
  return word.length >= 3 && word.charCodeAt(word.length - 1) === 115 && PLURAL_ABBREVIATION.test(word);
}

/** The word token before token index `i` on the line, skipping nothing. */
function wordTokenBefore(ctx: RunContext, i: number, back = 1): Token | undefined {
  const t = tokenBefore(ctx.tokens, i, back);
  return t && t.kind === 'word' ? t : undefined;
}

/** `X, a Guayaquil brokerage` / `X, a former governor`: the type an appositive after the run gives. */
function appositiveType(ctx: RunContext, after: number): NameType | undefined {
  const t = ctx.tokens;
  if (t[after]?.text !== ',') return undefined;
  const det = t[after + 1]?.text.toLowerCase();
  if (det !== 'a' && det !== 'an' && det !== 'the' && det !== 'who' && det !== 'whose') return undefined;
  if (det === 'who' || det === 'whose') return 'person';
  for (let k = after + 2; k < Math.min(t.length, after + 7); k++) {
    const w = t[k];
    if (w.kind !== 'word' && w.kind !== 'possessive' && w.text !== '-') return undefined;
    const lw = w.text.toLowerCase();
    if (ORG_APPOSITIVES.has(lw) || ORG_APPOSITIVES.has(lw.replace(/-based$/, ''))) return 'organization';
    if (PERSON_APPOSITIVES.has(lw)) return 'person';
  }
  return undefined;
}

/** Greedy longest gazetteer matches over the tokens; returns null unless every token is covered. */
function decompose(tokens: readonly Token[]): { tokens: Token[]; type: NameType }[] | null {
  const out: { tokens: Token[]; type: NameType }[] = [];
  const max = gazetteerMaxWords();
  let i = 0;
  while (i < tokens.length) {
    // Most words start no gazetteer name: stop before building candidate strings.
    if (!gazetteerMayStartWith(tokens[i].text)) return null;
    let matched = 0;
    for (let n = Math.min(max, tokens.length - i); n >= 1; n--) {
      const part = tokens.slice(i, i + n);
      const hit = gazetteerLookup(textOf(part, part));
      if (hit) {
        out.push({ tokens: part, type: hit.type });
        matched = n;
        break;
      }
    }
    if (!matched) return null;
    i += matched;
  }
  return out;
}

/** A word that heads a name (or is not capitalised): after a nationality it keeps the run one name. */
function isHeadWord(t: Token): boolean {
  return hasCue(t, ORG_TAIL | ORG_LEAD | PLACE_TAIL | MISC_TAIL) || !t.cap;
}

/** How many of the tokens are words (counted without building a filtered copy). */
function countWords(tokens: readonly Token[]): number {
  let words = 0;
  for (const t of tokens) if (t.kind === 'word') words++;
  return words;
}

function indexOfCalendarWord(tokens: readonly Token[]): number {
  for (let k = 0; k < tokens.length; k++) if (hasCue(tokens[k], CALENDAR)) return k;
  return -1;
}

/** Classifies one run of a prose line and emits its name spans. */
export function classifyRun(run: Run, ctx: RunContext): void {
  let tokens = run.tokens;
  let index = run.index;
  // Month and weekday names never belong to a name: split around them.
  const cal = indexOfCalendarWord(tokens);
  if (cal !== -1) {
    if (cal > 0) classifyRun({ tokens: tokens.slice(0, cal), index }, ctx);
    if (cal + 1 < tokens.length) classifyRun({ tokens: tokens.slice(cal + 1), index: index + cal + 1 }, ctx);
    return;
  }
  // Ordinary words opening a sentence (`The`, `According`, `Both`) are not part of the name.
  const theName = tokens[0].text === 'The' && tokens.length > 1 ? gazetteerLookup(textOf(tokens, tokens)) : undefined;
  // (The gazetteer before `isOrdinary`, whose article-wide search is the dearer test.)
  while (!theName && tokens.length > 1 && tokens[0].sentenceStart && (hasCue(tokens[0], COMMON) || (!!decompose(tokens.slice(1)) && isOrdinary(tokens[0], ctx))) && !isTitleWord(tokens[0])) {
    tokens = tokens.slice(1);
    index++;
  }
  let kept = tokens.length;
  while (kept && tokens[kept - 1].kind === 'word' && !tokens[kept - 1].cap && !tokens[kept - 1].upper) kept--;
  if (kept < tokens.length) tokens = tokens.slice(0, kept);
  if (!tokens.length) return;
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  const after = index + tokens.length;

  // Known names: the gazetteer (with or without a leading `The`).
  // Several words whose first starts no gazetteer name: then neither the run, nor its first word, nor any
  // split of it from the first word is in the gazetteer (the prefix filter has no false negatives), so
  // the lookups below that need one are skipped, with the filter asked once instead of three times.
  const opensName = tokens.length > 1 && gazetteerMayStartWith(first.text);
  const known = tokens.length === 1 ? gazetteerLookup(first.text) : opensName ? gazetteerLookup(textOf(tokens, tokens)) : undefined;
  if (known) {
    if (first.sentenceStart && tokens.length === 1 && known.type === 'misc') ctx.emit(span(tokens, 'misc', 0.9));
    // A city's name often stands for something else there (a club: `Leeds beat Arsenal`), so the
    // gazetteer only guesses; countries, capitals and regions stay sure.
    else ctx.emit(span(tokens, known.type, known.kind === 'city' ? 0.55 : 0.95));
    return;
  }

  // A lone upper-case abbreviation: an acronym, typed later by the article (definition or initials).
  if (tokens.length === 1 && first.upper) {
    if (hasCue(first, NON_ENTITY_ACRONYM) || first.text.length > 6) return;
    ctx.emit(span(tokens, 'organization', 0.5));
    return;
  }

  // Title cues: `Interior Minister Mohsin Naqvi`, `Chinese Ambassador Jian Zedong`, `Dr Helen Ashworth`.
  // The name follows the last title word; up to three portfolio words may precede the title
  // (`Industry Secretary Patricia Hewitt`, `Foreign Trade Minister …`).
  let head = -1;
  for (let k = 0; k < tokens.length - 1; k++) {
    const cues = cuesOf(tokens[k]);
    if (cues & TITLE_HEAD) head = k;
    else if (head === -1 && k >= 3) break;
    else if (head !== -1 && !(cues & TITLE_MODIFIER) && tokens[k].kind === 'word') break;
  }
  if (head === -1 && hasCue(last, TITLE_HEAD)) head = tokens.length - 1;
  if (head !== -1 && !hasCue(last, ORG_TAIL | MISC_TAIL)) {
    for (const t of tokens.slice(0, head)) {
      const g = !isTitleWord(t) ? gazetteerLookup(t.text) : undefined;
      if (g) ctx.emit(span([t], g.type, 0.9));
    }
    let name = tokens.slice(head + 1);
    while (name.length && (name[0].kind === 'punct' || !name[0].cap)) name = name.slice(1);
    if (name.length && !name.every((t) => isTitleWord(t) || !t.cap)) {
      const g = decompose(name);
      if (g) for (const part of g) ctx.emit(span(part.tokens, part.type, 0.9));
      else ctx.emit(span(name, 'person', 0.9));
    }
    return;
  }
  // Whether any word is a title head: the loop above has asked every word of runs up to five words long.
  const titled = head !== -1 || (tokens.length > 5 && tokens.some((t) => hasCue(t, TITLE_HEAD)));
  if (titled && tokens.every((t) => isTitleWord(t) || !t.cap)) return;
  // `US Federal Reserve`, `Pakistan Cricket Board`: a country before an organisation's name.
  // The first word's gazetteer entry, asked once for the rules below that only concern several words.
  const firstEntry = opensName ? gazetteerLookup(first.text) : undefined;
  if (firstEntry?.type === 'place' && lookupTokens(tokens.slice(1))?.type === 'organization')
    return ctx.emit(span(tokens, 'organization', 0.85));
  // A nationality before a title-less name: `Afghan Taliban`, `Dutch government` → `Afghan` + rest.
  if (firstEntry?.type === 'misc' && !tokens.slice(1).some(isHeadWord)) {
    // Sure when the rest is a known name (`Afghan Taliban`); otherwise the word may open a person's
    // name (`Christian Olsson`), so the split is only a guess the learned model may overrule.
    const restKnown = !!lookupTokens(tokens.slice(1));
    ctx.emit(span([first], 'misc', restKnown ? 0.9 : 0.55));
    classifyRun({ tokens: tokens.slice(1), index: index + 1 }, ctx);
    return;
  }

  // Heads: `… Council`, `Ministry of …`, `… River`, `Lake …`, `… Treaty`.
  const multi = tokens.length > 1;
  const ofHead = multi ? tokens.findIndex((t, k) => k > 0 && (t.text === 'of' || t.text === 'for')) - 1 : -1;
  if (multi && hasCue(last, MISC_TAIL)) return ctx.emit(span(tokens, 'misc', 0.7));
  const camel = !multi && camelCase(first); // asked of single words only (twice below)
  if ((multi || camel) && hasCue(last, ORG_TAIL)) return ctx.emit(span(tokens, 'organization', 0.85));
  if (multi && hasCue(last, PLACE_TAIL)) return ctx.emit(span(tokens, 'place', 0.8));
  if (ofHead >= 0 && hasCue(tokens[ofHead], ORG_TAIL)) return ctx.emit(span(tokens, 'organization', 0.85));
  if (ofHead >= 0 && hasCue(tokens[ofHead], PLACE_TAIL)) return ctx.emit(span(tokens, 'place', 0.8));
  if (multi && (hasCue(first, ORG_LEAD) || orgLeadBeforeHyphen(first.text))) return ctx.emit(span(tokens, 'organization', 0.8));
  if (multi && hasCue(first, PLACE_LEAD)) return ctx.emit(span(tokens, 'place', 0.7));

  // A run made only of known places/groups without commas (`Pakistan China`): each on its own.
  const parts = opensName ? decompose(tokens) : null;
  if (parts) {
    for (const p of parts) ctx.emit(span(p.tokens, p.type, 0.85));
    return;
  }
  // Hyphenated word made of known names: `India-Pakistan`, `Shanghai-based`, `Afghan-based`.
  if (!multi && beforeHyphen(first.text) !== first.text && first.text.split(/[-‐]/).some((p) => gazetteerLookup(p))) {
    const pieces = first.text.split(/[-‐]/);
    let offset = first.start;
    let any = false;
    for (const piece of pieces) {
      const g = STARTS_UPPER.test(piece) ? gazetteerLookup(piece) : undefined;
      const t: Token = { ...first, text: piece, start: offset, end: offset + piece.length, cues: -1 };
      if (g) {
        ctx.emit(span([t], g.type, 0.85));
        any = true;
      } else if (STARTS_UPPER.test(piece)) ctx.emit(span([t], 'misc', 0.3));
      offset += piece.length + 1;
    }
    if (any) return;
  }
  // `Living Indus`, `Recharge Pakistan`: unknown words before a known place name a programme or brand, not a person.
  if (multi && gazetteerLookup(last.text)?.type === 'place' && !firstEntry) return ctx.emit(span(tokens, 'misc', 0.5));

  // Context: `Published in X`, appositives, prepositions of place, verbs of saying.
  const prevToken = wordTokenBefore(ctx, index);
  const prev = prevToken?.text;
  const prev2 = wordTokenBefore(ctx, index, 2)?.text;
  if ((prev === 'in' || prev === 'by') && prev2 === 'Published') return ctx.emit(span(tokens, 'organization', 0.8));
  const appositive = appositiveType(ctx, after);
  if (appositive) return ctx.emit(span(tokens, appositive, !multi && first.sentenceStart ? 0.3 : 0.75));
  const next = ctx.tokens[after];
  const ending = next?.text;
  // (Each test below is a pure lookup, so the cheaper ones go first and `said` is asked only where it decides.)
  const common = hasCue(first, COMMON);
  // `Pichincha province`, `the village of Kok-Tash`, `in Mbire and Kanyemba`.
  if (!common && (placeNounAfter(next) || placeNounOf(prev, prev2)) && !(!multi && isOrdinaryStart(first, ctx))) return ctx.emit(span(tokens, 'place', 0.65));
  const saidBefore = !!prevToken && hasCue(prevToken, SPEECH_VERB);
  const coordinated = common || saidBefore ? undefined : coordinatedType(ctx, index, after);
  if (coordinated && !isOrdinaryStart(first, ctx)) return ctx.emit(span(tokens, coordinated, 0.6));
  if (saidBefore && tokens.every((t) => !t.upper)) return ctx.emit(span(tokens, 'person', multi ? 0.75 : 0.5));
  if (!multi) {
    // Contractions (`I'm`) and plural abbreviations (`MPs`, `NGOs`) are not names.
    if (isContraction(first.text) || isPluralAbbreviation(first.text)) return;
    if (camel) return ctx.emit(span(tokens, 'organization', 0.6));
    if (common || isOrdinaryStart(first, ctx)) return;
    const said = isSaid(next);
    if (said) return ctx.emit(span(tokens, 'person', first.sentenceStart ? 0.3 : 0.6));
    if (prevToken && hasCue(prevToken, PLACE_PREPOSITION) && !first.sentenceStart) return ctx.emit(span(tokens, 'place', 0.55));
    // Unknown single words stay candidates (misc) until the article links them to a fuller name.
    return ctx.emit(span(tokens, 'misc', first.sentenceStart || ctx.lowerWords.has(first.text) ? 0.2 : 0.4));
  }
  if (countWords(tokens) > 4 || tokens.some((t) => t.kind === 'number')) return ctx.emit(span(tokens, 'misc', 0.4));
  const said = isSaid(next);
  // Multi-word names after `to`/`from`/`between`/`with` are more often people: only strong place prepositions count.
  if (prevToken && hasCue(prevToken, STRONG_PLACE_PREPOSITION) && !said && ending !== '(') return ctx.emit(span(tokens, 'place', 0.55));
  if (ending === '(' && ctx.tokens[after + 1]?.upper && ctx.tokens[after + 2]?.text === ')') return ctx.emit(span(tokens, 'organization', 0.8));
  // `at the Policlinico Santa Giustina,` — but not `the Mike Leigh film`, where the name only modifies a noun.
  const endsPhrase = !next || next.kind === 'punct' || next.kind === 'possessive' || /^(?:is|was|has|had|have|will|would|and|of|in|on|at|for|to)$/.test(next.text);
  if (prev === 'the' && !said && endsPhrase) return ctx.emit(span(tokens, 'organization', 0.5));
  // Two to four capitalised words with no head: most often a person's name — but only a guess
  // (`Microsoft Mobile`, `Nomad Digital`), below firm, so a confident learned span decides.
  if (tokens.every((t) => !t.upper && !hasCue(t, COMMON))) return ctx.emit(span(tokens, 'person', said ? 0.75 : 0.55));
  ctx.emit(span(tokens, 'misc', 0.4));
}

/** Normalised key used to match headline words against names found in the article's prose. */
export function knownKey(tokens: readonly Token[]): string {
  return gazetteerKey(textOf(tokens, tokens));
}

/**
 * Title-case or upper-case lines (headlines, subheadings): every word is capitalised, so only
 * names already known (gazetteer, or found in the article's prose) are taken from them.
 */
export function classifyHeadlineRun(run: Run, known: ReadonlyMap<string, NameType>, ctx: RunContext): void {
  const tokens = run.tokens;
  const max = 6;
  let i = 0;
  while (i < tokens.length) {
    let matched = 0;
    for (let n = Math.min(max, tokens.length - i); n >= 1; n--) {
      const part = tokens.slice(i, i + n);
      const key = knownKey(part);
      const type = known.get(key) ?? gazetteerLookup(key)?.type;
      if (type) {
        ctx.emit(span(part, type, 0.8));
        matched = n;
        break;
      }
    }
    if (matched) {
      i += matched;
      continue;
    }
    const t = tokens[i];
    // Strong structure still counts in a headline: `Radio Pakistan`, `Ministry of …`, a title before a name.
    if (hasCue(t, ORG_LEAD) && tokens[i + 1] && !hasCue(t, COMMON)) {
      let j = i + 1;
      while (j < tokens.length && !known.has(knownKey([tokens[j]])) && j < i + 4) j++;
      if (j === i + 1 && gazetteerLookup(tokens[j].text)?.type === 'place') j++;
      if (j > i + 1) {
        ctx.emit(span(tokens.slice(i, j), 'organization', 0.6));
        i = j;
        continue;
      }
    }
    if (!t.upper && !hasCue(t, COMMON | CALENDAR) && !ctx.lowerWords.has(t.text)) ctx.emit(span([t], 'misc', 0.2));
    i++;
  }
}
