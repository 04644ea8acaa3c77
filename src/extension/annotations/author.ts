import { execFile } from 'node:child_process';
import { userInfo } from 'node:os';
import * as vscode from 'vscode';

let gitName: Promise<string | undefined> | undefined;

/** `git config user.name`, asked once per session (undefined when git or the setting is missing). */
function gitUserName(cwd: string | undefined): Promise<string | undefined> {
  gitName ??= new Promise((resolve) => {
    execFile('git', ['config', 'user.name'], { cwd, timeout: 3000 }, (err, stdout) => resolve(err ? undefined : stdout.trim() || undefined));
  });
  return gitName;
}

/** The name written on new annotations: `byline.annotations.author`, else git's user.name, else the OS user. */
export async function annotationAuthor(): Promise<string> {
  const configured = vscode.workspace.getConfiguration('byline.annotations').get<string>('author', '').trim();
  if (configured) return configured;
  const cwd = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const git = await gitUserName(cwd);
  if (git) return git;
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}
