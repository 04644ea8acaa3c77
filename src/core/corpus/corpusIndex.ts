import { analyzeDocument, type DocumentAnalysis } from '../analysis';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import type { EntityType } from '../types';
import { contentHash } from './hash';
import { summarizeAnalysis, type ArticleSummary, type FileSummary, type FindingRef } from './summary';
import { matchesFilter, type CorpusFilter } from './filter';

/** What tells a file apart without reading it (modification time and size, as a file system reports them). */
export interface FileStamp {
  readonly mtime: number;
  readonly size: number;
}

/** An article of the corpus: its file and its summary. */
export interface ArticleRef {
  readonly path: string;
  readonly article: ArticleSummary;
}

export interface ActorEntry {
  readonly key: string;
  readonly label: string;
  readonly type: EntityType;
  readonly actor?: string;
  /** Mentions across the corpus. */
  readonly mentions: number;
  readonly articles: number;
}

export interface FindingEntry extends ArticleRef {
  readonly finding: FindingRef;
}

/** The serialized form (JSON-safe) of an index, for a cache that makes a reopened workspace ready at once. */
export interface SerializedCorpus {
  readonly format: 1;
  /** Engine identity: a cache from another engine version is ignored. */
  readonly engine: string;
  readonly files: readonly { readonly path: string; readonly hash: string; readonly stamp?: FileStamp }[];
  readonly summaries: Readonly<Record<string, Omit<FileSummary, 'hash'>>>;
}

export interface CorpusIndexOptions {
  /** Analyses a file's text; defaults to `analyzeDocument`. Entities and findings flow in from it. */
  readonly analyze?: (text: string) => DocumentAnalysis;
  /** The knowledge base `analyze` links with (the summaries' cross-file facts link with it too). */
  readonly kb?: KnowledgeBase;
  readonly engine?: string;
}

interface Entry {
  readonly hash: string;
  readonly stamp?: FileStamp;
}

interface Derived {
  readonly topics: Map<string, ArticleRef[]>;
  readonly actors: Map<string, { entry: ActorEntry; refs: ArticleRef[] }>;
  readonly rules: Map<string, FindingEntry[]>;
}

/**
 * An index of the article files of a corpus, keyed by content hash: files are analysed once per
 * distinct text, unchanged files (same stamp) are never re-read, and queries by topic, actor and
 * rule are answered from lazily built secondary indexes.
 */
export class CorpusIndex {
  private readonly files = new Map<string, Entry>();
  private readonly summaries = new Map<string, FileSummary>();
  /** How many paths share each content hash (copies of one page are analysed once). */
  private readonly refs = new Map<string, number>();
  private readonly strings = new Map<string, string>();
  private readonly analyze: (text: string) => DocumentAnalysis;
  private readonly kb: KnowledgeBase | undefined;
  readonly engine: string;
  private derived: Derived | undefined;
  /** Bumped on every change; views compare it to know when to refresh. */
  private _version = 0;
  private readonly listeners = new Set<(paths: readonly string[]) => void>();

  constructor(options: CorpusIndexOptions = {}) {
    this.analyze = options.analyze ?? ((text) => analyzeDocument(text));
    this.kb = options.kb;
    this.engine = options.engine ?? 'default';
  }

  get version(): number {
    return this._version;
  }

  get size(): number {
    return this.files.size;
  }

  /** Calls back with the changed paths after each mutation; returns an unsubscribe function. */
  onDidChange(listener: (paths: readonly string[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** True when the file is indexed with this stamp, so it needs no reading. */
  isCurrent(path: string, stamp: FileStamp): boolean {
    const e = this.files.get(path);
    return !!e?.stamp && e.stamp.mtime === stamp.mtime && e.stamp.size === stamp.size;
  }

  /** Indexes a file's text; returns true when its summary changed (a new text, not just a new stamp). */
  update(path: string, text: string, stamp?: FileStamp): boolean {
    const hash = contentHash(text);
    return this.store(path, hash, stamp, () => this.summarize(text, hash));
  }

  /** The summary `update` would store for a text whose content hash is `hash` (the index is not changed). */
  summarize(text: string, hash: string): FileSummary {
    return summarizeAnalysis(hash, this.analyze(text), this.kb);
  }

  /**
   * Indexes a file from a summary computed elsewhere (a worker thread) for a text whose content hash
   * is `hash`: the same as `update` with that text, the summary standing in for the analysis (it is
   * kept only when the index has no summary for that hash yet).
   */
  updateFromSummary(path: string, hash: string, summary: FileSummary, stamp?: FileStamp): boolean {
    if (summary.hash !== hash) throw new Error(`summary of ${summary.hash} given for ${hash}`);
    return this.store(path, hash, stamp, () => summary);
  }

  /** True when a text with this content hash would have to be analysed (no file of the index has it). */
  needsSummary(hash: string): boolean {
    return !this.summaries.has(hash);
  }

  private store(path: string, hash: string, stamp: FileStamp | undefined, summarize: () => FileSummary): boolean {
    const previous = this.files.get(path);
    if (previous?.hash === hash) {
      this.files.set(path, { hash, stamp });
      return false;
    }
    if (!this.summaries.has(hash)) this.summaries.set(hash, this.intern(summarize()));
    this.files.set(path, { hash, stamp });
    this.retain(hash);
    if (previous) this.release(previous.hash);
    this.changed([path]);
    return true;
  }

  /** Forgets a file. */
  delete(path: string): boolean {
    const previous = this.files.get(path);
    if (!previous) return false;
    this.files.delete(path);
    this.release(previous.hash);
    this.changed([path]);
    return true;
  }

  /** Moves a file's entry to a new path without reading or analysing it again. */
  rename(from: string, to: string, stamp?: FileStamp): boolean {
    const entry = this.files.get(from);
    if (!entry || from === to) return false;
    const replaced = this.files.get(to);
    this.files.delete(from);
    this.files.set(to, { hash: entry.hash, stamp: stamp ?? entry.stamp });
    if (replaced) this.release(replaced.hash);
    this.changed([from, to]);
    return true;
  }

  has(path: string): boolean {
    return this.files.has(path);
  }

  paths(): string[] {
    return [...this.files.keys()].sort();
  }

  /** The summary of a file, if indexed. */
  get(path: string): FileSummary | undefined {
    const e = this.files.get(path);
    return e && this.summaries.get(e.hash);
  }

  /** Every article of the corpus, files in path order. */
  *articles(filter?: CorpusFilter): IterableIterator<ArticleRef> {
    for (const path of this.paths()) {
      for (const article of this.get(path)?.articles ?? []) {
        if (matchesFilter(article, filter)) yield { path, article };
      }
    }
  }

  get articleCount(): number {
    let n = 0;
    for (const e of this.files.values()) n += this.summaries.get(e.hash)?.articles.length ?? 0;
    return n;
  }

  /** Topic ids with the number of articles under each (an article counts under each of its ranked topics). */
  topicCounts(filter?: CorpusFilter): Map<string, number> {
    const out = new Map<string, number>();
    for (const [topic, refs] of this.derive().topics) {
      const n = filter ? refs.filter((r) => matchesFilter(r.article, filter)).length : refs.length;
      if (n) out.set(topic, n);
    }
    return out;
  }

  /** Articles under a topic, newest first. */
  articlesByTopic(topic: string, filter?: CorpusFilter): ArticleRef[] {
    const refs = this.derive().topics.get(topic) ?? [];
    return filter ? refs.filter((r) => matchesFilter(r.article, filter)) : refs;
  }

  /** Actors of the corpus, most mentioned first. */
  actors(filter?: CorpusFilter): ActorEntry[] {
    const out: ActorEntry[] = [];
    for (const { entry, refs } of this.derive().actors.values()) {
      if (!filter) {
        out.push(entry);
        continue;
      }
      const kept = refs.filter((r) => matchesFilter(r.article, filter));
      if (kept.length === 0) continue;
      const mentions = kept.reduce((n, r) => n + (r.article.actors.find((a) => a.key === entry.key)?.count ?? 0), 0);
      out.push({ ...entry, mentions, articles: kept.length });
    }
    return out.sort((a, b) => b.mentions - a.mentions || (a.label < b.label ? -1 : 1));
  }

  actor(key: string): ActorEntry | undefined {
    return this.derive().actors.get(key)?.entry;
  }

  /** Articles that mention an actor (the "also in N articles" of hovers). */
  articlesByActor(key: string, filter?: CorpusFilter): ArticleRef[] {
    const refs = this.derive().actors.get(key)?.refs ?? [];
    return filter ? refs.filter((r) => matchesFilter(r.article, filter)) : refs;
  }

  /** Rule ids with their number of findings. */
  ruleCounts(filter?: CorpusFilter): Map<string, number> {
    const out = new Map<string, number>();
    for (const [rule, entries] of this.derive().rules) {
      const n = filter ? entries.filter((e) => matchesFilter(e.article, filter)).length : entries.length;
      if (n) out.set(rule, n);
    }
    return out;
  }

  findingsByRule(rule: string, filter?: CorpusFilter): FindingEntry[] {
    const entries = this.derive().rules.get(rule) ?? [];
    return filter ? entries.filter((e) => matchesFilter(e.article, filter)) : entries;
  }

  /** A JSON-safe snapshot: file stamps and one summary per distinct content hash. */
  serialize(): SerializedCorpus {
    const files = this.paths().map((path) => {
      const e = this.files.get(path)!;
      return e.stamp ? { path, hash: e.hash, stamp: e.stamp } : { path, hash: e.hash };
    });
    const summaries: Record<string, Omit<FileSummary, 'hash'>> = {};
    for (const [hash, s] of this.summaries) summaries[hash] = s.facts ? { articles: s.articles, facts: s.facts } : { articles: s.articles };
    return { format: 1, engine: this.engine, files, summaries };
  }

  /** Restores a snapshot; returns false (and loads nothing) when it is from another format or engine. */
  load(data: SerializedCorpus): boolean {
    if (data?.format !== 1 || data.engine !== this.engine) return false;
    for (const f of data.files) {
      const s = data.summaries[f.hash];
      if (!s) continue;
      if (this.files.has(f.path)) continue;
      if (!this.summaries.has(f.hash)) this.summaries.set(f.hash, this.intern({ hash: f.hash, articles: s.articles, ...(s.facts ? { facts: s.facts } : {}) }));
      this.files.set(f.path, { hash: f.hash, stamp: f.stamp });
      this.retain(f.hash);
    }
    this.changed(data.files.map((f) => f.path));
    return true;
  }

  /**
   * Shares the strings that repeat across thousands of articles (actor keys and labels, topic and
   * rule ids): each summary otherwise holds its own copy.
   */
  private intern(summary: FileSummary): FileSummary {
    const str = <T extends string | undefined>(x: T): T => {
      if (x === undefined) return x;
      const hit = this.strings.get(x);
      if (hit !== undefined) return hit as T;
      this.strings.set(x, x);
      return x;
    };
    return {
      hash: summary.hash,
      articles: summary.articles.map((a) => ({
        ...a,
        ...(a.publisher ? { publisher: str(a.publisher) } : {}),
        topics: a.topics.map((t) => ({ id: str(t.id), score: t.score })),
        actors: a.actors.map((x) => ({ ...x, key: str(x.key), label: str(x.label), type: str(x.type), ...(x.actor ? { actor: str(x.actor) } : {}) })),
        findings: a.findings.map((f) => ({ ...f, rule: str(f.rule), severity: str(f.severity) })),
      })),
      ...(summary.facts ? {
        facts: {
          names: summary.facts.names.map((x) => (typeof x === 'string' ? str(x) : x)),
          figures: summary.facts.figures.map((f) => ({ ...f, key: str(f.key), day: str(f.day) })),
        },
      } : {}),
    };
  }

  private retain(hash: string): void {
    this.refs.set(hash, (this.refs.get(hash) ?? 0) + 1);
  }

  private release(hash: string): void {
    const n = (this.refs.get(hash) ?? 0) - 1;
    if (n > 0) this.refs.set(hash, n);
    else {
      this.refs.delete(hash);
      this.summaries.delete(hash);
    }
  }

  private changed(paths: readonly string[]): void {
    this._version++;
    this.derived = undefined;
    for (const l of this.listeners) l(paths);
  }

  /** Secondary indexes, rebuilt on the first query after a change (one pass over the summaries). */
  private derive(): Derived {
    if (this.derived) return this.derived;
    const topics = new Map<string, ArticleRef[]>();
    const actors = new Map<string, { entry: { -readonly [K in keyof ActorEntry]: ActorEntry[K] }; refs: ArticleRef[] }>();
    const rules = new Map<string, FindingEntry[]>();
    const push = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
      const list = map.get(key);
      if (list) list.push(value);
      else map.set(key, [value]);
    };
    for (const ref of this.articles()) {
      for (const t of ref.article.topics) push(topics, t.id, ref);
      for (const a of ref.article.actors) {
        let slot = actors.get(a.key);
        if (!slot) actors.set(a.key, (slot = { entry: { key: a.key, label: a.label, type: a.type, actor: a.actor, mentions: 0, articles: 0 }, refs: [] }));
        slot.entry.mentions += a.count;
        slot.entry.articles++;
        slot.refs.push(ref);
      }
      for (const finding of ref.article.findings) push(rules, finding.rule, { ...ref, finding });
    }
    const newestFirst = (a: ArticleRef, b: ArticleRef): number =>
      (b.article.published ?? '').localeCompare(a.article.published ?? '') || a.path.localeCompare(b.path) || a.article.index - b.article.index;
    for (const refs of topics.values()) refs.sort(newestFirst);
    for (const slot of actors.values()) slot.refs.sort(newestFirst);
    this.derived = { topics, actors, rules };
    return this.derived;
  }
}
