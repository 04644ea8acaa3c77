import * as vscode from 'vscode';
import type { Services } from '../services';
import { LANGUAGE_ID } from '../analysisCache';
import { DocumentSymbols } from './documentSymbols';
import { FoldingRanges } from './foldingRanges';
import { registerArticleGlobs } from './articleGlobs';

const selector: vscode.DocumentSelector = { language: LANGUAGE_ID };

/** The News Article mode: outline, breadcrumbs, folding, and which files open in it. */
export function register(_context: vscode.ExtensionContext, services: Services): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.languages.registerDocumentSymbolProvider(selector, new DocumentSymbols(services.analyses), { label: 'Byline' }),
    vscode.languages.registerFoldingRangeProvider(selector, new FoldingRanges(services.analyses)),
    registerArticleGlobs(),
    vscode.commands.registerCommand('byline.treatAsNewsArticle', async (uri?: vscode.Uri) => {
      const doc = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (doc) await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
    }),
  );
}
