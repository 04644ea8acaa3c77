// Claims inside a real VS Code: seed 003's diagnostics at the right ranges, the quick fixes,
// and "Mark as false positive" persisted to .byline/triage.yaml and read back by a fresh store
// (what a window reload does), after which the finding shows as a hint.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { ROOT } from '../support/labels';
import { parseTriage } from '../../src/core/claims/triage';
import { TriageService, TRIAGE_PATH } from '../../src/extension/diagnostics/triageService';

const EXTENSION_ID = 'byline.byline';
const SEED = '003_7d26d1fd01c20498.txt';

function seedsFolder(): vscode.Uri {
  return vscode.workspace.workspaceFolders?.find((f) => f.name === 'seeds')?.uri ?? vscode.Uri.file(join(ROOT, 'seeds'));
}

async function until<T>(probe: () => T | undefined | Thenable<T | undefined>, ms = 15_000): Promise<T | undefined> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== undefined && (!Array.isArray(v) || v.length > 0)) return v;
    if (Date.now() > deadline) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

const codeOf = (d: vscode.Diagnostic): string => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

describe('claims (extension host)', function () {
  this.timeout(60_000);
  let document: vscode.TextDocument;
  const triageUri = vscode.Uri.joinPath(seedsFolder(), TRIAGE_PATH);
  let previous: Uint8Array | undefined;
  let hadFolder = true;

  before(async () => {
    try {
      previous = await vscode.workspace.fs.readFile(triageUri);
    } catch {
      previous = undefined;
      hadFolder = await vscode.workspace.fs.stat(vscode.Uri.joinPath(seedsFolder(), '.byline')).then(() => true, () => false);
    }
    document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(seedsFolder(), SEED));
    await vscode.window.showTextDocument(document);
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
  });

  after(async () => {
    // Leave the seeds folder as it was.
    if (previous) await vscode.workspace.fs.writeFile(triageUri, previous);
    else await vscode.workspace.fs.delete(hadFolder ? triageUri : vscode.Uri.joinPath(seedsFolder(), '.byline'), { recursive: true }).then(undefined, () => undefined);
  });

  const bylineDiagnostics = (): vscode.Diagnostic[] => vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'byline');
  const find = (rule: string, text: string): vscode.Diagnostic | undefined => bylineDiagnostics().find((d) => codeOf(d) === rule && document.getText(d.range) === text);

  it('shows date-inconsistency, implausible-quantity and relative-timestamp at the right ranges', async () => {
    const diags = await until(() => (bylineDiagnostics().length >= 3 ? bylineDiagnostics() : undefined));
    assert.ok(diags, 'byline diagnostics appear');
    const text = document.getText();
    for (const [rule, quote, severity] of [
      ['date-inconsistency', 'January 7, 2025', vscode.DiagnosticSeverity.Warning],
      ['implausible-quantity', 'over three years', vscode.DiagnosticSeverity.Warning],
      ['relative-timestamp', 'Updated 5 sec ago', vscode.DiagnosticSeverity.Information],
    ] as const) {
      const d = find(rule, quote);
      assert.ok(d, `${rule} at “${quote}”; got ${bylineDiagnostics().map((x) => `${codeOf(x)}:${document.getText(x.range)}`).join(', ')}`);
      assert.equal(document.offsetAt(d!.range.start), text.indexOf(quote));
      assert.equal(d!.severity, severity);
      assert.ok(typeof d!.code === 'object' && d!.code.target.path.endsWith(`docs/rules/${rule}.md`), 'code links to the rule page');
    }
    const dated = find('date-inconsistency', 'January 7, 2025')!;
    assert.ok(dated.relatedInformation?.some((r) => document.getText(r.location.range).includes('07 January 2026')), 'related points at the page date');
  });

  it('offers the quick fixes and persists "Mark as false positive" across a fresh store', async () => {
    const d = find('implausible-quantity', 'over three years');
    assert.ok(d);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, d!.range, vscode.CodeActionKind.QuickFix.value);
    // Actions for this finding carry its rule in their command arguments.
    const mine = actions.filter((a) => (a.command?.arguments?.[0] as { rule?: string } | undefined)?.rule === 'implausible-quantity');
    const titles = mine.map((a) => a.title);
    for (const t of ['Mark as verified', 'Mark as false positive', 'Needs source', 'Add note…', 'Disable rule implausible-quantity in this workspace', 'Show documentation for implausible-quantity'])
      assert.ok(titles.includes(t), `${t} in ${titles.join(' | ')} (all: ${actions.map((a) => a.title).join(' | ')})`);
    const fp = mine.find((a) => a.title === 'Mark as false positive')!;
    await vscode.commands.executeCommand(fp.command!.command, ...(fp.command!.arguments ?? []));

    const saved = parseTriage(new TextDecoder().decode(await vscode.workspace.fs.readFile(triageUri)));
    assert.ok(saved.some((e) => e.file === SEED && e.rule === 'implausible-quantity' && e.text === 'over three years' && e.status === 'false-positive'), JSON.stringify(saved));

    // A new store reads the same decision from disk, as after a window reload.
    const log = vscode.window.createOutputChannel('Byline test', { log: true });
    const fresh = new TriageService(log);
    await fresh.loadAll();
    assert.equal(fresh.stateOf(document.uri, { rule: 'implausible-quantity', quote: 'over three years' }), 'false-positive');
    fresh.dispose();
    log.dispose();

    const hinted = await until(() => {
      const x = find('implausible-quantity', 'over three years');
      return x && x.severity === vscode.DiagnosticSeverity.Hint ? x : undefined;
    });
    assert.ok(hinted, 'a false positive shows as a hint');
  });
});
