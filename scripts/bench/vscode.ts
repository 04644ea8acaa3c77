// Activation and first diagnostics inside the real VS Code: code-server serves the workbench,
// Chromium loads it with test/bench/index.ts as the extension tests entry (the same payload
// mechanism as scripts/test.mjs's integration run), once per measured run: every load is a new
// extension host, so every run is a real activation. Two workspaces alternate: `startup` holds
// articles and the bench opens more at once, while the workbench is still starting (what a reader
// meets when opening a folder of news); `settled` is empty and the bench opens articles once the
// window has loaded for 3 s. Either way Byline activates while the window loads (the workbench
// opens a plaintext model, so `onLanguage:plaintext` fires: see `activatedBy`).
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser } from '../../test/e2e/support/browser';
import type { HostBenchResult } from '../../test/bench/index';
import { ROOT, fmt, median } from './util';

const RUNS = Number(process.env.BYLINE_BENCH_VSCODE_RUNS ?? 5);
const HOST_TIMEOUT_MS = 120_000;

/** The parts of scripts/code-server.mjs this section uses. */
interface CodeServerModule {
  ensureCodeServer(): unknown;
  profileDirs(name: string, options?: { fresh?: boolean; settings?: Record<string, unknown> }): { userDataDir: string; extensionsDir: string };
  removeProfile(name: string): void;
  killStrays(name: string): number;
  startCodeServer(options: { dirs: unknown; quiet?: boolean; env?: Record<string, string>; vscodeOptions?: string[] }): Promise<{ url: string; stop(): Promise<void>; output(): string }>;
  workbenchUrl(serverUrl: string, options: { folder?: string; payload?: [string, string][] }): string;
}

/** code-server.mjs is an ES module; this bundle is CommonJS, where esbuild would turn import() into require(). */
const importEsm = new Function('url', 'return import(url)') as (url: string) => Promise<unknown>;

function readLines(file: string): HostBenchResult[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as HostBenchResult);
}

export async function run(): Promise<Record<string, unknown>> {
  const cs = (await importEsm(pathToFileURL(join(ROOT, 'scripts', 'code-server.mjs')).href)) as CodeServerModule;
  cs.ensureCodeServer();
  const profile = `bench-${process.pid}`;
  const workspace = mkdtempSync(join(os.tmpdir(), 'byline-bench-ws-'));
  const settledWorkspace = mkdtempSync(join(os.tmpdir(), 'byline-bench-settled-'));
  mkdirSync(join(workspace, 'articles'));
  const seed = readdirSync(join(ROOT, 'seeds')).find((f) => f.endsWith('.txt'))!;
  copyFileSync(join(ROOT, 'seeds', seed), join(workspace, 'articles', seed.replace(/\.txt$/, '.news')));
  const resultsDir = mkdtempSync(join(os.tmpdir(), 'byline-bench-results-'));
  const resultsFile = join(resultsDir, 'hosts.jsonl');
  const dirs = cs.profileDirs(profile, { fresh: true });
  const server = await cs.startCodeServer({ dirs, quiet: true, env: { BYLINE_BENCH_RESULTS: resultsFile }, vscodeOptions: ['enable-smoke-test-driver'] });
  const remote = (path: string) => `vscode-remote://remote${path}`;
  const payload: [string, string][] = [
    ['extensionDevelopmentPath', remote(ROOT)],
    ['extensionTestsPath', remote(join(ROOT, 'out', 'test', 'bench', 'index.js'))],
    ['skipWelcome', 'true'],
  ];
  const urls = [workspace, settledWorkspace].map((folder) => cs.workbenchUrl(server.url, { folder, payload }));
  const browser = await launchBrowser();
  const hosts: HostBenchResult[] = [];
  const activatedBy: string[] = [];
  try {
    // One warm-up load (code-server and the file cache are cold on the first), then RUNS measured.
    for (let k = 0; k <= 2 * RUNS; k++) {
      const before = readLines(resultsFile).length;
      const page = await browser.context.newPage();
      await page.goto(urls[k % 2], { timeout: 60_000 });
      const deadline = Date.now() + HOST_TIMEOUT_MS;
      while (readLines(resultsFile).length === before) {
        if (Date.now() > deadline) throw new Error(`extension host ${k} wrote no results within ${HOST_TIMEOUT_MS / 1000} s:\n${server.output().split('\n').slice(-15).join('\n')}`);
        await new Promise((r) => setTimeout(r, 200));
      }
      await page.close();
      const result = readLines(resultsFile)[before];
      if (result.error) throw new Error(`extension host ${k}: ${result.error}`);
      if (k > 0) hosts.push(result);
    }
  } finally {
    await browser.close();
    await server.stop();
    activatedBy.push(...activationEvents(dirs.userDataDir));
    cs.killStrays(profile);
    cs.removeProfile(profile);
    for (const dir of [workspace, settledWorkspace, resultsDir]) rmSync(dir, { recursive: true, force: true });
  }

  const byMode = (mode: HostBenchResult['mode']) => figures(hosts.filter((h) => h.mode === mode));
  const startup = byMode('startup');
  const settled = byMode('settled');
  const line = (name: string, f: ReturnType<typeof figures>) =>
    `${name.padEnd(8)} ${f.runs} hosts  activation ${fmt(f.activationMs)} ms (target ≤ 50)` +
    (f.activateCallMs !== null ? `, activate() call incl. module load ${fmt(f.activateCallMs)} ms` : '') +
    `  first diagnostics: median ${fmt(f.firstDiagnosticsMs)} ms over ${f.opens} opens, first open of each host ${fmt(f.firstDiagnosticsColdMs)} ms (target ≤ 300)` +
    (f.opensWithoutDiagnostics ? `  ${f.opensWithoutDiagnostics} opens without diagnostics` : '');
  console.log(line('startup', startup));
  console.log(line('settled', settled));
  const moduleLoad = hosts.map((h) => h.moduleLoadMs).filter((x): x is number => x !== null);
  console.log(`activation events seen in the extension host logs: ${[...new Set(activatedBy)].join(', ') || 'none logged'}`);
  if (moduleLoad.length) console.log(`re-loading dist/extension.js (warm file cache): ${fmt(median(moduleLoad))} ms`);
  const summary = {
    // Headline figures: activation over every host; first diagnostics of a reader opening a workspace of articles.
    activationMs: median(hosts.map((h) => h.activationMs).filter((x): x is number => x !== null)),
    firstDiagnosticsMs: startup.firstDiagnosticsMs,
    firstDiagnosticsColdMs: startup.firstDiagnosticsColdMs,
    firstDiagnosticsSettledMs: settled.firstDiagnosticsMs,
    firstDiagnosticsSettledColdMs: settled.firstDiagnosticsColdMs,
    moduleLoadMs: moduleLoad.length ? median(moduleLoad) : null,
    activatedBy: [...new Set(activatedBy)],
    startup,
    settled,
  };
  return summary;
}

/** Medians over the hosts of one mode (each host: one activation, several opens). */
function figures(hosts: readonly HostBenchResult[]) {
  const activation = hosts.map((h) => h.activationMs).filter((x): x is number => x !== null);
  const activateCall = hosts.map((h) => h.activateCallMs).filter((x): x is number => x !== null);
  const opens = hosts.flatMap((h) => h.firstDiagnostics);
  const all = opens.map((o) => o.ms).filter((x): x is number => x !== null);
  const first = hosts.map((h) => h.firstDiagnostics[0]?.ms).filter((x): x is number => typeof x === 'number');
  return {
    runs: hosts.length,
    activationMs: median(activation),
    activationRunsMs: activation,
    activateCallMs: activateCall.length ? median(activateCall) : null,
    firstDiagnosticsMs: median(all),
    firstDiagnosticsColdMs: median(first),
    firstDiagnosticsRunsMs: all,
    opens: opens.length,
    opensWithoutDiagnostics: opens.filter((o) => o.ms === null).length,
    diagnosticsPerOpen: opens.map((o) => o.diagnostics),
    wasActiveBeforeBench: hosts.filter((h) => h.wasActive).length,
  };
}

/** Which activation events started Byline, from the extension host logs of the profile. */
function activationEvents(userDataDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of existsSync(dir) ? readdirSync(dir, { withFileTypes: true }) : []) {
      const path = join(dir, name.name);
      if (name.isDirectory()) walk(path);
      else if (name.name.endsWith('exthost.log')) {
        for (const m of readFileSync(path, 'utf8').matchAll(/_doActivateExtension byline\.byline[^\n]*?activationEvent: '([^']+)'/g)) out.push(m[1]);
      }
    }
  };
  walk(join(userDataDir, 'logs'));
  return out;
}
