import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../analysisCache';

/**
 * Plain-text files matching `byline.articleGlobs` switch to the News Article mode when opened:
 * `files.associations` cannot be contributed per workspace from a setting, so we do it here.
 */
export function registerArticleGlobs(): vscode.Disposable {
  const apply = (doc: vscode.TextDocument): void => {
    if (doc.languageId !== 'plaintext' || doc.uri.scheme === 'output') return;
    const globs = vscode.workspace.getConfiguration('byline').get<string[]>('articleGlobs', []);
    if (globs.some((pattern) => vscode.languages.match({ pattern }, doc) > 0)) {
      void vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
    }
  };
  vscode.workspace.textDocuments.forEach(apply);
  return vscode.Disposable.from(
    vscode.workspace.onDidOpenTextDocument(apply),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('byline.articleGlobs')) vscode.workspace.textDocuments.forEach(apply);
    }),
  );
}
