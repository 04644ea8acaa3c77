import * as vscode from 'vscode';
import { analyzeDocument, type DocumentAnalysis } from '../core/analysis';
import type { KnowledgeBase } from '../core/kb/knowledgeBase';

export const LANGUAGE_ID = 'news-article';

/**
 * One analysis per document version, shared by every feature (outline, folding, tokens,
 * hovers, diagnostics) so a keystroke is analysed once, not once per provider.
 */
export class AnalysisCache implements vscode.Disposable {
  private readonly cache = new Map<string, { version: number; kb: KnowledgeBase | undefined; analysis: DocumentAnalysis }>();
  private readonly closeListener = vscode.workspace.onDidCloseTextDocument((d) => this.cache.delete(d.uri.toString()));

  /** `knowledgeBase` gives the current actor knowledge base; a new one invalidates cached analyses. */
  constructor(private readonly knowledgeBase: () => KnowledgeBase | undefined = () => undefined) {}

  get(document: vscode.TextDocument): DocumentAnalysis {
    const key = document.uri.toString();
    const hit = this.cache.get(key);
    const kb = this.knowledgeBase();
    if (hit && hit.version === document.version && hit.kb === kb) return hit.analysis;
    const analysis = analyzeDocument(document.getText(), { kb });
    this.cache.set(key, { version: document.version, kb, analysis });
    return analysis;
  }

  dispose(): void {
    this.closeListener.dispose();
    this.cache.clear();
  }
}
