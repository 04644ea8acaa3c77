import * as vscode from 'vscode';
import type { AnalysisCache } from '../analysisCache';
import type { Mention } from '../../core/types';
import { LEGEND, TOKEN_TYPES, disabledTypes, modifierBits } from './legend';

/**
 * Entity mentions as semantic tokens (whole document or a visible range). Tokens may not span
 * lines, so a mention that wraps is cut at each line end.
 */
export class EntityTokens implements vscode.DocumentSemanticTokensProvider, vscode.DocumentRangeSemanticTokensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeSemanticTokens = this.changed.event;

  constructor(private readonly analyses: AnalysisCache) {}

  dispose(): void {
    this.changed.dispose();
  }

  /** Asks VS Code to re-request tokens (settings or knowledge base changed). */
  refresh(): void {
    this.changed.fire();
  }

  provideDocumentSemanticTokens(document: vscode.TextDocument, token: vscode.CancellationToken): vscode.SemanticTokens | undefined {
    return this.build(document, undefined, token);
  }

  provideDocumentRangeSemanticTokens(document: vscode.TextDocument, range: vscode.Range, token: vscode.CancellationToken): vscode.SemanticTokens | undefined {
    return this.build(document, range, token);
  }

  private build(document: vscode.TextDocument, range: vscode.Range | undefined, token: vscode.CancellationToken): vscode.SemanticTokens | undefined {
    const analysis = this.analyses.get(document);
    if (token.isCancellationRequested) return undefined;
    const off = disabledTypes(document.uri);
    const from = range ? document.offsetAt(range.start) : 0;
    const to = range ? document.offsetAt(range.end) : Infinity;
    const mentions: Mention[] = [];
    for (const a of analysis.articles) for (const m of a.mentions) if (!off.has(m.type) && m.end > from && m.start < to) mentions.push(m);
    mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    const builder = new vscode.SemanticTokensBuilder(LEGEND);
    let lastEnd = -1;
    for (const m of mentions) {
      if (m.start < lastEnd) continue; // overlapping tokens are not allowed
      lastEnd = m.end;
      const type = TOKEN_TYPES.indexOf(m.type);
      const mods = modifierBits(m);
      const start = analysis.lines.positionAt(m.start);
      const end = analysis.lines.positionAt(m.end);
      for (let line = start.line; line <= end.line; line++) {
        const s = line === start.line ? start.character : 0;
        const e = line === end.line ? end.character : analysis.lines.lineEnd(line) - analysis.lines.lineStart(line);
        if (e > s) builder.push(line, s, e - s, type, mods);
      }
    }
    return builder.build();
  }
}
