import * as vscode from 'vscode';
import { findTriage, parseTriage, serializeTriage, upsertTriage, type TriageEntry, type TriageStatus } from '../../core/claims/triage';

/** Where a workspace folder keeps triage decisions. */
export const TRIAGE_PATH = '.byline/triage.yaml';

/**
 * Triage decisions (verified, false positive, needs source, notes) per workspace folder,
 * stored in `.byline/triage.yaml` and re-read when the file changes on disk (git pull, another window).
 */
export class TriageService implements vscode.Disposable {
  private readonly byFolder = new Map<string, TriageEntry[]>();
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private readonly watcher = vscode.workspace.createFileSystemWatcher(`**/${TRIAGE_PATH}`);
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly log: vscode.LogOutputChannel) {
    const reload = (uri: vscode.Uri): void => {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (folder) void this.load(folder).then(() => this.emitter.fire());
    };
    this.subscriptions.push(this.watcher, this.watcher.onDidChange(reload), this.watcher.onDidCreate(reload), this.watcher.onDidDelete(reload), this.emitter);
  }

  /** Reads every workspace folder's triage file. */
  async loadAll(): Promise<void> {
    await Promise.all((vscode.workspace.workspaceFolders ?? []).map((f) => this.load(f)));
    this.emitter.fire();
  }

  private async load(folder: vscode.WorkspaceFolder): Promise<TriageEntry[]> {
    const uri = vscode.Uri.joinPath(folder.uri, TRIAGE_PATH);
    let entries: TriageEntry[] = [];
    try {
      entries = parseTriage(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
    } catch {
      // No triage file yet: nothing triaged.
    }
    this.byFolder.set(folder.uri.toString(), entries);
    return entries;
  }

  private keyOf(uri: vscode.Uri): { folder: vscode.WorkspaceFolder; file: string } | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return undefined;
    return { folder, file: vscode.workspace.asRelativePath(uri, false).split('\\').join('/') };
  }

  /** The decision on a finding (by rule and quoted text), if any. */
  entryFor(uri: vscode.Uri, rule: string, text: string): TriageEntry | undefined {
    const key = this.keyOf(uri);
    if (!key) return undefined;
    return findTriage(this.byFolder.get(key.folder.uri.toString()) ?? [], key.file, rule, text);
  }

  /** Triage state for the sidebar: verified, false-positive, needs-source, or undefined (untriaged). */
  stateOf(uri: vscode.Uri, finding: { rule: string; quote: string }): TriageStatus | undefined {
    const status = this.entryFor(uri, finding.rule, finding.quote)?.status;
    return status === 'note' ? undefined : status;
  }

  /** Records a decision (keeping an earlier note unless a new one is given) and writes the file. */
  async set(uri: vscode.Uri, rule: string, text: string, status: TriageStatus | undefined, note?: string): Promise<boolean> {
    const key = this.keyOf(uri);
    if (!key) {
      void vscode.window.showWarningMessage('Byline: triage is stored in the workspace; open the file inside a workspace folder.');
      return false;
    }
    const entries = await this.load(key.folder);
    const previous = findTriage(entries, key.file, rule, text);
    const entry: TriageEntry = {
      file: key.file,
      rule,
      text,
      status: status ?? previous?.status ?? 'note',
      ...((note ?? previous?.note) ? { note: note ?? previous?.note } : {}),
      at: new Date().toISOString(),
    };
    const next = upsertTriage(entries, entry);
    const target = vscode.Uri.joinPath(key.folder.uri, TRIAGE_PATH);
    try {
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(key.folder.uri, '.byline'));
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(serializeTriage(next)));
    } catch (e) {
      this.log.error(`triage: cannot write ${target.fsPath}: ${(e as Error).message}`);
      void vscode.window.showErrorMessage(`Byline: cannot save triage: ${(e as Error).message}`);
      return false;
    }
    this.byFolder.set(key.folder.uri.toString(), next);
    this.emitter.fire();
    return true;
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
  }
}
