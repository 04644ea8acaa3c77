import * as vscode from 'vscode';
import { KnowledgeBase, type Actor, type KbProblem } from '../../core/kb/knowledgeBase';
import { loadKnowledgeBase, WORKSPACE_KB_PATH, type KbSource } from '../../core/kb/load';
import { DEFAULT_KB_FILE, defaultActorsSource } from '../../core/kb/defaultKnowledgeBase';
import { WorkspaceScan, type WorkspaceMentions } from './mentions';

/** Scheme of the read-only document that shows the bundled default actors. */
export const DEFAULT_KB_SCHEME = 'byline-kb';
export const DEFAULT_KB_URI = vscode.Uri.parse(`${DEFAULT_KB_SCHEME}:/default-actors.yaml`);

/**
 * The actor knowledge base of this window: the bundled default, each workspace folder's
 * `.byline/actors.yaml`, then the files of `byline.knowledgeBase` (later wins). Reloads when
 * they change; their problems show as diagnostics in those files.
 */
export class KnowledgeService implements vscode.Disposable {
  private kb: KnowledgeBase = KnowledgeBase.loadDefault();
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('byline-knowledge-base');
  private readonly changed = new vscode.EventEmitter<KnowledgeBase>();
  private readonly disposables: vscode.Disposable[] = [];
  private reloading: Promise<void> | undefined;
  private pending = false;
  /** Fires after a reload with the new knowledge base. */
  readonly onDidChange = this.changed.event;
  /** Where entities are mentioned across the workspace (hover cards, Find All References). */
  readonly mentions: WorkspaceMentions = new WorkspaceScan(() => this.kb);

  constructor(private readonly log: vscode.LogOutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${WORKSPACE_KB_PATH}`);
    const reload = () => void this.reload();
    this.disposables.push(
      watcher,
      watcher.onDidCreate(reload),
      watcher.onDidChange(reload),
      watcher.onDidDelete(reload),
      vscode.workspace.onDidSaveTextDocument((d) => {
        if (this.isKbFile(d.uri)) reload();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('byline.knowledgeBase')) reload();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(reload),
      vscode.workspace.registerTextDocumentContentProvider(DEFAULT_KB_SCHEME, { provideTextDocumentContent: () => defaultActorsSource() }),
      this.diagnostics,
      this.changed,
    );
    void this.reload();
  }

  /** The knowledge base as last loaded (the default one until the workspace files are read). */
  get current(): KnowledgeBase {
    return this.kb;
  }

  /** Files merged over the default, in order. */
  files(): vscode.Uri[] {
    const out: vscode.Uri[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      out.push(vscode.Uri.joinPath(folder.uri, WORKSPACE_KB_PATH));
      const extra = vscode.workspace.getConfiguration('byline', folder.uri).get<string[]>('knowledgeBase', []);
      for (const p of extra) out.push(/^[a-z][\w+.-]*:/i.test(p) ? vscode.Uri.parse(p) : p.startsWith('/') ? folder.uri.with({ path: p }) : vscode.Uri.joinPath(folder.uri, p));
    }
    return out;
  }

  isKbFile(uri: vscode.Uri): boolean {
    return this.files().some((f) => f.toString() === uri.toString());
  }

  /** Where an actor is defined: its YAML entry in a workspace file or in the bundled default. */
  location(actor: Actor): vscode.Location | undefined {
    const src = actor.source;
    if (!src) return undefined;
    const uri = src.file === DEFAULT_KB_FILE ? DEFAULT_KB_URI : vscode.Uri.parse(src.file);
    const pos = new vscode.Position(src.line, src.character);
    return new vscode.Location(uri, pos);
  }

  /** Re-reads every knowledge-base file; concurrent requests coalesce into one more pass. */
  async reload(): Promise<void> {
    if (this.reloading) {
      this.pending = true;
      return this.reloading;
    }
    this.reloading = (async () => {
      do {
        this.pending = false;
        await this.load();
      } while (this.pending);
    })().finally(() => (this.reloading = undefined));
    return this.reloading;
  }

  private async load(): Promise<void> {
    const sources: KbSource[] = [];
    for (const uri of this.files()) {
      try {
        const bytes = await vscode.workspace.fs.readFile(uri);
        sources.push({ file: uri.toString(), text: new TextDecoder().decode(bytes) });
      } catch {
        // A missing workspace file is normal: the default knowledge base still applies.
      }
    }
    const { kb, problems } = loadKnowledgeBase(sources);
    this.publish(sources, problems);
    this.kb = kb;
    this.log.info(`knowledge base: ${kb.size} actors from ${sources.length + 1} file(s), ${problems.length} problem(s)`);
    this.changed.fire(kb);
  }

  private publish(sources: readonly KbSource[], problems: readonly KbProblem[]): void {
    this.diagnostics.clear();
    for (const s of sources) {
      const diags = problems
        .filter((p) => p.file === s.file)
        .map((p) => {
          const d = new vscode.Diagnostic(
            new vscode.Range(p.start.line, p.start.character, p.end.line, p.end.line === p.start.line ? Math.max(p.end.character, p.start.character + 1) : p.end.character),
            p.message,
            p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
          );
          d.source = 'byline';
          return d;
        });
      this.diagnostics.set(vscode.Uri.parse(s.file), diags);
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
