import type { DocumentAnalysis } from '../analysis';
import type { EntityType, Mention, Range, Severity, Span } from '../types';
import type { TopicScore } from '../topics/classify';
import { factsOf, type FigureFact, type FileFacts, type NameFact } from '../claims/corpusFacts';
import type { KnowledgeBase } from '../kb/knowledgeBase';

/** One actor (a linked knowledge-base actor, or a recognised name) within one article. */
export interface ActorInArticle {
  /** `actor:<kb id>` when linked, else `name:<type>:<lower-cased name>`. */
  readonly key: string;
  readonly label: string;
  readonly type: EntityType;
  readonly actor?: string;
  readonly count: number;
  /**
   * The first mention as `[line, character, endLine, endCharacter]`. The others are found again
   * when a view needs them: storing every mention of every actor would make a 10,000-article
   * index several times larger.
   */
  readonly first: readonly [number, number, number, number];
}

export interface FindingRef {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly range: Range;
  /** Stable id within the file (rule + offsets), e.g. for triage state. */
  readonly id: string;
  readonly quote: string;
}

/** What the corpus keeps of one article: enough for the views and queries, far less than the analysis. */
export interface ArticleSummary {
  readonly index: number;
  readonly headline: string;
  readonly headlineRange: Range;
  readonly range: Range;
  readonly published: string | null;
  readonly publisher?: string;
  readonly topics: readonly TopicScore[];
  readonly firstParagraph: string;
  readonly actors: readonly ActorInArticle[];
  readonly findings: readonly FindingRef[];
}

/**
 * A fact's place in its file: `[line, character]` of its start when it ends on the same line (a
 * name or a figure nearly always does: the end is then `end - start` characters on), else
 * `[line, character, endLine, endCharacter]`. Thousands of files keep these, so they stay short.
 */
export type LineSpan = readonly [number, number] | readonly [number, number, number, number];

/**
 * What the cross-file checks need of a file (claims/corpusFacts), each fact with its place so a
 * finding in a closed file is located without reading it again.
 */
export interface FactsSummary {
  /**
   * Full person names, NAME_FIELDS values each: given name, surname, start, end, line, character.
   * Flat, not an object per name: a 10,000-article corpus holds about 100,000 of them, and objects
   * took twice the memory and cache. A name broken over two lines has line -1 (not located).
   */
  readonly names: readonly (string | number)[];
  readonly figures: readonly (FigureFact & { readonly at: LineSpan })[];
}

const NAME_FIELDS = 6;

export interface FileSummary {
  readonly hash: string;
  readonly articles: readonly ArticleSummary[];
  /** Absent when the file has no full person name and no event count. */
  readonly facts?: FactsSummary;
}

/** A summary's facts as the cross-file checks take them, for the file at `path`. */
export function fileFacts(path: string, summary: Pick<FileSummary, 'facts'>): FileFacts {
  const flat = summary.facts?.names ?? [];
  const names: NameFact[] = [];
  for (let i = 0; i < flat.length; i += NAME_FIELDS) {
    names.push({ start: flat[i + 2] as number, end: flat[i + 3] as number, given: flat[i] as string, surname: flat[i + 1] as string });
  }
  return { file: path, names, figures: summary.facts?.figures ?? [] };
}

/** Where `span` (a fact's span in the summarized file) lies, from the summary's facts. */
export function factRange(summary: Pick<FileSummary, 'facts'>, span: Span): Range | undefined {
  const onLine = (line: number, character: number, length: number): Range | undefined =>
    line < 0 ? undefined : { start: { line, character }, end: { line, character: character + length } };
  const flat = summary.facts?.names ?? [];
  for (let i = 0; i < flat.length; i += NAME_FIELDS) {
    if (flat[i + 2] === span.start && flat[i + 3] === span.end) return onLine(flat[i + 4] as number, flat[i + 5] as number, span.end - span.start);
  }
  const figure = summary.facts?.figures.find((x) => x.start === span.start && x.end === span.end);
  if (!figure) return undefined;
  const [l, c, el = l, ec = c + figure.end - figure.start] = figure.at;
  return { start: { line: l, character: c }, end: { line: el, character: ec } };
}

// Actors are who and where; `misc` (nationalities, events) is not one.
const ACTOR_TYPES: ReadonlySet<EntityType> = new Set(['person', 'organization', 'place']);
// Triage finds a decision by rule and quoted text, so the quote is kept whole unless absurdly long.
const MAX_QUOTE = 1000;
const MAX_FIRST_PARAGRAPH = 400;

/** The range of an actor's first mention in an article. */
export function firstMentionRange(actor: Pick<ActorInArticle, 'first'>): Range {
  const [l, c, el, ec] = actor.first;
  return { start: { line: l, character: c }, end: { line: el, character: ec } };
}

/** The key an actor is grouped under across the corpus. */
export function actorKey(m: { actor?: string; type: EntityType; text: string; canonical?: string }): string {
  return m.actor ? `actor:${m.actor}` : `name:${m.type}:${nameOf(m)}`;
}

function nameOf(m: { text: string; canonical?: string }): string {
  return (m.canonical ?? m.text).toLowerCase().replace(/\s+/g, ' ');
}

/**
 * Keys for an article's mentions: an unlinked mention spelled like a linked one in the same article
 * (a dateline `ISLAMABAD` beside a linked `Islamabad`) joins that actor instead of standing apart.
 */
export function articleActorKeys(mentions: readonly Mention[]): (m: Mention) => string {
  const linked = new Map<string, string>();
  for (const m of mentions) {
    if (!m.actor) continue;
    linked.set(`${m.type}:${nameOf(m)}`, actorKey(m));
    linked.set(`${m.type}:${m.text.toLowerCase()}`, actorKey(m));
  }
  return (m) => (m.actor ? actorKey(m) : linked.get(`${m.type}:${nameOf(m)}`) ?? actorKey(m));
}

function isShouted(label: string): boolean {
  return /\p{Lu}{2}/u.test(label) && label === label.toUpperCase() && label.length > 4;
}

/**
 * Condenses a document analysis into the summary the corpus index stores. `kb` is the knowledge base
 * the analysis linked with: the cross-file facts name actors by it too.
 */
export function summarizeAnalysis(hash: string, analysis: DocumentAnalysis, kb?: KnowledgeBase): FileSummary {
  const { lines, text } = analysis;
  const articles = analysis.articles.map(({ article, mentions, findings, topics }): ArticleSummary => {
    const actors = new Map<string, { label: string; type: EntityType; actor?: string; count: number; first: [number, number, number, number] }>();
    const keyOf = articleActorKeys(mentions);
    const provisionalLabel = new Set<string>();
    for (const m of mentions) {
      if (!ACTOR_TYPES.has(m.type)) continue;
      const key = keyOf(m);
      const a = actors.get(key);
      if (a) {
        a.count++;
        // Name a linked actor as the text wrote it where it was linked, not as a dateline shouted it.
        if (m.actor && provisionalLabel.delete(key)) a.label = m.canonical ?? m.text;
        // A dateline (`ISLAMABAD:`) shouts the name; the prose spelling is the one to show.
        else if (isShouted(a.label) && !isShouted(m.canonical ?? m.text)) a.label = m.canonical ?? m.text;
        continue;
      }
      const start = lines.positionAt(m.start);
      const end = lines.positionAt(m.end);
      // `actor` only when linked, so a summary equals its JSON round trip.
      const actor = m.actor ?? (key.startsWith('actor:') ? key.slice(6) : undefined);
      if (actor && !m.actor) provisionalLabel.add(key);
      actors.set(key, { label: m.canonical ?? m.text, type: m.type, ...(actor ? { actor } : {}), count: 1, first: [start.line, start.character, end.line, end.character] });
    }
    const first = article.paragraphs[0]?.text.trim() ?? '';
    return {
      index: article.index,
      headline: article.headline,
      headlineRange: lines.rangeOf(article.headlineSpan),
      range: lines.rangeOf(article),
      published: article.published,
      ...(article.publisher ? { publisher: article.publisher } : {}),
      topics,
      firstParagraph: first.length > MAX_FIRST_PARAGRAPH ? first.slice(0, MAX_FIRST_PARAGRAPH - 1) + '…' : first,
      actors: [...actors].map(([key, a]) => ({ key, ...a })).sort((x, y) => y.count - x.count || (x.key < y.key ? -1 : 1)),
      findings: findings.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        range: lines.rangeOf(f),
        id: `${f.rule}@${f.start}-${f.end}`,
        quote: text.slice(f.start, Math.min(f.end, f.start + MAX_QUOTE)),
      })),
    };
  });
  const facts = summarizeFacts(analysis, kb);
  return { hash, articles, ...(facts ? { facts } : {}) };
}

function summarizeFacts(analysis: DocumentAnalysis, kb: KnowledgeBase | undefined): FactsSummary | undefined {
  const { names, figures } = factsOf({ file: '', text: analysis.text, articles: analysis.articles }, kb);
  if (!names.length && !figures.length) return undefined;
  const flat: (string | number)[] = [];
  for (const n of names) {
    const start = analysis.lines.positionAt(n.start), end = analysis.lines.positionAt(n.end);
    flat.push(n.given, n.surname, n.start, n.end, end.line === start.line ? start.line : -1, start.character);
  }
  const at = (x: Span): LineSpan => {
    const start = analysis.lines.positionAt(x.start), end = analysis.lines.positionAt(x.end);
    return end.line === start.line ? [start.line, start.character] : [start.line, start.character, end.line, end.character];
  };
  return { names: flat, figures: figures.map((f) => ({ ...f, at: at(f) })) };
}
