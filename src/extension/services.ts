import * as vscode from 'vscode';
import { AnalysisCache } from './analysisCache';

/** Shared, long-lived state the features use; created once per activation. */
export interface Services extends vscode.Disposable {
  readonly log: vscode.LogOutputChannel;
  readonly analyses: AnalysisCache;
}

export function createServices(_context: vscode.ExtensionContext): Services {
  const log = vscode.window.createOutputChannel('Byline', { log: true });
  const analyses = new AnalysisCache();
  return {
    log,
    analyses,
    dispose() {
      analyses.dispose();
      log.dispose();
    },
  };
}
