// `npm start`: build, package the VSIX, install it into the pinned code-server in .vscode-test/
// and serve seeds/ on http://127.0.0.1:$PORT (default 8080; no auth, loopback only). Ctrl-C stops.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ARGS, ROOT, defaultVsix, ensureCodeServer, serve } from './code-server.mjs';

function npmRun(script, extra = []) {
  console.log(`[start] npm run ${script}`);
  const result = spawnSync('npm', ['run', script, '--silent', ...(extra.length ? ['--', ...extra] : [])], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`npm run ${script} failed`);
}

async function main() {
  const port = Number(process.env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${process.env.PORT}"`);
  ensureCodeServer();
  npmRun('build');
  npmRun('package', PACKAGE_ARGS);
  const vsix = defaultVsix();
  if (!existsSync(vsix)) throw new Error(`${vsix} was not produced by npm run package`);
  await serve({ folder: join(ROOT, 'seeds'), profile: 'start', vsix, port });
}

main().catch((error) => {
  console.error(`[start] ${error.message}`);
  process.exit(1);
});
