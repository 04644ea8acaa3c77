import * as vscode from 'vscode';
import { parseTriage } from '../../core/claims/triage';
import { findDecision, locateQuote, type TriageDecision, type TriageState } from '../../core/annotations/triage';
import type { Span } from '../../core/types';
import type { AnnotationStore } from '../annotations/store';

/** Where triage lived before it became annotations; read once to migrate, then renamed. */
export const LEGACY_TRIAGE_PATH = '.byline/triage.yaml';
export const LEGACY_TRIAGE_BACKUP = '.byline/triage.yaml.bak';

/**
 * Triage of claim findings (verified, false positive, needs source, notes), stored as `triage`
 * annotations (W3C `assessing`) in the annotations sidecars: anchored to the finding's passage,
 * so a decision follows its text through edits, and exported with the other annotations.
 */
export class TriageService implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires when a triage decision changed (not on every edit that moves an anchor). */
  readonly onDidChange = this.emitter.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Per article, a signature of its decisions: anchors move on every keystroke, decisions rarely. */
  private readonly signatures = new Map<string, string>();

  constructor(
    private readonly log: vscode.LogOutputChannel,
    private readonly annotations: AnnotationStore,
  ) {
    this.subscriptions.push(
      this.emitter,
      annotations.onDidChange((uri) => {
        if (!uri) return this.emitter.fire();
        const signature = this.signatureOf(uri);
        if (signature === (this.signatures.get(uri.toString()) ?? '')) return;
        this.signatures.set(uri.toString(), signature);
        this.emitter.fire();
      }),
    );
  }

  private signatureOf(uri: vscode.Uri): string {
    return this.annotations
      .triageOf(uri)
      .map((p) => `${p.annotation.id}:${p.annotation.body}:${p.annotation.rule}:${p.annotation.comment ?? ''}:${p.span ? 'a' : 'o'}`)
      .join('|');
  }

  /** Migrates every workspace folder's legacy `.byline/triage.yaml` (once), then fires a change. */
  async loadAll(): Promise<void> {
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      try {
        await this.migrate(folder);
      } catch (e) {
        this.log.error(`triage: migrating ${LEGACY_TRIAGE_PATH} in ${folder.name}: ${(e as Error).message}`);
      }
    }
    this.emitter.fire();
  }

  /**
   * Turns each entry of a legacy triage file into a triage annotation on the first passage of its
   * file quoting the entry's text, then renames the file to `.bak` so it is read only once.
   * Entries whose file or text is gone are kept only in the `.bak` (and logged).
   */
  private async migrate(folder: vscode.WorkspaceFolder): Promise<void> {
    const legacy = vscode.Uri.joinPath(folder.uri, LEGACY_TRIAGE_PATH);
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(legacy));
    } catch {
      return; // Nothing to migrate.
    }
    let migrated = 0;
    const lost: string[] = [];
    for (const entry of parseTriage(text)) {
      const uri = vscode.Uri.joinPath(folder.uri, ...entry.file.split('/'));
      const article = await this.textOf(uri);
      const span = article === undefined ? undefined : locateQuote(article, entry.text);
      if (!span || article === undefined) {
        lost.push(`${entry.file}: ${entry.rule} “${entry.text.slice(0, 40)}”`);
        continue;
      }
      await this.write(uri, entry.rule, article.slice(span.start, span.end), span, entry.status, entry.note);
      migrated++;
    }
    await vscode.workspace.fs.rename(legacy, vscode.Uri.joinPath(folder.uri, LEGACY_TRIAGE_BACKUP), { overwrite: true });
    this.log.info(`triage: migrated ${migrated} decisions from ${LEGACY_TRIAGE_PATH} to annotations (old file kept as ${LEGACY_TRIAGE_BACKUP})`);
    if (lost.length) this.log.warn(`triage: ${lost.length} decisions not migrated (file or text gone): ${lost.join('; ')}`);
  }

  private async textOf(uri: vscode.Uri): Promise<string | undefined> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) return open.getText();
    try {
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      return undefined;
    }
  }

  /** The decision on a finding (by rule and quoted text; by span too when given), if any. */
  entryFor(uri: vscode.Uri, rule: string, text: string, span?: Span): TriageDecision | undefined {
    return findDecision(this.annotations.triageOf(uri), rule, text, span);
  }

  /** Triage state for the sidebar: verified, false-positive, needs-source, or undefined (untriaged). */
  stateOf(uri: vscode.Uri, finding: { rule: string; quote: string }): TriageState | undefined {
    const status = this.entryFor(uri, finding.rule, finding.quote)?.status;
    return status === 'note' ? undefined : status;
  }

  /**
   * Records a decision on the finding at `span` (found by its text when not given), keeping an
   * earlier note unless a new one is given, and writes the article's sidecar.
   */
  async set(uri: vscode.Uri, rule: string, text: string, status: TriageState | undefined, note?: string, span?: Span): Promise<boolean> {
    let where = span;
    if (!where) {
      const article = await this.textOf(uri);
      where = article === undefined ? undefined : locateQuote(article, text);
    }
    if (!where) {
      void vscode.window.showWarningMessage('Byline: the text of this finding is no longer in the file; triage not saved.');
      return false;
    }
    const previous = this.entryFor(uri, rule, text, where);
    try {
      await this.write(uri, rule, text, where, status ?? previous?.status ?? 'note', note ?? previous?.note);
    } catch (e) {
      this.log.error(`triage: cannot save for ${uri.toString()}: ${(e as Error).message}`);
      void vscode.window.showErrorMessage(`Byline: cannot save triage: ${(e as Error).message}`);
      return false;
    }
    return true;
  }

  private async write(uri: vscode.Uri, rule: string, exact: string, span: Span, status: TriageState, note: string | undefined): Promise<void> {
    const annotation = await this.annotations.setTriage(uri, span, exact, status, rule);
    if (note !== undefined && note !== (annotation.comment ?? '')) this.annotations.update(uri, annotation.id, { comment: note || undefined });
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
  }
}
