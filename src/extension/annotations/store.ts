import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as vscode from 'vscode';
import { reattach } from '../../core/annotations/anchor';
import { retarget } from '../../core/annotations/anchorAll';
import { contentHashOf, newAnnotationId, targetAt, type Annotation, type AnnotationKind, type Reply } from '../../core/annotations/model';
import { articlePathFor, loadSidecar, saveSidecar, SIDECAR_DIR, sidecarPathFor, SidecarCorruptError } from '../../core/annotations/nodeFs';
import type { SidecarError } from '../../core/annotations/sidecar';
import { moveSpanThrough, type TrackedSpan } from '../../core/annotations/track';
import type { Span } from '../../core/types';
import { annotationAuthor } from './author';

/** An annotation and where it is now in its article; no `span` means it is an orphan. */
export interface PlacedAnnotation {
  readonly annotation: Annotation;
  readonly span?: TrackedSpan;
}

/** The annotations of one article. */
export interface ArticleAnnotationsState {
  readonly uri: vscode.Uri;
  readonly sidecar: vscode.Uri;
  readonly items: readonly PlacedAnnotation[];
  /** Problems of a sidecar that does not parse: it is left alone until fixed. */
  readonly errors: readonly SidecarError[];
  readonly backupPath?: string;
}

interface MutableState {
  uri: vscode.Uri;
  root: string;
  sidecarPath: string;
  annotations: Annotation[];
  spans: Map<string, TrackedSpan | undefined>;
  errors: SidecarError[];
  backupPath?: string;
  /** Annotations made while the sidecar was broken, written once it parses again. */
  unsaved: Set<string>;
  /** Every id this window has loaded or made: an entry on disk outside it was added elsewhere. */
  known: Set<string>;
  /** The sidecar text as we last read or wrote it: a watcher event with the same text is our own write. */
  lastSeen?: string;
}

/** Extra fields a new annotation may carry beside its kind and body. */
export type AnnotationExtras = Pick<Annotation, 'comment' | 'label' | 'wikidata' | 'rule'>;

const ORPHAN_RETRY_MS = 600;

function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Every annotation of the workspace, kept in `.byline/annotations/<path>.yaml` sidecars: loads
 * and anchors them when an article is opened, moves their spans with each edit, writes them
 * atomically, reloads when a sidecar changes outside (git pull, another window), and refuses to
 * overwrite a sidecar that does not parse (its errors show as diagnostics at their lines).
 */
export class AnnotationStore implements vscode.Disposable {
  private readonly states = new Map<string, MutableState>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri | undefined>();
  /** Fires with the article whose annotations changed (undefined: possibly all). */
  readonly onDidChange = this.emitter.event;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('byline-annotations');
  private readonly disposables: vscode.Disposable[] = [];
  private orphanTimer: ReturnType<typeof setTimeout> | undefined;
  /** Roots outside the workspace folders whose sidecars get a watcher of their own. */
  private readonly extraRoots = new Set<string>();

  constructor(private readonly log: vscode.LogOutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${SIDECAR_DIR.split('\\').join('/')}/**/*.yaml`);
    const external = (uri: vscode.Uri) => this.onSidecarChanged(uri);
    this.disposables.push(
      watcher,
      watcher.onDidChange(external),
      watcher.onDidCreate(external),
      watcher.onDidDelete(external),
      vscode.workspace.onDidOpenTextDocument((d) => this.isArticle(d) && this.ensure(d.uri)),
      vscode.workspace.onDidChangeTextDocument((e) => this.track(e)),
      vscode.workspace.onDidSaveTextDocument((d) => this.states.has(d.uri.toString()) && this.persist(this.states.get(d.uri.toString())!)),
      this.diagnostics,
      this.emitter,
    );
    for (const d of vscode.workspace.textDocuments) if (this.isArticle(d)) this.ensure(d.uri);
  }

  private isArticle(d: vscode.TextDocument): boolean {
    return (d.uri.scheme === 'file' || d.uri.scheme === 'vscode-remote') && !d.uri.path.includes('/.byline/');
  }

  /** The workspace folder path an article's sidecar lives under. */
  private rootOf(uri: vscode.Uri): string {
    return vscode.workspace.getWorkspaceFolder(uri)?.uri.fsPath ?? dirname(uri.fsPath);
  }

  private textOf(uri: vscode.Uri): string | undefined {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) return open.getText();
    try {
      return readFileSync(uri.fsPath, 'utf8');
    } catch {
      return undefined;
    }
  }

  /** Loads (once) the annotations of an article and anchors them to its current text. */
  ensure(uri: vscode.Uri): ArticleAnnotationsState {
    const key = uri.toString();
    let state = this.states.get(key);
    if (!state) {
      const root = this.rootOf(uri);
      state = { uri, root, sidecarPath: sidecarPathFor(root, uri.fsPath), annotations: [], spans: new Map(), errors: [], unsaved: new Set(), known: new Set() };
      this.states.set(key, state);
      this.watchOutsideWorkspace(uri, root);
      this.load(state);
    }
    return this.view(state);
  }

  /** The workspace watcher only sees workspace folders; an article opened from elsewhere needs its own. */
  private watchOutsideWorkspace(uri: vscode.Uri, root: string): void {
    if (vscode.workspace.getWorkspaceFolder(uri) || this.extraRoots.has(root)) return;
    this.extraRoots.add(root);
    const base = uri.with({ path: vscode.Uri.file(join(root, SIDECAR_DIR)).path });
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(base, '**/*.yaml'));
    const external = (u: vscode.Uri) => this.onSidecarChanged(u);
    this.disposables.push(watcher, watcher.onDidChange(external), watcher.onDidCreate(external), watcher.onDidDelete(external));
  }

  private load(state: MutableState): void {
    const loaded = loadSidecar(state.sidecarPath);
    state.lastSeen = readIfExists(state.sidecarPath);
    const pending = state.annotations.filter((a) => state.unsaved.has(a.id) && !loaded.annotations.some((b) => b.id === a.id));
    state.annotations = [...loaded.annotations, ...pending];
    for (const a of loaded.annotations) state.known.add(a.id);
    state.errors = loaded.errors;
    state.backupPath = loaded.backupPath;
    this.anchor(state, state.annotations);
    this.showErrors(state);
    if (loaded.errors.length) {
      this.log.warn(`annotations: ${state.sidecarPath} does not parse (${loaded.errors.length} problems); backup at ${loaded.backupPath}`);
    } else if (pending.length) {
      this.persist(state);
    }
  }

  private anchor(state: MutableState, which: readonly Annotation[]): void {
    const text = this.textOf(state.uri);
    const currentHash = text !== undefined ? contentHashOf(text) : undefined;
    for (const a of which) {
      if (text === undefined) {
        state.spans.set(a.id, { start: a.target.start, end: a.target.end, touched: false });
        continue;
      }
      const r = reattach(text, a.target, { storedHash: a.contentHash, currentHash });
      state.spans.set(a.id, r.status === 'attached' ? { start: r.start, end: r.end, touched: false } : undefined);
    }
  }

  /** The sidecar as a URI of the article's scheme (vscode-remote under code-server). */
  private sidecarUri(state: MutableState): vscode.Uri {
    return state.uri.with({ path: vscode.Uri.file(state.sidecarPath).path });
  }

  private showErrors(state: MutableState): void {
    const uri = this.sidecarUri(state);
    if (!state.errors.length) {
      this.diagnostics.delete(uri);
      return;
    }
    this.diagnostics.set(uri, state.errors.map((e) => {
      const pos = new vscode.Position(Math.max(0, e.line - 1), Math.max(0, e.column - 1));
      const d = new vscode.Diagnostic(new vscode.Range(pos, pos.translate(0, 1)), `${e.message} — Byline will not overwrite this file until it parses${state.backupPath ? ` (backup: ${state.backupPath})` : ''}`, vscode.DiagnosticSeverity.Error);
      d.source = 'byline';
      return d;
    }));
  }

  private view(state: MutableState): ArticleAnnotationsState {
    return {
      uri: state.uri,
      sidecar: this.sidecarUri(state),
      items: state.annotations.map((annotation) => ({ annotation, span: state.spans.get(annotation.id) })),
      errors: state.errors,
      backupPath: state.backupPath,
    };
  }

  /** Every article with annotations known to this window (opened ones and those found on disk). */
  async all(): Promise<ArticleAnnotationsState[]> {
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const files = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, `${SIDECAR_DIR.split('\\').join('/')}/**/*.yaml`));
      for (const f of files) {
        const article = articlePathFor(folder.uri.fsPath, f.fsPath);
        if (article) this.ensure(folder.uri.with({ path: vscode.Uri.file(article).path }));
      }
    }
    return [...this.states.values()].filter((s) => s.annotations.length || s.errors.length).map((s) => this.view(s));
  }

  /** The article's annotations as they stand now. */
  get(uri: vscode.Uri): ArticleAnnotationsState {
    return this.ensure(uri);
  }

  /** Tags used anywhere so far, most used first (completion for new tags). */
  usedTags(): string[] {
    const counts = new Map<string, number>();
    for (const s of this.states.values()) for (const a of s.annotations) if (a.kind === 'tag') counts.set(a.body, (counts.get(a.body) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t);
  }

  /** Adds an annotation on [span.start, span.end) of the article and writes the sidecar. */
  async add(uri: vscode.Uri, span: Span, kind: AnnotationKind, body: string, extras: AnnotationExtras = {}): Promise<Annotation> {
    const state = this.mutable(uri);
    const text = this.textOf(uri) ?? '';
    const now = new Date().toISOString();
    const clean = Object.fromEntries(Object.entries(extras).filter(([, v]) => v !== undefined && v !== '')) as AnnotationExtras;
    const annotation: Annotation = { id: newAnnotationId(), kind, author: await annotationAuthor(), created: now, modified: now, body, ...clean, target: targetAt(text, span.start, span.end), contentHash: contentHashOf(text) };
    state.annotations.push(annotation);
    state.known.add(annotation.id);
    state.spans.set(annotation.id, { start: annotation.target.start, end: annotation.target.end, touched: false });
    if (state.errors.length) state.unsaved.add(annotation.id);
    this.persist(state);
    this.emitter.fire(uri);
    return annotation;
  }

  /** Changes fields of an annotation (body, comment, resolved, replies…) and writes the sidecar. */
  update(uri: vscode.Uri, id: string, patch: Partial<Omit<Annotation, 'id' | 'target' | 'created'>>): Annotation | undefined {
    const state = this.mutable(uri);
    const i = state.annotations.findIndex((a) => a.id === id);
    if (i < 0) return undefined;
    const next = { ...state.annotations[i], ...patch, modified: new Date().toISOString() } as Annotation;
    state.annotations[i] = next;
    this.persist(state);
    this.emitter.fire(uri);
    return next;
  }

  /** Adds a reply to a note's thread. */
  async reply(uri: vscode.Uri, id: string, body: string): Promise<Reply | undefined> {
    const a = this.find(uri, id);
    if (!a) return undefined;
    const now = new Date().toISOString();
    const reply: Reply = { id: newAnnotationId(), author: await annotationAuthor(), created: now, modified: now, body };
    this.update(uri, id, { replies: [...(a.replies ?? []), reply] });
    return reply;
  }

  find(uri: vscode.Uri, id: string): Annotation | undefined {
    return this.states.get(uri.toString())?.annotations.find((a) => a.id === id);
  }

  /** Where an annotation is now (undefined: orphan or unknown). */
  spanOf(uri: vscode.Uri, id: string): TrackedSpan | undefined {
    return this.states.get(uri.toString())?.spans.get(id);
  }

  remove(uri: vscode.Uri, id: string): boolean {
    const state = this.mutable(uri);
    const before = state.annotations.length;
    state.annotations = state.annotations.filter((a) => a.id !== id);
    state.spans.delete(id);
    state.unsaved.delete(id);
    if (state.annotations.length === before) return false;
    this.persist(state);
    this.emitter.fire(uri);
    return true;
  }

  /** Re-attaches an orphan (or moves any annotation) to a new span of the article. */
  reattachTo(uri: vscode.Uri, id: string, span: Span): Annotation | undefined {
    const state = this.mutable(uri);
    const i = state.annotations.findIndex((a) => a.id === id);
    const text = this.textOf(uri);
    if (i < 0 || text === undefined) return undefined;
    state.annotations[i] = { ...retarget(state.annotations[i], text, span.start, span.end), modified: new Date().toISOString() };
    state.spans.set(id, { start: span.start, end: span.end, touched: false });
    this.persist(state);
    this.emitter.fire(uri);
    return state.annotations[i];
  }

  /**
   * Records the triage of a finding as an `assessing` annotation of kind `triage` on its span
   * (one per rule and span: a new state replaces the old one). For the claims feature.
   */
  async setTriage(uri: vscode.Uri, span: Span, exact: string, state: string, rule?: string): Promise<Annotation> {
    const existing = this.triageAt(uri, span, exact, rule);
    if (existing) return this.update(uri, existing.id, { body: state })!;
    return this.add(uri, span, 'triage', state, { rule });
  }

  /** The triage annotation of a finding (same rule, same quote, same span if it has one). */
  triageAt(uri: vscode.Uri, span: Span, exact: string, rule?: string): Annotation | undefined {
    const state = this.mutable(uri);
    const candidates = state.annotations.filter((a) => a.kind === 'triage' && a.rule === rule && a.target.exact === exact);
    return candidates.find((a) => {
      const s = state.spans.get(a.id);
      return s && s.start === span.start && s.end === span.end;
    }) ?? candidates[0];
  }

  /**
   * The triage annotations of an article and where they are now. An article not loaded yet is
   * loaded only if it has a sidecar, so asking about every file of a corpus stays cheap.
   */
  triageOf(uri: vscode.Uri): { annotation: Annotation; span?: TrackedSpan }[] {
    let state = this.states.get(uri.toString());
    if (!state) {
      if (!existsSync(sidecarPathFor(this.rootOf(uri), uri.fsPath))) return [];
      this.ensure(uri);
      state = this.states.get(uri.toString())!;
    }
    return state.annotations.filter((a) => a.kind === 'triage').map((annotation) => ({ annotation, span: state!.spans.get(annotation.id) }));
  }

  private mutable(uri: vscode.Uri): MutableState {
    this.ensure(uri);
    return this.states.get(uri.toString())!;
  }

  /** Moves every anchor of the document through the edit, exactly (VS Code does not: vscode#243834). */
  private track(e: vscode.TextDocumentChangeEvent): void {
    const state = this.states.get(e.document.uri.toString());
    if (!state || e.contentChanges.length === 0) return;
    const changes = e.contentChanges.map((c) => ({ rangeOffset: c.rangeOffset, rangeLength: c.rangeLength, text: c.text }));
    let orphaned = false;
    for (const [id, span] of state.spans) {
      if (!span) continue;
      const moved = moveSpanThrough(span, changes);
      // A passage deleted entirely has nothing left to point at.
      state.spans.set(id, moved.start === moved.end ? undefined : moved);
      if (moved.start === moved.end) orphaned = true;
    }
    if (orphaned || [...state.spans.values()].some((s) => s === undefined)) this.scheduleOrphanRetry(state);
    this.emitter.fire(state.uri);
  }

  /** A cut and paste orphans an annotation for a moment; look for its passage again shortly after. */
  private scheduleOrphanRetry(state: MutableState): void {
    if (this.orphanTimer) clearTimeout(this.orphanTimer);
    this.orphanTimer = setTimeout(() => {
      const orphans = state.annotations.filter((a) => state.spans.get(a.id) === undefined);
      if (!orphans.length) return;
      this.anchor(state, orphans);
      if (orphans.some((a) => state.spans.get(a.id))) this.emitter.fire(state.uri);
    }, ORPHAN_RETRY_MS);
  }

  /**
   * Writes the article's sidecar with targets refreshed from its current text. Entries another
   * window added since our last load are adopted first, so two windows never drop each other's.
   */
  private persist(state: MutableState): boolean {
    if (!state.errors.length && existsSync(state.sidecarPath)) {
      const onDisk = loadSidecar(state.sidecarPath);
      const added = onDisk.errors.length ? [] : onDisk.annotations.filter((a) => !state.known.has(a.id));
      if (added.length) {
        state.annotations.push(...added);
        for (const a of added) state.known.add(a.id);
        this.anchor(state, added);
      }
    }
    const text = this.textOf(state.uri);
    if (text !== undefined) {
      const hash = contentHashOf(text);
      state.annotations = state.annotations.map((a) => {
        const s = state.spans.get(a.id);
        return s ? retarget(a, text, s.start, s.end, hash) : a;
      });
      for (const a of state.annotations) {
        const s = state.spans.get(a.id);
        if (s) state.spans.set(a.id, { start: a.target.start, end: a.target.end, touched: false });
      }
    }
    if (state.errors.length) {
      void vscode.window.showErrorMessage(`Byline: ${vscode.workspace.asRelativePath(state.sidecarPath)} line ${state.errors[0].line}: ${state.errors[0].message}. Annotations are kept in memory until the file is fixed.`, 'Open Sidecar').then((pick) => {
        if (pick) void vscode.window.showTextDocument(this.sidecarUri(state), { selection: new vscode.Range(state.errors[0].line - 1, state.errors[0].column - 1, state.errors[0].line - 1, state.errors[0].column - 1) });
      });
      return false;
    }
    // A file never annotated gets no sidecar just because it was saved.
    if (state.annotations.length === 0 && !existsSync(state.sidecarPath)) return false;
    try {
      const article = vscode.workspace.asRelativePath(state.uri, false);
      const wrote = saveSidecar(state.sidecarPath, state.annotations, article);
      if (wrote) state.lastSeen = readIfExists(state.sidecarPath);
      state.unsaved.clear();
      return wrote;
    } catch (e) {
      if (e instanceof SidecarCorruptError) {
        state.errors = [...e.errors];
        state.backupPath = e.backupPath;
        this.showErrors(state);
      }
      this.log.error(`annotations: ${(e as Error).message}`);
      void vscode.window.showErrorMessage(`Byline: cannot save annotations: ${(e as Error).message}`);
      return false;
    }
  }

  private onSidecarChanged(sidecar: vscode.Uri): void {
    for (const state of this.states.values()) {
      if (state.sidecarPath !== sidecar.fsPath) continue;
      const current = readIfExists(state.sidecarPath);
      if (current === state.lastSeen) return; // Our own write, or nothing new.
      this.load(state);
      this.emitter.fire(state.uri);
      return;
    }
    // A sidecar of an article not loaded yet: the view may want to list it.
    this.emitter.fire(undefined);
  }

  dispose(): void {
    if (this.orphanTimer) clearTimeout(this.orphanTimer);
    for (const d of this.disposables) d.dispose();
  }
}
