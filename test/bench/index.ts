// Entry point VS Code loads as `extensionTestsPath` for `npm run bench` (scripts/bench/vscode.ts):
// measures, from inside the real extension host, the extension's activation and the time from
// opening an article to its first diagnostics, then appends one JSON line to $BYLINE_BENCH_RESULTS.
// The runner loads the workbench several times; each load is a fresh extension host, so each line
// is one independent activation.
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'byline.byline';
/** Far above the target (300 ms): a missing diagnostics event must end the run, not hang it. */
const DIAGNOSTICS_TIMEOUT_MS = 15_000;
/** In the "settled" (empty) workspace the bench waits this long for the window to finish loading before opening articles. */
const SETTLE_MS = 3_000;

/** One host's measurements, as the runner reads them. */
export interface HostBenchResult {
  readonly pid: number;
  /** `startup`: a workspace holding articles, opened at once; `settled`: an empty workspace, opened after SETTLE_MS. */
  readonly mode: 'startup' | 'settled';
  /** The extension was already active when the bench started (an activation event fired first). */
  readonly wasActive: boolean;
  /** Reported by the extension's own `activate` (services + every feature's register). */
  readonly activationMs: number | null;
  /** Wall time of `Extension.activate()` from the bench, when the bench triggered activation. */
  readonly activateCallMs: number | null;
  /** Loading and evaluating dist/extension.js again (warm file cache): the module cost before activate. */
  readonly moduleLoadMs: number | null;
  /** Per opened file, in order: ms from openTextDocument until a diagnostics change for its uri. */
  readonly firstDiagnostics: readonly { file: string; ms: number | null; diagnostics: number; sources: string[] }[];
  readonly error?: string;
}

function waitForDiagnostics(uri: vscode.Uri, started: number): Promise<number | null> {
  return new Promise((resolve) => {
    const key = uri.toString();
    const timer = setTimeout(() => {
      listener.dispose();
      resolve(null);
    }, DIAGNOSTICS_TIMEOUT_MS);
    const listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === key)) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(performance.now() - started);
    });
  });
}

function modeOf(folder: string | undefined): 'startup' | 'settled' {
  return folder && basename(folder).startsWith('byline-bench-settled') ? 'settled' : 'startup';
}

async function measure(): Promise<HostBenchResult> {
  const ext = vscode.extensions.getExtension<{ activationMs: number }>(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  if (!folder) throw new Error('the bench needs a workspace folder');
  const mode = modeOf(folder);
  if (mode === 'settled') await new Promise((r) => setTimeout(r, SETTLE_MS));
  const wasActive = ext.isActive;
  const t0 = performance.now();
  const api = await ext.activate();
  const activateCallMs = wasActive ? null : performance.now() - t0;

  // Fresh copies under a folder no earlier host used, so no cache (ours or VS Code's) has seen
  // these URIs; `.news` opens them in the News Article mode like the seeds. The settled
  // workspace stays empty (no activation event at the next window start): its copies go to tmp.
  const seeds = join(ext.extensionPath, 'seeds');
  const dir = mode === 'settled' ? mkdtempSync(join(tmpdir(), 'byline-bench-open-')) : join(folder, 'articles', `host-${process.pid}-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  const names = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort();
  const firstDiagnostics: { file: string; ms: number | null; diagnostics: number; sources: string[] }[] = [];
  // Each seed three times under different names: the first open in a host is the cold one a reader meets.
  for (const copy of [0, 1, 2]) {
    for (const name of names) {
      const file = join(dir, `${copy}-${name.replace(/\.txt$/, '.news')}`);
      copyFileSync(join(seeds, name), file);
      const uri = vscode.Uri.file(file);
      const started = performance.now();
      const diagnosed = waitForDiagnostics(uri, started);
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document, { preview: false });
      const ms = await diagnosed;
      const diags = vscode.languages.getDiagnostics(uri);
      firstDiagnostics.push({ file: `${copy}-${name}`, ms, diagnostics: diags.length, sources: [...new Set(diags.map((d) => d.source ?? ''))] });
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }
  }
  if (mode === 'settled') rmSync(dir, { recursive: true, force: true });

  let moduleLoadMs: number | null = null;
  try {
    const main = require.resolve(join(ext.extensionPath, 'dist', 'extension.js'));
    const cached = require.cache[main];
    delete require.cache[main];
    const t1 = performance.now();
    require(main);
    moduleLoadMs = performance.now() - t1;
    if (cached) require.cache[main] = cached; // keep the live instance the one others see
  } catch {
    // not measurable here (e.g. a bundled host without require.cache): leave it null
  }
  return { pid: process.pid, mode, wasActive, activationMs: api?.activationMs ?? null, activateCallMs, moduleLoadMs, firstDiagnostics };
}

export async function run(): Promise<void> {
  const out = process.env.BYLINE_BENCH_RESULTS;
  let result: HostBenchResult;
  try {
    result = await measure();
  } catch (error) {
    result = { pid: process.pid, mode: modeOf(vscode.workspace.workspaceFolders?.[0]?.uri.fsPath), wasActive: false, activationMs: null, activateCallMs: null, moduleLoadMs: null, firstDiagnostics: [], error: (error as Error).stack ?? String(error) };
  }
  if (out) appendFileSync(out, JSON.stringify(result) + '\n');
}
