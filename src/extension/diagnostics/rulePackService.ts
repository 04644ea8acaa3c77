import * as vscode from 'vscode';
import { parseRulePack, type RulePack } from '../../core/claims/packs';
import { LineIndex } from '../../core/text/lineIndex';

/** Where a workspace folder keeps its lexicon rules. */
export const RULE_PACK_PATH = '.byline/rules.yaml';

/**
 * Workspace rule packs, one per folder, re-read when the file changes or workspace trust is
 * granted. Problems in a pack show as diagnostics in the YAML file at their line and column.
 */
export class RulePackService implements vscode.Disposable {
  private readonly packs = new Map<string, RulePack>();
  private readonly problems = vscode.languages.createDiagnosticCollection('byline-rules');
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly log: vscode.LogOutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${RULE_PACK_PATH}`);
    const reload = (): void => void this.loadAll();
    this.subscriptions.push(
      watcher,
      watcher.onDidChange(reload),
      watcher.onDidCreate(reload),
      watcher.onDidDelete(reload),
      // Regular expressions from the workspace run only once the user trusts it.
      vscode.workspace.onDidGrantWorkspaceTrust(reload),
      vscode.workspace.onDidChangeWorkspaceFolders(reload),
      this.problems,
      this.emitter,
    );
  }

  /** The pack for a document's workspace folder, if it has one. */
  packFor(uri: vscode.Uri): RulePack | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder ? this.packs.get(folder.uri.toString()) : undefined;
  }

  async loadAll(): Promise<void> {
    this.packs.clear();
    this.problems.clear();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const uri = vscode.Uri.joinPath(folder.uri, RULE_PACK_PATH);
      let text: string;
      try {
        text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      } catch {
        continue;
      }
      const pack = parseRulePack(text, { allowPatterns: vscode.workspace.isTrusted });
      const lines = new LineIndex(text);
      this.problems.set(
        uri,
        pack.problems.map((p) => {
          const r = lines.rangeOf(p);
          const d = new vscode.Diagnostic(
            new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character),
            p.message,
            p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
          );
          d.source = 'byline';
          return d;
        }),
      );
      this.packs.set(folder.uri.toString(), pack);
      this.log.info(`rule pack ${uri.fsPath}: ${pack.rules.length} rules, ${pack.problems.length} problems`);
    }
    this.emitter.fire();
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
  }
}
