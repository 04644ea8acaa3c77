import * as vscode from 'vscode';
import type { Span } from '../../core/types';
import type { LineIndex } from '../../core/text/lineIndex';

/** Core spans (UTF-16 offsets) → VS Code ranges, through the analysis' own line index. */
export function toRange(lines: LineIndex, span: Span): vscode.Range {
  const r = lines.rangeOf(span);
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}
