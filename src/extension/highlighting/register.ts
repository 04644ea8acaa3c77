import * as vscode from 'vscode';
import type { Services } from '../services';
import { LANGUAGE_ID } from '../analysisCache';
import { EntityTokens } from './provider';
import { HIGHLIGHT_SETTING, LEGEND } from './legend';

const selector: vscode.DocumentSelector = { language: LANGUAGE_ID };

/** Semantic highlighting of entities (document and range providers). */
export function register(_context: vscode.ExtensionContext, services: Services): vscode.Disposable {
  const tokens = new EntityTokens(services.analyses);
  return vscode.Disposable.from(
    vscode.languages.registerDocumentSemanticTokensProvider(selector, tokens, LEGEND),
    vscode.languages.registerDocumentRangeSemanticTokensProvider(selector, tokens, LEGEND),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(HIGHLIGHT_SETTING)) tokens.refresh();
    }),
    services.knowledge.onDidChange(() => tokens.refresh()),
    tokens,
  );
}
