import * as vscode from 'vscode';
import { folderGlobs, globMatchesPath } from '../../core/corpus/globs';

/** Extensions of the News Article mode (package.json `languages`), always part of the corpus. */
export const ARTICLE_EXTENSION_GLOBS = ['**/*.news', '**/*.article'];

/** Every glob whose files belong to the corpus: the mode's extensions and `byline.articleGlobs`. */
export function corpusGlobs(): string[] {
  const extra = vscode.workspace.getConfiguration('byline').get<string[]>('articleGlobs', []);
  return [...new Set([...ARTICLE_EXTENSION_GLOBS, ...extra])];
}

/** Corpus files of the workspace; `files.exclude` applies (findFiles' default excludes). */
export async function findCorpusFiles(token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const seen = new Map<string, vscode.Uri>();
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    for (const glob of corpusGlobs()) {
      for (const pattern of folderGlobs(folder.uri.path, glob)) {
        for (const uri of await vscode.workspace.findFiles(new vscode.RelativePattern(folder, pattern), undefined, undefined, token)) seen.set(uri.toString(), uri);
      }
    }
  }
  return [...seen.values()];
}

/** Whether a file the watcher reported belongs to the corpus (a glob match, not excluded by `files.exclude`). */
export async function isCorpusFile(uri: vscode.Uri): Promise<boolean> {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return false;
  const relative = vscode.workspace.asRelativePath(uri, false);
  if (!corpusGlobs().some((glob) => globMatchesPath(glob, relative) || globMatchesPath(glob, uri.path))) return false;
  // Asking findFiles for exactly this path reuses VS Code's own `files.exclude` matching.
  const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, escapeGlob(relative)), undefined, 1);
  return found.length > 0;
}

function escapeGlob(path: string): string {
  return path.replace(/[[\]{}*?!]/g, (c) => `[${c}]`);
}
