import * as vscode from 'vscode';
import type { Services } from '../services';

/** Starts background indexing of the workspace corpus and registers its commands. */
export function register(_context: vscode.ExtensionContext, services: Services): vscode.Disposable {
  const corpus = services.corpus;
  void vscode.commands.executeCommand('setContext', 'byline.corpus.empty', false);
  corpus.start();
  return vscode.Disposable.from(
    vscode.commands.registerCommand('byline.refreshCorpus', () => corpus.refresh()),
    vscode.commands.registerCommand('byline.cancelIndexing', () => corpus.cancel()),
  );
}
