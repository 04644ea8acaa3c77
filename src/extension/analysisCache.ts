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
    // With the facts the cross-file checks read, gathered from the contexts the claim checks build anyway.
    const analysis = analyzeDocument(document.getText(), { kb, facts: true });
    this.cache.set(key, { version: document.version, kb, analysis });
    return analysis;
  }

  /**
   * Analyses a small built-in article once, soon after activation: the first document a reader
   * opens then meets compiled code and decoded models (a cold first analysis takes several times
   * a warm one).
   */
  warmUp(delayMs = 0): void {
    clearTimeout(this.warmUpTimer);
    this.warmUpTimer = setTimeout(() => {
      try {
        analyzeDocument(WARM_UP_ARTICLE, { kb: this.knowledgeBase() });
      } catch {
        // Only a head start: a real document reports its own problems.
      }
    }, delayMs);
  }
  private warmUpTimer: ReturnType<typeof setTimeout> | undefined;

  dispose(): void {
    clearTimeout(this.warmUpTimer);
    this.closeListener.dispose();
    this.cache.clear();
  }
}

/** An invented article touching every part of the engine: headline, date, byline, names, figures, quotes, claims. */
const WARM_UP_ARTICLE = `Harbour Council Approves New Flood Barrier After Storm Damage

Tuesday, March 3, 2026
By Staff Reporter

PORTMERE: The Harbour Council voted on Monday to fund a $45 million flood barrier, Mayor Elena Varga said, after storms damaged 1,200 homes last month.

"We cannot wait for another winter," Varga told reporters. Officials say the work could take three years, and some experts warn costs will rise by 30 per cent.

The Ministry of Environment (MoE) said 12 people were injured in the storms. Critics argue the plan is unfunded.
`;
