// Claims inside a real VS Code: seed 003's diagnostics at the right ranges, the quick fixes,
// "Mark as false positive" persisted as a triage annotation in the article's sidecar and read back
// by a fresh store built from disk (what a window reload does), after which the finding shows as
// a hint; a legacy `.byline/triage.yaml` migrated once; and a cross-article name-inconsistency
// between two workspace files, with related information pointing at the other file.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parseSidecar } from '../../src/core/annotations/sidecar';
import { serializeTriage } from '../../src/core/claims/triage';
import { AnnotationStore } from '../../src/extension/annotations/store';
import { LEGACY_TRIAGE_BACKUP, LEGACY_TRIAGE_PATH, TriageService } from '../../src/extension/diagnostics/triageService';
import { EXTENSION_ID, poll, seedsUri } from './support';

const SEED = '003_7d26d1fd01c20498.txt';

const codeOf = (d: vscode.Diagnostic): string => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

interface ClaimsTreeLike {
  getChildren(node?: unknown): unknown[];
  getTreeItem(node: unknown): vscode.TreeItem;
}

describe('claims (extension host)', function () {
  this.timeout(120_000);
  let document: vscode.TextDocument;
  const bylineFolder = vscode.Uri.joinPath(seedsUri(), '.byline');
  const sidecarUri = vscode.Uri.joinPath(bylineFolder, 'annotations', `${SEED}.yaml`);
  const legacyUri = vscode.Uri.joinPath(seedsUri(), LEGACY_TRIAGE_PATH);
  const backupUri = vscode.Uri.joinPath(seedsUri(), LEGACY_TRIAGE_BACKUP);
  const saved = new Map<string, Uint8Array | undefined>();
  let hadFolder = true;

  before(async () => {
    hadFolder = await vscode.workspace.fs.stat(bylineFolder).then(() => true, () => false);
    for (const uri of [sidecarUri, legacyUri, backupUri]) saved.set(uri.toString(), await Promise.resolve(vscode.workspace.fs.readFile(uri)).catch(() => undefined));
    document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(seedsUri(), SEED));
    await vscode.window.showTextDocument(document);
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
  });

  after(async () => {
    // Leave the seeds folder as it was.
    if (!hadFolder) return void (await Promise.resolve(vscode.workspace.fs.delete(bylineFolder, { recursive: true })).catch(() => undefined));
    for (const uri of [sidecarUri, legacyUri, backupUri]) {
      const previous = saved.get(uri.toString());
      if (previous) await vscode.workspace.fs.writeFile(uri, previous);
      else await Promise.resolve(vscode.workspace.fs.delete(uri)).catch(() => undefined);
    }
  });

  const bylineDiagnostics = (): vscode.Diagnostic[] => vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'byline');
  const find = (rule: string, text: string): vscode.Diagnostic | undefined => bylineDiagnostics().find((d) => codeOf(d) === rule && document.getText(d.range) === text);

  it('shows date-inconsistency, implausible-quantity and relative-timestamp at the right ranges', async () => {
    const diags = await poll(() => (bylineDiagnostics().length >= 3 ? bylineDiagnostics() : undefined));
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

    const onDisk = parseSidecar(new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecarUri))).annotations;
    assert.ok(onDisk.some((a) => a.kind === 'triage' && a.rule === 'implausible-quantity' && a.target.exact === 'over three years' && a.body === 'false-positive'), JSON.stringify(onDisk));

    // A new store reads the same decision from disk, as after a window reload.
    const log = vscode.window.createOutputChannel('Byline test', { log: true });
    const store = new AnnotationStore(log);
    const fresh = new TriageService(log, store);
    await fresh.loadAll();
    assert.equal(fresh.stateOf(document.uri, { rule: 'implausible-quantity', quote: 'over three years' }), 'false-positive');
    fresh.dispose();
    store.dispose();
    log.dispose();

    const hinted = await poll(() => {
      const x = find('implausible-quantity', 'over three years');
      return x && x.severity === vscode.DiagnosticSeverity.Hint ? x : undefined;
    });
    assert.ok(hinted, 'a false positive shows as a hint');
  });
  it('migrates a legacy .byline/triage.yaml into triage annotations once, keeping it as .bak', async () => {
    const legacy = serializeTriage([{ file: SEED, rule: 'relative-timestamp', text: 'Updated 5 sec ago', status: 'verified', note: 'checked the archive' }]);
    await vscode.workspace.fs.writeFile(legacyUri, new TextEncoder().encode(legacy));
    const log = vscode.window.createOutputChannel('Byline test', { log: true });
    const store = new AnnotationStore(log);
    const migrating = new TriageService(log, store);
    await migrating.loadAll();
    migrating.dispose();
    store.dispose();
    assert.equal(await Promise.resolve(vscode.workspace.fs.stat(legacyUri)).then(() => true, () => false), false, 'the legacy file is renamed');
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(backupUri)), legacy, 'and kept as .bak');
    // Read back from disk by yet another store: the decision and its note are annotations now.
    const store2 = new AnnotationStore(log);
    const reader = new TriageService(log, store2);
    assert.equal(reader.stateOf(document.uri, { rule: 'relative-timestamp', quote: 'Updated 5 sec ago' }), 'verified');
    assert.equal(reader.entryFor(document.uri, 'relative-timestamp', 'Updated 5 sec ago')?.note, 'checked the archive');
    reader.dispose();
    store2.dispose();
    log.dispose();
  });

  it('shows a cross-article name-inconsistency with related information in the other file', async () => {
    const folder = vscode.Uri.joinPath(seedsUri(), `cross-check-${process.pid}`);
    const one = vscode.Uri.joinPath(folder, 'one.news');
    const two = vscode.Uri.joinPath(folder, 'two.news');
    const article = (surname: string, place: string): string =>
      `Port talks resume in ${place}\n\nTalks on the future of the harbour resumed on Monday, the mayor's office said.\n\nAmara ${surname}, the harbour master, told reporters the timetable had not changed. ${surname} said a decision was expected next month.\n`;
    try {
      await vscode.workspace.fs.writeFile(one, new TextEncoder().encode(article('Okonkwo', 'Lagos')));
      await vscode.workspace.fs.writeFile(two, new TextEncoder().encode(article('Okonkow', 'Lagos')));
      const doc = await vscode.workspace.openTextDocument(two);
      await vscode.window.showTextDocument(doc);
      const crossFile = (d: vscode.Diagnostic): boolean => d.source === 'byline' && codeOf(d) === 'name-inconsistency' && !!d.relatedInformation?.some((r) => r.location.uri.toString() === one.toString());
      // The other file reaches the corpus index through the file watcher and a background pass: allow a loaded machine time.
      const found = await poll(() => vscode.languages.getDiagnostics(doc.uri).find(crossFile), 90_000);
      assert.ok(found, `cross-article diagnostic; got ${vscode.languages.getDiagnostics(doc.uri).map((d) => `${codeOf(d)}:${doc.getText(d.range)}`).join(', ')}`);
      assert.equal(doc.getText(found!.range), 'Amara Okonkow');
      const related = found!.relatedInformation!.find((r) => r.location.uri.toString() === one.toString())!;
      const other = await vscode.workspace.openTextDocument(one);
      assert.equal(other.getText(related.location.range), 'Amara Okonkwo');

      // The Claims view lists it too, under its rule, with the file and line it opens.
      const { claims, topics } = (await vscode.commands.executeCommand('byline.internal.sidebarTrees')) as { claims: ClaimsTreeLike; topics: ClaimsTreeLike };
      const listed = await poll(() => {
        const rule = claims.getChildren().find((n) => claims.getTreeItem(n).label === 'name-inconsistency');
        if (!rule) return undefined;
        return claims.getChildren(rule).map((n) => claims.getTreeItem(n)).find((i) => i.label === 'Amara Okonkow' && String(i.description).includes('two.news'));
      }, 30_000);
      assert.ok(listed, 'cross-article finding in the Claims view');
      assert.deepEqual(listed!.command?.arguments?.[0], two.toString());
      assert.equal(listed!.command?.arguments?.[1].start.line, found!.range.start.line);

      // And in the Topics view, under the article it falls in, beside the article's own findings.
      const articleOfTwo = topics.getChildren().flatMap((t) => topics.getChildren(t)).find((n) => (n as { kind?: string; path?: string }).kind === 'article' && (n as { path?: string }).path === two.toString());
      assert.ok(articleOfTwo, 'the article of two.news in the Topics view');
      const ruleNode = topics.getChildren(articleOfTwo).find((n) => topics.getTreeItem(n).label === 'name-inconsistency');
      assert.ok(ruleNode, 'name-inconsistency under the article');
      assert.ok(topics.getChildren(ruleNode).some((n) => topics.getTreeItem(n).label === 'Amara Okonkow'));
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await Promise.resolve(vscode.workspace.fs.delete(folder, { recursive: true })).catch(() => undefined);
    }
  });
});
