import * as vscode from 'vscode';
import { parseTopicsFile, type WorkspaceTopic } from '../../core/topics/workspaceTopics';

const RELATIVE = '.byline/topics.yaml';

/** `.byline/topics.yaml` of each workspace folder: parsed on change, problems shown as diagnostics at their line. */
export class WorkspaceTopicsFile implements vscode.Disposable {
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('byline-topics');
  private readonly watcher = vscode.workspace.createFileSystemWatcher(`**/${RELATIVE}`);
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly onTopics: (topics: readonly WorkspaceTopic[]) => void) {
    const reload = (): void => void this.load();
    this.disposables = [this.watcher.onDidCreate(reload), this.watcher.onDidChange(reload), this.watcher.onDidDelete(reload)];
  }

  async load(): Promise<void> {
    const topics: WorkspaceTopic[] = [];
    this.diagnostics.clear();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const uri = vscode.Uri.joinPath(folder.uri, RELATIVE);
      let text: string;
      try {
        text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      } catch {
        continue;
      }
      const parsed = parseTopicsFile(text);
      topics.push(...parsed.topics);
      this.diagnostics.set(uri, parsed.problems.map((p) => {
        const d = new vscode.Diagnostic(
          new vscode.Range(p.range.start.line, p.range.start.character, p.range.end.line, p.range.end.character),
          p.message,
          p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
        );
        d.source = 'byline';
        return d;
      }));
    }
    this.onTopics(topics);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.watcher.dispose();
    this.diagnostics.dispose();
  }
}
