// The foundation inside a real VS Code: the extension activates on seed files, they open in
// the News Article mode, and the outline and folding providers answer through VS Code's own
// commands (so registration, selectors and range conversion are all exercised).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { loadLabelled } from '../support/labels';
import { EXTENSION_ID, seedsUri } from './support';


async function openSeed(file: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(seedsUri(), file));
  await vscode.window.showTextDocument(document);
  return document;
}

describe('foundation (extension host)', function () {
  this.timeout(60_000);
  const seeds = loadLabelled('seeds');

  it('has labelled seeds to open', () => {
    assert.ok(seeds.length >= 2, `expected the labelled seeds, found ${seeds.length}`);
  });

  it('activates by itself when a seed opens (onLanguage)', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed in this extension host`);
    await openSeed(seeds[0].file);
    // No event reports activation, so poll the condition briefly rather than sleeping blindly.
    const deadline = Date.now() + 15_000;
    while (!extension.isActive && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    assert.ok(extension.isActive, 'opening a seed did not activate the extension');
  });

  it('activates and exports its API', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed in this extension host`);
    const api = (await extension.activate()) as { activationMs?: number } | undefined;
    assert.ok(extension.isActive);
    assert.equal(typeof api?.activationMs, 'number');
  });

  for (const seed of seeds) {
    describe(seed.file, () => {
      let document: vscode.TextDocument;

      before(async () => {
        document = await openSeed(seed.file);
        await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
      });

      it('opens in the News Article mode', () => {
        assert.equal(document.languageId, 'news-article');
      });

      it('outlines each article under its headline', async () => {
        const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
        assert.ok(Array.isArray(symbols), 'no document symbols');
        assert.deepEqual(
          symbols.map((s) => s.name),
          seed.articles.map((a) => a.headline),
        );
        for (const symbol of symbols) {
          assert.ok(symbol.range.contains(symbol.selectionRange), `${symbol.name}: selection outside its range`);
          assert.equal(document.getText(symbol.selectionRange), symbol.name);
        }
      });

      it('folds each article', async () => {
        const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', document.uri);
        assert.ok(Array.isArray(ranges) && ranges.length > 0, 'no folding ranges');
        for (const r of ranges) assert.ok(r.start < r.end && r.end < document.lineCount, `bad folding range ${r.start}-${r.end}`);
        const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
        for (const article of symbols ?? []) {
          assert.ok(
            ranges.some((r) => r.start === article.range.start.line),
            `no folding range starts at article "${article.name}" (line ${article.range.start.line + 1})`,
          );
        }
      });
    });
  }

  it('outlines the three seed articles in all', async () => {
    let articles = 0;
    for (const seed of seeds) {
      const document = await openSeed(seed.file);
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
      articles += symbols?.length ?? 0;
    }
    assert.equal(articles, 3);
  });
});
