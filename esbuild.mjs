// Bundles the extension and the CLI; with --tests also transpiles unit/integration
// tests and TypeScript scripts to out/ (esbuild does not type-check: `npm run typecheck`).
import * as esbuild from 'esbuild';
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const watch = args.has('--watch');

/** Text assets (YAML knowledge base, rule docs, models) are inlined so the bundle is self-contained. */
const loader = { '.yaml': 'text', '.md': 'text', '.bin': 'binary' };

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  minify: production,
  sourcemap: production ? false : 'linked',
  logLevel: 'warning',
  loader,
  legalComments: 'none',
};

const builds = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

function walk(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (p.endsWith('.ts') && !p.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

if (args.has('--tests')) {
  // Each test/script file is bundled on its own (core code inlined) so mocha can load it
  // without a TypeScript loader; `vscode` stays external for the extension-host suites.
  const entryPoints = [...walk('test'), ...walk('scripts')];
  builds.push({ ...common, minify: false, sourcemap: 'inline', entryPoints, outdir: 'out', outbase: '.', external: ['vscode', 'mocha', 'playwright-core', 'compromise', 'wink-nlp', 'wink-eng-lite-web-model'] });
}

if (watch) {
  const ctxs = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(ctxs.map((c) => c.watch()));
  console.log('[esbuild] watching…');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
