import * as vscode from 'vscode';
import type { Services } from '../services';
import { LANGUAGE_ID } from '../analysisCache';
import { RULES } from '../../core/claims/rules/index';
import { isRuleId } from '../../core/claims/catalog';
import { affectsClaims, readSettings } from './settings';
import { ruleDocUri, toDiagnostics } from './convert';
import { ClaimsCodeActions, COMMANDS, type FindingArgs } from './codeActions';
import { RulePackService } from './rulePackService';

const DEBOUNCE_MS = 300;

/** Suspicious-claim diagnostics on news articles, quick fixes, triage and workspace rule packs. */
export function register(context: vscode.ExtensionContext, services: Services): vscode.Disposable {
  const { analyses, log } = services;
  // Shared with the sidebar (claims view states) through services.
  const { triage } = services;
  const packs = new RulePackService(log);
  // Cross-article checks (names, event counts) against the corpus index's files.
  const { corpusChecks } = services;
  const collection = vscode.languages.createDiagnosticCollection('byline');
  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  const refresh = (document: vscode.TextDocument): void => {
    if (document.languageId !== LANGUAGE_ID || document.isClosed) return;
    const settings = readSettings(document.uri);
    if (!settings.enabled) {
      collection.delete(document.uri);
      return;
    }
    try {
      const analysis = analyses.get(document);
      const crossFile = corpusChecks.findingsFor(document, analysis, { names: settings.severities['name-inconsistency'], figures: settings.severities['numeric-contradiction'] });
      collection.set(document.uri, toDiagnostics(document, analysis, settings, triage, packs.packFor(document.uri), context.extensionUri, crossFile));
    } catch (e) {
      log.error(`diagnostics: ${document.uri.toString()}: ${(e as Error).message}`);
    }
  };
  const schedule = (document: vscode.TextDocument): void => {
    const key = document.uri.toString();
    clearTimeout(timers.get(key));
    const version = document.version;
    timers.set(
      key,
      setTimeout(() => {
        timers.delete(key);
        // A newer edit has its own timer; stale work is dropped.
        if (document.version === version) refresh(document);
      }, DEBOUNCE_MS),
    );
  };
  const refreshAll = (): void => {
    for (const d of vscode.workspace.textDocuments) refresh(d);
  };

  const expectText = (args: FindingArgs): vscode.TextDocument | undefined => {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === args.uri);
    const range = new vscode.Range(args.range.start.line, args.range.start.character, args.range.end.line, args.range.end.character);
    // The document may have changed since the fix was offered: act only on the text the finding saw.
    if (doc && doc.getText(range) !== args.text) {
      void vscode.window.showWarningMessage('Byline: the text of this finding has changed; re-run the quick fix.');
      return undefined;
    }
    return doc;
  };

  /** The finding's offsets in its open document (undefined when closed: triage then finds the text). */
  const spanOf = (args: FindingArgs): { start: number; end: number } | undefined => {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === args.uri);
    if (!doc) return undefined;
    return { start: doc.offsetAt(new vscode.Position(args.range.start.line, args.range.start.character)), end: doc.offsetAt(new vscode.Position(args.range.end.line, args.range.end.character)) };
  };

  const disposables: vscode.Disposable[] = [
    collection,
    packs,
    vscode.languages.registerCodeActionsProvider({ language: LANGUAGE_ID }, new ClaimsCodeActions(), { providedCodeActionKinds: ClaimsCodeActions.kinds }),
    vscode.commands.registerCommand(COMMANDS.triage, async (args: FindingArgs) => {
      if (!args?.uri || !args.status) return;
      if (!expectText(args) && vscode.workspace.textDocuments.some((d) => d.uri.toString() === args.uri)) return;
      await triage.set(vscode.Uri.parse(args.uri), args.rule, args.text, args.status, undefined, spanOf(args));
    }),
    vscode.commands.registerCommand(COMMANDS.addNote, async (args: FindingArgs) => {
      if (!args?.uri) return;
      if (!expectText(args) && vscode.workspace.textDocuments.some((d) => d.uri.toString() === args.uri)) return;
      const uri = vscode.Uri.parse(args.uri);
      const note = await vscode.window.showInputBox({
        title: `Note on ${args.rule}`,
        prompt: `“${args.text.slice(0, 80)}”`,
        value: triage.entryFor(uri, args.rule, args.text, spanOf(args))?.note ?? '',
      });
      if (note === undefined) return;
      await triage.set(uri, args.rule, args.text, undefined, note, spanOf(args));
    }),
    vscode.commands.registerCommand(COMMANDS.disableRule, async (args?: { rule?: string }) => {
      const rule = args?.rule ?? (await vscode.window.showQuickPick(RULES.map((r) => ({ label: r.id, description: r.title })), { title: 'Disable which rule in this workspace?' }))?.label;
      if (!rule || !isRuleId(rule)) return;
      await vscode.workspace.getConfiguration('byline').update(`rules.${rule}`, 'off', vscode.ConfigurationTarget.Workspace);
      void vscode.window.showInformationMessage(`Byline: ${rule} is off in this workspace (setting byline.rules.${rule}).`);
    }),
    vscode.commands.registerCommand(COMMANDS.showDocs, async (args?: { rule?: string; uri?: string }) => {
      const rule = args?.rule ?? (await vscode.window.showQuickPick(RULES.map((r) => ({ label: r.id, description: r.title })), { title: 'Show documentation for rule' }))?.label;
      if (!rule) return;
      const target = ruleDocUri(context.extensionUri, rule, args?.uri ? vscode.Uri.parse(args.uri) : undefined);
      if (!target) return;
      if (target.path.endsWith('.md')) await vscode.commands.executeCommand('markdown.showPreview', target);
      else await vscode.window.showTextDocument(target);
    }),
    vscode.workspace.onDidOpenTextDocument(refresh),
    vscode.workspace.onDidSaveTextDocument(refresh),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length) schedule(e.document);
    }),
    vscode.workspace.onDidCloseTextDocument((d) => {
      clearTimeout(timers.get(d.uri.toString()));
      timers.delete(d.uri.toString());
      collection.delete(d.uri);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (affectsClaims(e)) refreshAll();
    }),
    // A changed knowledge base gives new analyses (misspelling links); re-check open articles. The
    // corpus index re-indexes with it, and corpusChecks follows the new summaries (onDidChange below).
    ...(services.knowledge?.onDidChange ? [services.knowledge.onDidChange(() => refreshAll())] : []),
    triage.onDidChange(refreshAll),
    packs.onDidChange(refreshAll),
    corpusChecks.onDidChange(refreshAll),
    { dispose: () => timers.forEach((t) => clearTimeout(t)) },
  ];
  void Promise.all([triage.loadAll(), packs.loadAll()]).then(refreshAll, (e) => log.error(`claims: ${(e as Error).message}`));
  refreshAll();
  return vscode.Disposable.from(...disposables);
}
