import * as vscode from 'vscode';
import type { AnalysisCache } from '../analysisCache';
import { foldingRegions } from '../../core/outline/outline';

/** Folding per article, header block, section and multi-line paragraph. */
export class FoldingRanges implements vscode.FoldingRangeProvider {
  constructor(private readonly analyses: AnalysisCache) {}

  provideFoldingRanges(document: vscode.TextDocument): vscode.FoldingRange[] {
    const analysis = this.analyses.get(document);
    const out: vscode.FoldingRange[] = [];
    for (const r of foldingRegions(analysis.articles.map((a) => a.article))) {
      const start = analysis.lines.positionAt(r.start).line;
      const end = analysis.lines.positionAt(r.end).line;
      if (end > start) out.push(new vscode.FoldingRange(start, end, r.kind === 'header' ? vscode.FoldingRangeKind.Imports : vscode.FoldingRangeKind.Region));
    }
    return out;
  }
}
