import * as vscode from 'vscode';
import type { AnalysisCache } from '../analysisCache';
import { buildOutline, type OutlineNode } from '../../core/outline/outline';
import { toRange } from './convert';
import type { LineIndex } from '../../core/text/lineIndex';

/** Outline and breadcrumbs: article → subheadings. */
export class DocumentSymbols implements vscode.DocumentSymbolProvider {
  constructor(private readonly analyses: AnalysisCache) {}

  provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] {
    const analysis = this.analyses.get(document);
    const outline = buildOutline(analysis.articles.map((a) => a.article));
    return outline.map((n) => toSymbol(analysis.lines, n));
  }
}

function toSymbol(lines: LineIndex, node: OutlineNode): vscode.DocumentSymbol {
  const kind = node.kind === 'article' ? vscode.SymbolKind.Module : vscode.SymbolKind.String;
  const symbol = new vscode.DocumentSymbol(node.name, node.detail, kind, toRange(lines, node.span), toRange(lines, node.selection));
  symbol.children = node.children.map((c) => toSymbol(lines, c));
  return symbol;
}
