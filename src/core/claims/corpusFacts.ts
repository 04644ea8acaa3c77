import type { Article, Finding, Mention, QuantityValue, Severity, Span } from '../types';
import { KnowledgeBase } from '../kb/knowledgeBase';
import { buildContext, type RuleContext } from './context';
import { isVariantSpelling, nameOccurrences } from './names';

/**
 * What the cross-article checks keep of one file: its full person names and its event counts.
 * Small and plain, so a corpus of thousands of files can keep them in memory and an editor
 * recomputes only the open document's facts on each edit.
 */
export interface FileFacts {
  readonly file: string;
  readonly names: readonly NameFact[];
  readonly figures: readonly FigureFact[];
}

/** A person written as given name + surname, at [start, end). */
export interface NameFact extends Span {
  readonly given: string;
  readonly surname: string;
}

/**
 * A count of an event's casualties, injured, arrested or missing, with what identifies the event:
 * the places and people named in its sentence and the day it happened.
 */
export interface FigureFact extends Span {
  /** `casualty`, `injured`, `arrested`, `missing`. */
  readonly key: string;
  readonly value: number;
  readonly text: string;
  /** Lower-cased names (or `actor:<id>`) of the places, people and organisations in the figure's sentence. */
  readonly actors: readonly string[];
  /** Those of `actors` recognised as a place or a person (an organisation alone, "Reuters", names no event). */
  readonly anchors: readonly string[];
  /** How `actors` are written, for messages. */
  readonly labels: readonly string[];
  /** The event day, `YYYY-MM-DD`: a dated mention in the sentence, else the article's date. */
  readonly day: string;
}

/**
 * A document of the corpus with its articles and the recognizer's mentions per article: given, or
 * a function called only for an article that has an event count (most have none, and recognising
 * names is the costly part), or absent (then no event counts: they need the places named).
 */
export interface FactsInput {
  readonly file: string;
  readonly text: string;
  readonly articles: readonly {
    readonly article: Article;
    readonly mentions?: readonly Mention[] | (() => readonly Mention[]);
    /** The article's facts when already gathered (an analysis with the `facts` option): used as they are. */
    readonly facts?: ArticleFacts;
  }[];
}

const EMPTY_KB = new KnowledgeBase();

// What a count counts, for the kinds of event figure that reports of one event must agree on.
const EVENT_NOUNS: readonly [RegExp, string][] = [
  [/^(?:victims|dead|deaths|killed|bodies|casualties|fatalities|lives)$/, 'casualty'],
  [/^(?:injured|wounded|injuries)$/, 'injured'],
  [/^(?:arrests|arrested|detained|detainees)$/, 'arrested'],
  [/^(?:missing)$/, 'missing'],
];
const PEOPLE_NOUN = /^(?:people|persons|civilians|residents|others|men|women|children|villagers|passengers|soldiers|troops|policemen|police officers|officers|pupils|students|workers|miners|pilgrims|migrants|protesters|fans|tourists)$/;
// The verb that says what happened to the people counted, right after the figure.
const AFTER_PEOPLE: readonly [RegExp, string][] = [
  [/^\s+(?:(?:were|have\s+been|had\s+been|are)\s+)?(?:killed|dead|died|have\s+died|lost\s+their\s+lives|perished)\b/i, 'casualty'],
  [/^\s+(?:(?:were|have\s+been|had\s+been|are)\s+)?(?:injured|wounded|hurt)\b/i, 'injured'],
  [/^\s+(?:(?:were|have\s+been|had\s+been|are)\s+)?(?:arrested|detained)\b/i, 'arrested'],
  [/^\s+(?:(?:were|are|remain)\s+)?missing\b/i, 'missing'],
];
const BEFORE_PEOPLE: readonly [RegExp, string][] = [
  [/\b(?:killed|killing|kills|kill)\s+(?:at\s+least\s+)?$/i, 'casualty'],
  [/\b(?:injured|injuring|wounded|wounding)\s+$/i, 'injured'],
  [/\b(?:arrested|detained)\s+$/i, 'arrested'],
];
// A figure that is a bound or an estimate ("at least 14", "more than 200") does not contradict another.
const BOUNDED = /\b(?:at\s+least|more\s+than|over|up\s+to|about|around|nearly|almost|some|roughly|approximately|fewer\s+than|less\s+than|under|dozens|hundreds|thousands)\s+$/i;

/** What event figure a count is, or undefined for a count that is not one. */
function eventKey(q: Mention, ctx: { text: string }): string | undefined {
  const v = q.normalized as QuantityValue;
  if (v.category !== 'count' || v.qualifier) return undefined;
  const unit = v.unit.toLowerCase();
  for (const [re, key] of EVENT_NOUNS) if (re.test(unit)) return key;
  if (!PEOPLE_NOUN.test(unit)) return undefined;
  const after = ctx.text.slice(q.end, q.end + 40);
  for (const [re, key] of AFTER_PEOPLE) if (re.test(after)) return key;
  const before = ctx.text.slice(Math.max(0, q.start - 30), q.start);
  for (const [re, key] of BEFORE_PEOPLE) if (re.test(before)) return key;
  return undefined;
}

const ACTOR_TYPES = new Set(['person', 'place', 'organization']);
const ANCHOR_TYPES = new Set(['person', 'place']);
const actorName = (m: Mention): string => (m.actor ? `actor:${m.actor}` : (m.canonical ?? m.text).toLowerCase());

/** What the cross-article checks need from one article: its full names and event counts. */
export interface ArticleFacts {
  readonly names: readonly NameFact[];
  readonly figures: readonly FigureFact[];
}

/** Returns the facts the cross-article checks need from one document. */
export function factsOf(doc: FactsInput, kb: KnowledgeBase = EMPTY_KB): FileFacts {
  const names: NameFact[] = [];
  const figures: FigureFact[] = [];
  for (const { article, mentions: given, facts: gathered } of doc.articles) {
    const mentions: readonly Mention[] = Array.isArray(given) ? given : [];
    const facts = gathered ?? articleFacts(buildContext(doc.text, article, mentions, kb), typeof given === 'function' ? given : undefined);
    names.push(...facts.names);
    figures.push(...facts.figures);
  }
  return { file: doc.file, names, figures };
}

/**
 * The facts of one article, read from the claims context its checks ran on (so an analysis that
 * checked the article need not build the context again). `recognise` gives the article's mentions
 * when the context was built without them: called only if the article has an event count.
 */
export function articleFacts(ctx: RuleContext, recognise?: () => readonly Mention[]): ArticleFacts {
  const { text, article } = ctx;
  let mentions = ctx.mentions;
  const names: NameFact[] = [];
  const figures: FigureFact[] = [];
  for (const b of ctx.blocks) {
    if (b.kind === 'chrome' || b.kind === 'meta') continue;
    for (const o of nameOccurrences(b.text, b.start)) if (o.given) names.push({ start: o.full.start, end: o.full.end, given: o.given, surname: o.surname });
  }
  for (const q of ctx.quantities) {
    const where = ctx.locate(q.start);
    if (!where || where.block.kind === 'meta' || where.block.kind === 'chrome' || ctx.inQuote(q.start)) continue;
    const key = eventKey(q, ctx);
    if (!key || BOUNDED.test(text.slice(Math.max(0, q.start - 24), q.start))) continue;
    const s = where.sentence;
    const inSentence = (m: Mention): boolean => m.start >= s.start && m.end <= s.end;
    const dated = ctx.dates.find((d) => inSentence(d) && isDay(d));
    const day = dated ? (dated.normalized as { value: string }).value.slice(0, 10) : article.published?.slice(0, 10);
    if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) continue;
    if (recognise && !mentions.length) mentions = recognise();
    const named = mentions.filter((m) => ACTOR_TYPES.has(m.type) && inSentence(m));
    const actors = [...new Set(named.map(actorName))];
    const labels = actors.map((a) => named.find((m) => actorName(m) === a)!.text);
    const anchors = [...new Set(named.filter((m) => ANCHOR_TYPES.has(m.type)).map(actorName))];
    if (!actors.length) continue;
    figures.push({ start: q.start, end: q.end, key, value: (q.normalized as QuantityValue).value, text: q.text, actors, anchors, labels, day });
  }
  return { names, figures };
}

function isDay(m: Mention): boolean {
  const v = m.normalized;
  return v?.kind === 'date' && v.precision === 'day' && !v.relative && typeof v.value === 'string';
}

const DAY_MS = 86_400_000;
/** Reports of one event are dated within this many days of each other. */
export const SAME_EVENT_DAYS = 3;

/** Days from `b` to `a` (negative when `a` is earlier). */
function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(a) - Date.parse(b)) / DAY_MS);
}

/**
 * True when two counts of one kind can be one event's figures in contradiction. On one day any
 * difference counts; across days a toll, injured or arrest count that grew is an update, not a
 * contradiction (only one that shrank is), and a missing count changes as people are found.
 */
function contradicts(mine: FigureFact, other: FigureFact): boolean {
  if (mine.key !== other.key || mine.value === other.value || isRounding(mine.value, other.value) || isRounding(other.value, mine.value)) return false;
  const days = daysBetween(mine.day, other.day);
  if (Math.abs(days) > SAME_EVENT_DAYS) return false;
  if (days === 0) return true;
  if (mine.key === 'missing') return false;
  const [earlier, later] = days > 0 ? [other, mine] : [mine, other];
  return later.value < earlier.value;
}

/** True when `a` is `b` rounded to `a`'s precision (300 for 312): a summary, not a contradiction. */
function isRounding(a: number, b: number): boolean {
  let step = 1;
  while (a !== 0 && a % (step * 10) === 0) step *= 10;
  return step > 1 && Math.round(b / step) * step === a;
}

export interface CrossFileOptions {
  readonly names: Severity | 'off';
  readonly figures: Severity | 'off';
  /** How a file is named in messages (default: as given). */
  readonly label?: (file: string) => string;
}

/** Spellings of each given name across files: given → surname → the files and places it is written. */
export type SpellingIndex = Map<string, Map<string, { file: string; fact: NameFact }[]>>;

/** Indexes every file's names by given name (built once per corpus version). */
export function spellingIndex(files: Iterable<FileFacts>): SpellingIndex {
  const index: SpellingIndex = new Map();
  for (const f of files) {
    for (const n of f.names) {
      let bySurname = index.get(n.given);
      if (!bySurname) index.set(n.given, (bySurname = new Map()));
      const list = bySurname.get(n.surname) ?? [];
      list.push({ file: f.file, fact: n });
      bySurname.set(n.surname, list);
    }
  }
  return index;
}

/**
 * Findings of `target` against the rest of the corpus (`others` must not include `target`):
 * a person whose surname this file spells one way and other files (that never use this
 * spelling) another, unless this file's spelling is the more common one; and an event count
 * (dead, injured, arrested, missing) that differs from the same count for the same event
 * (a shared place or person in the sentence, dated within three days) in another file.
 */
export function checkAgainstCorpus(target: FileFacts, others: SpellingIndex, otherFigures: Iterable<FileFacts>, options: CrossFileOptions): Finding[] {
  const out: Finding[] = [];
  const label = options.label ?? ((f: string) => f);
  if (options.names !== 'off') out.push(...nameFindings(target, others, options.names, label));
  if (options.figures !== 'off') out.push(...figureFindings(target, otherFigures, options.figures, label));
  return out.sort((a, b) => a.start - b.start);
}

function nameFindings(target: FileFacts, others: SpellingIndex, severity: Severity, label: (file: string) => string): Finding[] {
  const out: Finding[] = [];
  const mine = new Map<string, NameFact[]>();
  for (const n of target.names) {
    const key = `${n.given} ${n.surname}`;
    mine.set(key, [...(mine.get(key) ?? []), n]);
  }
  const filesOf = (list: readonly { file: string }[]): Set<string> => new Set(list.map((x) => x.file));
  for (const [key, facts] of mine) {
    const { given, surname } = facts[0];
    const spellings = others.get(given);
    if (!spellings) continue;
    const elsewhere = (spellings.get(surname) ?? []).filter((x) => x.file !== target.file);
    const myFiles = filesOf(elsewhere).add(target.file);
    const myCount = facts.length + elsewhere.length;
    let best: { surname: string; where: { file: string; fact: NameFact }[]; files: number } | undefined;
    for (const [other, where] of spellings) {
      if (!isVariantSpelling(surname, other)) continue;
      // Within one file the article rule reports it: only files that never use this file's spelling count.
      if (mine.has(`${given} ${other}`)) continue;
      const apart = where.filter((x) => x.file !== target.file && !myFiles.has(x.file));
      const files = filesOf(apart).size;
      if (!files || (best && (best.files > files || (best.files === files && best.where.length >= apart.length)))) continue;
      best = { surname: other, where: apart, files };
    }
    // The spelling in more files (then more often) is taken as right; on a full tie both sides hear of the other.
    if (!best || best.files < myFiles.size || (best.files === myFiles.size && best.where.length < myCount)) continue;
    const usual = best.where[0];
    for (const n of facts) {
      out.push({
        rule: 'name-inconsistency',
        severity,
        start: n.start,
        end: n.end,
        message: `"${key}" is spelled "${given} ${best.surname}" in ${label(usual.file)}${best.files > 1 ? ` and ${best.files - 1} other file${best.files > 2 ? 's' : ''}` : ''}: which is right?`,
        related: [{ start: usual.fact.start, end: usual.fact.end, file: usual.file, message: `spelled "${best.surname}" here` }],
        data: { corpus: true, spelling: surname, other: best.surname },
      });
    }
  }
  return out;
}

function figureFindings(target: FileFacts, others: Iterable<FileFacts>, severity: Severity, label: (file: string) => string): Finding[] {
  const out: Finding[] = [];
  if (!target.figures.length) return out;
  const candidates: { file: string; fig: FigureFact }[] = [];
  for (const f of others) if (f.file !== target.file) for (const fig of f.figures) candidates.push({ file: f.file, fig });
  for (const mine of target.figures) {
    const other = candidates.find(({ fig }) =>
      contradicts(mine, fig) &&
      // The recognizer may call a town a place in one report and an organisation in the other.
      fig.actors.some((a) => mine.actors.includes(a) && (mine.anchors.includes(a) || fig.anchors.includes(a))),
    );
    if (!other) continue;
    const shared = mine.actors.flatMap((a, i) => (other.fig.actors.includes(a) && (mine.anchors.includes(a) || other.fig.anchors.includes(a)) ? [mine.labels[i]] : []));
    out.push({
      rule: 'numeric-contradiction',
      severity,
      start: mine.start,
      end: mine.end,
      message: `${label(other.file)} gives ${other.fig.text} for what looks like the same event (${shared.join(', ')}, ${other.fig.day === mine.day ? 'same day' : `reported ${other.fig.day}, here ${mine.day}`}): which figure is right?`,
      related: [{ start: other.fig.start, end: other.fig.end, file: other.file, message: `${other.fig.text} here` }],
      data: { corpus: true, key: mine.key, value: mine.value, other: other.fig.value },
    });
  }
  return out;
}
