// Shared by the integration suites (not a suite itself: the runner loads only *.test.js).
import { join } from 'node:path';
import * as vscode from 'vscode';
import { ROOT } from '../support/labels';

export const EXTENSION_ID = 'byline.byline';

/** The seeds folder as VS Code sees it (a vscode-remote: URI under code-server). */
export function seedsUri(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.find((f) => f.name === 'seeds');
  return folder?.uri ?? vscode.Uri.file(join(ROOT, 'seeds'));
}

/**
 * Polls `probe` every 100 ms until it returns a value (a non-empty array, for arrays) and
 * resolves to it, or to the last answer after `ms`: providers register on activation and
 * background work lands later, so tests wait on the condition instead of sleeping.
 */
export async function poll<T>(probe: () => T | undefined | Thenable<T | undefined>, ms = 15_000): Promise<T | undefined> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== undefined && (!Array.isArray(v) || v.length > 0)) return v;
    if (Date.now() > deadline) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Polls until `probe` returns something truthy and resolves to it; throws `timed out waiting for <what>` after `ms`. */
export async function waitFor<T>(probe: () => T | undefined | false | Promise<T | undefined | false>, what: string, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
