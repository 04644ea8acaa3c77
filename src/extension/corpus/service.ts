import { existsSync, statSync } from 'node:fs';
import * as vscode from 'vscode';
import { analyzeDocument } from '../../core/analysis';
import type { KnowledgeBase } from '../../core/kb/knowledgeBase';
import { articleActorKeys, type FileSummary } from '../../core/corpus/summary';
import type { Range } from '../../core/types';
import { CorpusIndex, type FileStamp, type SerializedCorpus } from '../../core/corpus/corpusIndex';
import { syncCorpus, type CorpusFileSource } from '../../core/corpus/sync';
import { contentHash } from '../../core/corpus/hash';
import { corpusAnalyzer } from '../../core/corpus/engine';
import { AnalysisPool, defaultPoolSize } from '../../workers/analysisPool';
import { BUILTIN_TOPICS } from '../../core/topics/taxonomy';
import type { WorkspaceTopic } from '../../core/topics/workspaceTopics';
import { corpusGlobs, findCorpusFiles, isCorpusFile } from './files';
import { WorkspaceTopicsFile } from './workspaceTopicsFile';

export type CorpusState = 'idle' | 'indexing' | 'ready';

const CACHE_FILE = 'corpus-index.json';
const CHUNK = 20;
/** Longest the indexing holds the extension host's thread before letting other work in. */
const SLICE_MS = 10;
const WATCH_DEBOUNCE_MS = 300;
// Writing the cache of a large corpus costs a few hundred ms: batch edits, a git pull, a rename…
const SAVE_DEBOUNCE_MS = 10_000;
/** Indexing waits this long after activation so it never competes with the first editor. */
const START_DELAY_MS = 750;
/**
 * A run with fewer files to read analyses them in this thread: worker threads start in ≈ 0.1 s, but
 * each then warms its own JIT (≈ 0.3 s lost on a 900-file cold index, won back from ≈ 2,000 files).
 */
const POOL_FROM_FILES = 200;

/**
 * The workspace's article corpus: a core `CorpusIndex` fed from the file system in the
 * background, kept current by file watching, and cached in workspace storage by content hash.
 */
export class CorpusService implements vscode.Disposable {
  private _index: CorpusIndex;
  /** The index's analysis (the in-thread path, and the fallback when a worker fails). */
  /** Worker threads for the current engine inputs while a run with enough files to analyse is going. */
  private pool: { readonly engine: string; readonly started: Promise<AnalysisPool | undefined> } | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changeEmitter = new vscode.EventEmitter<readonly string[]>();
  private readonly stateEmitter = new vscode.EventEmitter<void>();
  /** Fires with the changed paths whenever the indexed content changes (all paths: empty list). */
  readonly onDidChange = this.changeEmitter.event;
  /** Fires when indexing starts, progresses or ends. */
  readonly onDidChangeState = this.stateEmitter.event;
  private _state: CorpusState = 'idle';
  private _progress = { done: 0, total: 0 };
  private running: vscode.CancellationTokenSource | undefined;
  private pending = new Map<string, vscode.Uri | null>(); // uri → uri to (re)index, or null to delete
  private pendingTimer: ReturnType<typeof setTimeout> | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private startTimer: ReturnType<typeof setTimeout> | undefined;
  private unsubscribe: () => void = () => undefined;
  private readonly topicsFile: WorkspaceTopicsFile;
  private workspaceTopics: readonly WorkspaceTopic[] = [];
  private watchers: vscode.Disposable[] = [];
  /** Resolves when the first full sync after start has finished (tests and hovers may await it). */
  private readyResolve!: () => void;
  readonly whenReady = new Promise<void>((resolve) => (this.readyResolve = resolve));

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly log: vscode.LogOutputChannel,
    /** The actor knowledge base entities link to (the knowledge service's); none links nothing. */
    private readonly knowledge?: { readonly current: KnowledgeBase; readonly onDidChange: vscode.Event<unknown> },
  ) {
    this.topicsFile = new WorkspaceTopicsFile((topics) => this.onWorkspaceTopics(topics));
    this._index = this.createIndex();
    this.disposables.push(
      this.topicsFile,
      ...(knowledge ? [knowledge.onDidChange(() => this.onEngineInputsChanged())] : []),
      vscode.workspace.onDidRenameFiles((e) => this.onRenamed(e)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('byline.articleGlobs') || e.affectsConfiguration('files.exclude')) {
          this.watch();
          void this.refresh();
        }
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.watch();
        void this.refresh();
      }),
    );
  }

  get index(): CorpusIndex {
    return this._index;
  }

  get state(): CorpusState {
    return this._state;
  }

  get progress(): { readonly done: number; readonly total: number } {
    return this._progress;
  }

  /** Topic labels by id, built-in and workspace. */
  topicLabel(id: string): string {
    return BUILTIN_TOPICS.find((t) => t.id === id)?.label ?? this.workspaceTopics.find((t) => t.id === id)?.label ?? id;
  }

  /** The parent of a workspace topic, if it has one. */
  topicParent(id: string): string | undefined {
    return this.workspaceTopics.find((t) => t.id === id)?.parent;
  }

  /** Workspace topics whose parent is `id` (undefined: top-level ones). */
  childTopics(parent: string | undefined): readonly WorkspaceTopic[] {
    return this.workspaceTopics.filter((t) => t.parent === parent);
  }

  /**
   * Every mention of an actor in one article, with its line, found by analysing the file again:
   * the index keeps only the first mention of each actor to stay small.
   */
  async mentionsOf(path: string, index: number, key: string): Promise<{ range: Range; line: string }[]> {
    const uri = vscode.Uri.parse(path);
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === path);
    let text: string;
    try {
      text = open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      return [];
    }
    const analysis = analyzeDocument(text, { kb: this.knowledge?.current, skipClaims: true, skipTopics: true });
    const article = analysis.articles.find((a) => a.article.index === index);
    const keyOf = articleActorKeys(article?.mentions ?? []);
    return (article?.mentions ?? [])
      .filter((m) => keyOf(m) === key)
      .map((m) => {
        const range = analysis.lines.rangeOf(m);
        return { range, line: analysis.lines.lineText(range.start.line) };
      });
  }

  /** The last indexing run: files listed and read, threads used, time taken. */
  get lastRun(): { readonly files: number; readonly read: number; readonly threads: number; readonly ms: number; readonly cancelled: boolean } | undefined {
    return this._lastRun;
  }
  private _lastRun: { files: number; read: number; threads: number; ms: number; cancelled: boolean } | undefined;

  /** Loads the cache, then indexes what changed, in the background. */
  start(): void {
    this.startTimer = setTimeout(() => {
      void (async () => {
        await this.topicsFile.load();
        this.watch();
        await this.loadCache();
        await this.refresh();
      })().catch((e) => this.log.error(`corpus: ${String(e)}`));
    }, START_DELAY_MS);
  }

  /** Re-lists the workspace and indexes new or changed files; cancels a run in progress. */
  async refresh(): Promise<void> {
    this.running?.cancel();
    const cts = new vscode.CancellationTokenSource();
    this.running = cts;
    this.setState('indexing');
    const started = Date.now();
    const index = this._index;
    let threads = 1;
    let poolFailed = false;
    // Files are analysed in worker threads when the bundled worker is there (and the machine has more
    // than one core): the extension host's thread only reads, hashes and indexes. A file a worker
    // fails on is analysed here (an engine error then shows as it would without workers).
    const inThread = (text: string, hash: string): FileSummary => index.summarize(text, hash);
    const summarize = async (text: string, hash: string): Promise<FileSummary> => {
      if (cts.token.isCancellationRequested) throw new Error('cancelled');
      const pool = poolFailed ? undefined : await this.analysisPool(index.engine);
      if (!pool) return inThread(text, hash);
      threads = pool.size;
      try {
        return await pool.summarize(text, hash);
      } catch (e) {
        if (cts.token.isCancellationRequested) throw e;
        if (!poolFailed) this.log.warn(`corpus: a worker thread failed on a file (${String(e)}), analysing it in this thread`);
        if (pool.threads === 0) poolFailed = true; // none left: the rest of the run stays here
        return inThread(text, hash);
      }
    };
    try {
      const result = await vscode.window.withProgress(
        { location: { viewId: 'byline.topics' }, title: 'Indexing articles' },
        () => syncCorpus(index, this.fileSource(cts.token), {
          chunkSize: CHUNK,
          // An article opened while the corpus indexes gets its diagnostics within about one slice.
          sliceMs: SLICE_MS,
          isCancelled: () => cts.token.isCancellationRequested,
          ...(defaultPoolSize() > 1 ? { summarize, inFlight: defaultPoolSize() * 2, summarizeFrom: POOL_FROM_FILES } : {}),
          onProgress: (done, total) => {
            this._progress = { done, total };
            this.stateEmitter.fire();
          },
        }),
      );
      this._lastRun = { files: result.total, read: result.read, threads, ms: Date.now() - started, cancelled: result.cancelled };
      this.log.info(`corpus: ${result.total} files (${result.read} read, ${result.changed} analysed, ${result.removed} removed) in ${Date.now() - started} ms on ${threads} thread${threads === 1 ? '' : 's'}${result.cancelled ? ', cancelled' : ''}`);
      this.scheduleSave();
    } finally {
      if (this.running === cts) {
        this.running = undefined;
        // Idle worker threads would hold their engines for nothing: the next big run starts new ones.
        this.disposePool();
        this.setState('ready');
        this.readyResolve();
      }
      cts.dispose();
    }
  }

  /** Stops the indexing run in progress (what is indexed so far stays). */
  cancel(): void {
    this.running?.cancel();
  }

  /**
   * Summaries depend on the engine build, the knowledge base and the workspace topics: any of them
   * changing makes every cached summary stale.
   */
  private engineKey(): string {
    const kb = this.knowledge ? contentHash(JSON.stringify(this.knowledge.current.actors)) : 'no-kb';
    return `${this.context.extension?.packageJSON?.version ?? '0'}:${buildStamp(this.context)}:${kb}:${contentHash(JSON.stringify(this.workspaceTopics))}`;
  }

  private createIndex(): CorpusIndex {
    const kb = this.knowledge?.current;
    const index = new CorpusIndex({ engine: this.engineKey(), analyze: corpusAnalyzer({ kb, workspaceTopics: this.workspaceTopics }), kb });
    this.unsubscribe();
    this.unsubscribe = index.onDidChange((paths) => {
      if (this._state !== 'indexing') void vscode.commands.executeCommand('setContext', 'byline.corpus.empty', index.size === 0);
      this.changeEmitter.fire(paths);
    });
    return index;
  }

  private onWorkspaceTopics(topics: readonly WorkspaceTopic[]): void {
    if (JSON.stringify(topics) === JSON.stringify(this.workspaceTopics)) return;
    this.workspaceTopics = topics;
    this.onEngineInputsChanged();
  }

  /** A new knowledge base or topic set: re-index everything (unchanged inputs change nothing). */
  private onEngineInputsChanged(): void {
    if (this.engineKey() === this._index.engine) return;
    this.disposePool(); // its workers hold the old inputs; the next run starts new ones
    this._index = this.createIndex();
    this.changeEmitter.fire([]);
    if (this._state !== 'idle') void this.refresh();
  }

  /**
   * The worker threads for an engine (the current one): started once, with the knowledge base's
   * actors and the workspace topics; undefined (analyse in this thread) on a one-core machine,
   * without dist/analysisWorker.js, or when they fail to start.
   */
  private analysisPool(engine: string): Promise<AnalysisPool | undefined> {
    if (engine !== this._index.engine) return Promise.resolve(undefined); // a run of an index replaced since
    if (this.pool?.engine === engine) return this.pool.started;
    this.disposePool();
    const script = vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'analysisWorker.js').fsPath;
    const size = defaultPoolSize();
    const started =
      size <= 1 || !existsSync(script)
        ? Promise.resolve(undefined)
        : AnalysisPool.start({ script, size, inputs: { actors: this.knowledge?.current.actors, workspaceTopics: this.workspaceTopics } }).catch((e: unknown) => {
            this.log.warn(`corpus: worker threads did not start (${String(e)}), analysing in this thread`);
            return undefined;
          });
    this.pool = { engine, started };
    return started;
  }

  private disposePool(): void {
    const pool = this.pool;
    this.pool = undefined;
    void pool?.started.then((p) => p?.dispose());
  }

  private fileSource(token: vscode.CancellationToken): CorpusFileSource {
    const decoder = new TextDecoder('utf-8');
    return {
      list: async () => {
        const uris = await findCorpusFiles(token);
        const out: { path: string; stamp?: FileStamp }[] = [];
        for (let i = 0; i < uris.length; i += 200) {
          const batch = await Promise.all(uris.slice(i, i + 200).map(async (uri) => {
            try {
              const s = await vscode.workspace.fs.stat(uri);
              return { path: uri.toString(), stamp: { mtime: s.mtime, size: s.size } };
            } catch {
              return undefined;
            }
          }));
          for (const b of batch) if (b) out.push(b);
        }
        return out;
      },
      read: async (path) => decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(path))),
    };
  }

  /** One watcher per corpus glob; events are batched so a `git checkout` of 500 files is one update. */
  private watch(): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    for (const glob of corpusGlobs()) {
      const w = vscode.workspace.createFileSystemWatcher(glob);
      this.watchers.push(
        w,
        w.onDidCreate((uri) => this.queue(uri, uri)),
        w.onDidChange((uri) => this.queue(uri, uri)),
        w.onDidDelete((uri) => this.queue(uri, null)),
      );
    }
    // A deleted folder is reported once, under its own path, which no corpus glob matches.
    const folders = vscode.workspace.createFileSystemWatcher('**/*', true, true, false);
    this.watchers.push(
      folders,
      folders.onDidDelete((uri) => this.queue(uri, null)),
    );
  }

  private queue(uri: vscode.Uri, value: vscode.Uri | null): void {
    this.pending.set(uri.toString(), value);
    clearTimeout(this.pendingTimer);
    this.pendingTimer = setTimeout(() => void this.flush(), WATCH_DEBOUNCE_MS);
  }

  private async flush(): Promise<void> {
    const batch = [...this.pending];
    this.pending.clear();
    // Many files at once (a checkout, a copied folder): a full pass reads only what changed, in worker threads.
    if (batch.length >= POOL_FROM_FILES && this._state !== 'idle') return this.refresh();
    const decoder = new TextDecoder('utf-8');
    const gone = new Set<string>();
    for (const [key, uri] of batch) {
      try {
        if (!uri) {
          if (!this._index.delete(key)) gone.add(key);
          continue;
        }
        const s = await vscode.workspace.fs.stat(uri);
        const stamp = { mtime: s.mtime, size: s.size };
        if (this._index.isCurrent(key, stamp)) continue;
        if (!this._index.has(key) && !(await isCorpusFile(uri))) continue;
        this._index.update(key, decoder.decode(await vscode.workspace.fs.readFile(uri)), stamp);
      } catch {
        this._index.delete(key); // gone before we could read it
      }
    }
    if (gone.size) this.deleteBelow(gone);
    this.scheduleSave();
  }

  /**
   * Forgets every indexed file below any of `folders` (URI strings of deleted paths that were not
   * indexed files): a deleted folder is reported once, not file by file. One pass over the index.
   */
  private deleteBelow(folders: ReadonlySet<string>): void {
    for (const path of this._index.paths()) {
      for (let cut = path.lastIndexOf('/'); cut > 0; cut = path.lastIndexOf('/', cut - 1)) {
        if (folders.has(path.slice(0, cut))) {
          this._index.delete(path);
          break;
        }
      }
    }
  }

  private onRenamed(e: vscode.FileRenameEvent): void {
    for (const { oldUri, newUri } of e.files) {
      const from = oldUri.toString();
      if (this._index.has(from)) {
        this._index.rename(from, newUri.toString());
        continue;
      }
      // A renamed folder: move every indexed file below it.
      const prefix = from.endsWith('/') ? from : `${from}/`;
      for (const path of this._index.paths()) {
        if (path.startsWith(prefix)) this._index.rename(path, newUri.toString() + path.slice(prefix.length - 1));
      }
    }
    this.scheduleSave();
  }

  private cacheUri(): vscode.Uri | undefined {
    return this.context.storageUri && vscode.Uri.joinPath(this.context.storageUri, CACHE_FILE);
  }

  private async loadCache(): Promise<void> {
    const uri = this.cacheUri();
    if (!uri) return;
    try {
      const data = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri))) as SerializedCorpus;
      if (this._index.load(data)) this.log.info(`corpus: ${this._index.size} files from cache`);
    } catch {
      // No cache yet, or an unreadable one: the sync below rebuilds it.
    }
  }

  private scheduleSave(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.saveCache(), SAVE_DEBOUNCE_MS);
  }

  private async saveCache(): Promise<void> {
    const uri = this.cacheUri();
    if (!uri || !this.context.storageUri) return;
    try {
      await vscode.workspace.fs.createDirectory(this.context.storageUri);
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(JSON.stringify(this._index.serialize())));
    } catch (e) {
      this.log.warn(`corpus: cache not saved: ${String(e)}`);
    }
  }

  private setState(state: CorpusState): void {
    this._state = state;
    void vscode.commands.executeCommand('setContext', 'byline.corpus.indexing', state === 'indexing');
    void vscode.commands.executeCommand('setContext', 'byline.corpus.empty', state !== 'indexing' && this._index.size === 0);
    this.stateEmitter.fire();
  }

  dispose(): void {
    clearTimeout(this.startTimer);
    clearTimeout(this.pendingTimer);
    if (this.saveTimer) {
      clearTimeout(this.saveTimer);
      void this.saveCache();
    }
    this.running?.cancel();
    this.disposePool();
    this.unsubscribe();
    for (const w of this.watchers) w.dispose();
    for (const d of this.disposables) d.dispose();
    this.changeEmitter.dispose();
    this.stateEmitter.dispose();
  }
}

/** The extension build's identity: summaries made by another build of the engine are not trusted. */
function buildStamp(context: vscode.ExtensionContext): string {
  try {
    return String(Math.round(statSync(vscode.Uri.joinPath(context.extensionUri, 'dist', 'extension.js').fsPath).mtimeMs));
  } catch {
    return 'dev';
  }
}
