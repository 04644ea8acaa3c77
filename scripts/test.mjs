// `npm test`: build, typecheck, then unit tests (mocha in Node), integration tests (mocha inside
// the real VS Code extension host, served by code-server and opened in Chromium) and e2e tests
// (playwright-core driving the workbench with the packaged VSIX). Ends with one line
// `N passed, N failed`; exits non-zero on any failure or when a kind ran no test.
//
//   npm test                      every kind
//   npm test -- unit integration  only those kinds (typecheck, unit, integration, e2e)
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { CACHE, PACKAGE_ARGS, ROOT, defaultVsix, ensureCodeServer, killStrays, profileDirs, removeProfile, startCodeServer, workbenchUrl } from './code-server.mjs';

const KINDS = ['typecheck', 'unit', 'integration', 'e2e'];
const MINUTE = 60_000;
/** Upper bounds, far above normal run times, so a hang fails the run instead of eating CI's 90 min. */
const LIMITS = { build: 5 * MINUTE, typecheck: 5 * MINUTE, unit: 15 * MINUTE, integration: 10 * MINUTE, package: 5 * MINUTE, e2e: 15 * MINUTE };
/**
 * Each run has its own profiles and result files, so two runs at once (several people in one
 * working tree, or a watcher) neither share a VS Code profile nor kill each other's servers.
 */
const RUN_ID = `run-${process.pid}`;
const RESULTS = join(CACHE, 'results', RUN_ID);
const PROFILES = { integration: `integration-${RUN_ID}`, e2e: `e2e-${RUN_ID}` };
const SUMMARY_REPORTER = join(ROOT, 'scripts', 'mocha-summary-reporter.cjs');
const MOCHA = join(ROOT, 'node_modules', 'mocha', 'bin', 'mocha.js');

const requested = process.argv.slice(2).filter((a) => !a.startsWith('-'));
for (const kind of requested) if (!KINDS.includes(kind)) fail(`unknown test kind "${kind}" (one of ${KINDS.join(', ')})`);
const kinds = requested.length > 0 ? KINDS.filter((k) => requested.includes(k)) : KINDS;

/** Per kind: { passed, failed, note } */
const results = new Map();
const cleanups = new Set();
const started = Date.now();

function fail(message) {
  console.error(`[test] ${message}`);
  process.exit(2);
}

function heading(text) {
  console.log(`\n━━ ${text} ${'━'.repeat(Math.max(0, 70 - text.length))}`);
}

function seconds(since) {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

/** Runs a command in its own process group, killed whole on timeout or when the runner stops. */
function run(cmd, args, { timeoutMs, env = {}, label = cmd } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], detached: true, env: { ...process.env, ...env } });
    const kill = () => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    cleanups.add(kill);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      console.error(`[test] ${label} did not finish within ${timeoutMs / 1000} s; killing it`);
      kill();
    }, timeoutMs);
    child.on('error', (error) => console.error(`[test] ${label}: ${error.message}`));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      cleanups.delete(kill);
      kill(); // anything it left behind in its group
      resolve({ ok: code === 0 && !timedOut, code, signal, timedOut });
    });
  });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function testFiles(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (name === 'support') continue;
    if (statSync(path).isDirectory()) out.push(...testFiles(path));
    else if (name.endsWith('.test.js')) out.push(path);
  }
  return out;
}

function printFailures(failures = []) {
  for (const [i, f] of failures.entries()) console.log(`\n  ${i + 1}) ${f.title}\n${indent(f.error ?? '')}`);
}

function indent(text) {
  return text
    .split('\n')
    .slice(0, 25)
    .map((l) => `     ${l}`)
    .join('\n');
}

/** Mocha in Node with the spec reporter; counts come from the summary reporter's file. */
async function runMocha(kind, args, env = {}) {
  const summary = join(RESULTS, `${kind}.json`);
  rmSync(summary, { force: true });
  // --exit: a handle a test forgot to close must not hold the run until its time limit.
  const outcome = await run(process.execPath, [MOCHA, ...args, '--exit', '--reporter', SUMMARY_REPORTER, '--reporter-option', `output=${summary}`], {
    timeoutMs: LIMITS[kind],
    env,
    label: `${kind} tests`,
  });
  const counts = readJson(summary);
  if (!counts) return { passed: 0, failed: 1, note: `mocha ended without results (exit ${outcome.code ?? outcome.signal})` };
  const failed = counts.failed + (outcome.ok || counts.failed > 0 ? 0 : 1);
  return { passed: counts.passed, failed, note: outcome.timedOut ? 'timed out' : undefined };
}

async function typecheck() {
  const outcome = await run(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', '.'], {
    timeoutMs: LIMITS.typecheck,
    label: 'tsc',
  });
  if (outcome.ok) console.log('  tsc --noEmit: no errors');
  return { passed: outcome.ok ? 1 : 0, failed: outcome.ok ? 0 : 1 };
}

async function unit() {
  const files = testFiles(join(ROOT, 'out', 'test', 'unit'));
  if (files.length === 0) return { passed: 0, failed: 0, note: 'no unit test files' };
  return runMocha('unit', ['--config', join(ROOT, '.mocharc.json')]);
}

/**
 * The integration suites run inside the extension host of a real VS Code: code-server with the
 * smoke-test driver enabled accepts extensionDevelopmentPath/extensionTestsPath in the workbench
 * URL's payload; test/integration/index.ts writes its results to $BYLINE_TEST_RESULTS.
 */
async function integration() {
  if (testFiles(join(ROOT, 'out', 'test', 'integration')).length === 0) return { passed: 0, failed: 0, note: 'no integration test files' };
  const resultsFile = join(RESULTS, 'integration.json');
  rmSync(resultsFile, { force: true });
  const dirs = profileDirs(PROFILES.integration, { fresh: true });
  const server = await startCodeServer({
    dirs,
    quiet: true,
    env: { BYLINE_TEST_RESULTS: resultsFile },
    vscodeOptions: ['enable-smoke-test-driver'],
  });
  cleanups.add(() => server.stop());
  const remote = (path) => `vscode-remote://remote${path}`;
  const payload = [
    ['extensionDevelopmentPath', remote(ROOT)],
    ['extensionTestsPath', remote(join(ROOT, 'out', 'test', 'integration', 'index.js'))],
    ['skipWelcome', 'true'],
  ];
  const { launchBrowser } = createRequire(import.meta.url)(join(ROOT, 'out', 'test', 'e2e', 'support', 'browser.js'));
  const browser = await launchBrowser();
  cleanups.add(() => browser.close());
  const consoleErrors = [];
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text().slice(0, 500));
    });
    await page.goto(workbenchUrl(server.url, { folder: join(ROOT, 'seeds'), payload }), { timeout: MINUTE });
    const deadline = Date.now() + LIMITS.integration;
    let hostExitedAt;
    // Poll for the results file; stop early when the extension host ended without writing it.
    while (!existsSync(resultsFile)) {
      if (Date.now() > deadline) throw new Error(`no results within ${LIMITS.integration / 1000} s`);
      if (/Extension Host Process exited/.test(server.output())) hostExitedAt ??= Date.now();
      if (hostExitedAt && Date.now() - hostExitedAt > 3000) throw new Error('the extension host exited without writing results');
      await new Promise((r) => setTimeout(r, 250));
    }
  } catch (error) {
    console.log(`  integration run failed: ${error.message}`);
    console.log(`  code-server output (last lines):\n${indent(server.output().split('\n').slice(-25).join('\n'))}`);
    if (consoleErrors.length) console.log(`  browser console errors:\n${indent(consoleErrors.slice(-10).join('\n'))}`);
    return { passed: 0, failed: 1, note: error.message };
  } finally {
    await browser.close();
    await server.stop();
  }
  const report = readJson(resultsFile);
  for (const t of report.tests) console.log(`  ${t.state === 'passed' ? '✔' : t.state === 'failed' ? '✘' : '-'} ${t.title}${t.durationMs > 75 ? ` (${t.durationMs}ms)` : ''}`);
  printFailures(report.tests.filter((t) => t.state === 'failed'));
  return { passed: report.passed, failed: report.failed };
}

async function e2e() {
  const files = testFiles(join(ROOT, 'out', 'test', 'e2e'));
  if (files.length === 0) return { passed: 0, failed: 0, note: 'no e2e test files' };
  // The e2e tests exercise the packaged VSIX, so packaging problems surface here.
  const packaged = await run('npm', ['run', 'package', '--silent', '--', ...PACKAGE_ARGS], { timeoutMs: LIMITS.package, label: 'npm run package' });
  const vsix = defaultVsix();
  if (!packaged.ok || !existsSync(vsix)) return { passed: 0, failed: 1, note: 'npm run package failed' };
  console.log(`  ${vsix}: ${(statSync(vsix).size / 1024).toFixed(1)} KB`);
  return runMocha('e2e', ['--no-config', '--timeout', '300000', ...files], { BYLINE_VSIX: vsix, BYLINE_E2E_PROFILE: PROFILES.e2e });
}

/**
 * Deletes compiled tests whose source is gone, so a removed or renamed test cannot keep running
 * from out/ (esbuild only ever adds files there).
 */
function pruneStaleTests(dir = join(ROOT, 'out', 'test')) {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) pruneStaleTests(path);
    else if (name.endsWith('.js')) {
      const source = join(ROOT, relative(join(ROOT, 'out'), path)).replace(/\.js$/, '.ts');
      if (!existsSync(source)) {
        rmSync(path, { force: true });
        rmSync(`${path}.map`, { force: true });
      }
    }
  }
}

const RUNNERS = { typecheck, unit, integration, e2e };

async function main() {
  if (!existsSync(join(ROOT, 'node_modules', 'mocha'))) fail('node_modules is missing: run `npm install && npm test`');
  mkdirSync(RESULTS, { recursive: true });
  if (kinds.includes('integration') || kinds.includes('e2e')) {
    heading('setup: Chromium, Node 24 and code-server in .vscode-test/');
    const since = Date.now();
    ensureCodeServer();
    console.log(`  ready (${seconds(since)})`);
  }
  heading('build: node esbuild.mjs --tests');
  const built = await run(process.execPath, ['esbuild.mjs', '--tests'], { timeoutMs: LIMITS.build, label: 'build' });
  if (!built.ok) {
    console.log('\n0 passed, 1 failed');
    process.exit(1);
  }
  pruneStaleTests();
  for (const kind of kinds) {
    heading(kind);
    const since = Date.now();
    let result;
    try {
      result = await RUNNERS[kind]();
    } catch (error) {
      console.log(`  ${error.stack ?? error}`);
      result = { passed: 0, failed: 1, note: error.message };
    }
    result.seconds = (Date.now() - since) / 1000;
    results.set(kind, result);
  }
  heading('summary');
  let passed = 0;
  let failed = 0;
  for (const [kind, r] of results) {
    const empty = r.passed + r.failed === 0;
    // A kind that ran nothing counts as a failure: an empty glob must not pass silently.
    if (empty) r.failed = 1;
    passed += r.passed;
    failed += r.failed;
    const note = empty ? ` — ran nothing${r.note ? `: ${r.note}` : ''}` : r.note ? ` — ${r.note}` : '';
    console.log(`  ${kind.padEnd(12)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed  (${r.seconds.toFixed(1)} s)${note}`);
  }
  console.log(`  total time ${seconds(started)}; screenshots in test-results/`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

async function cleanup() {
  await Promise.allSettled([...cleanups].map((c) => c()));
  // Servers started inside a test process that was killed are not in any group we own.
  for (const profile of Object.values(PROFILES)) {
    killStrays(profile);
    removeProfile(profile);
  }
  rmSync(RESULTS, { recursive: true, force: true });
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    console.error(`\n[test] ${signal}: stopping`);
    cleanup().finally(() => process.exit(130));
  });
}

main()
  .catch((error) => {
    console.error(error?.stack ?? error);
    process.exitCode = 1;
  })
  .finally(cleanup);
