import * as vscode from 'vscode';
import { analyzeDocument, type DocumentAnalysis } from '../core/analysis';

export const LANGUAGE_ID = 'news-article';

/**
 * One analysis per document version, shared by every feature (outline, folding, tokens,
 * hovers, diagnostics) so a keystroke is analysed once, not once per provider.
 */
export class AnalysisCache implements vscode.Disposable {
  private readonly cache = new Map<string, { version: number; analysis: DocumentAnalysis }>();
  private readonly closeListener = vscode.workspace.onDidCloseTextDocument((d) => this.cache.delete(d.uri.toString()));

  get(document: vscode.TextDocument): DocumentAnalysis {
    const key = document.uri.toString();
    const hit = this.cache.get(key);
    if (hit && hit.version === document.version) return hit.analysis;
    const analysis = analyzeDocument(document.getText());
    this.cache.set(key, { version: document.version, analysis });
    return analysis;
  }

  dispose(): void {
    this.closeListener.dispose();
    this.cache.clear();
  }
}
