// Bundles the extension and the CLI; with --tests also transpiles unit/integration
// tests and TypeScript scripts to out/ (esbuild does not type-check: `npm run typecheck`).
import * as esbuild from 'esbuild';
import { readdirSync, statSync, existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';

const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const watch = args.has('--watch');

/** Text assets (YAML knowledge base, rule docs, models) are inlined so the bundle is self-contained. */
const loader = { '.yaml': 'text', '.md': 'text', '.bin': 'binary' };

let kbParser;
/** The engine's own knowledge-base parser (src/core/kb/parse.ts), bundled once per build run. */
function loadKbParser() {
  kbParser ??= esbuild
    .build({ entryPoints: ['src/core/kb/parse.ts'], bundle: true, write: false, format: 'cjs', platform: 'node', logLevel: 'silent' })
    .then((r) => {
      const module = { exports: {} };
      new Function('module', 'exports', 'require', r.outputFiles[0].text)(module, module.exports, createRequire(import.meta.url));
      return module.exports;
    });
  return kbParser;
}

/**
 * `import actors from './x.yaml?actors'` gives x.yaml's actors parsed at BUILD time (so activation
 * skips the YAML parser) as JSON without `source.file`; the YAML stays the source of truth and
 * its problems fail (errors) or warn the build, at their line and column.
 */
const actorsYaml = {
  name: 'actors-yaml',
  setup(build) {
    build.onStart(() => void (kbParser = undefined)); // in --watch, pick up parser changes
    build.onResolve({ filter: /\.yaml\?actors$/ }, (args) => ({ path: resolve(args.resolveDir, args.path.replace(/\?actors$/, '')), namespace: 'actors-yaml' }));
    build.onLoad({ filter: /.*/, namespace: 'actors-yaml' }, async (args) => {
      const { parseActors } = await loadKbParser();
      const text = readFileSync(args.path, 'utf8');
      const { actors, problems } = parseActors(text, args.path);
      const message = (p) => ({ text: p.message, location: { file: args.path, line: p.start.line + 1, column: p.start.character, lineText: text.split('\n')[p.start.line] } });
      const compact = actors.map(({ source, ...a }) => ({ ...a, source: { line: source.line, character: source.character } }));
      return {
        contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(compact))});`,
        loader: 'js',
        errors: problems.filter((p) => p.severity === 'error').map(message),
        warnings: problems.filter((p) => p.severity === 'warning').map(message),
        watchFiles: [args.path, resolve('src/core/kb/parse.ts'), resolve('src/core/kb/actor.ts')],
      };
    });
  },
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  // Node 18 has Unicode property escapes (since Node 10), but esbuild turns every `/\p{…}/u`
  // literal into `new RegExp(…)`, which parses the pattern again on every evaluation: keep literals.
  supported: { 'regexp-unicode-property-escapes': true },
  minify: production,
  sourcemap: production ? false : 'linked',
  logLevel: 'warning',
  loader,
  plugins: [actorsYaml],
  legalComments: 'none',
};

const builds = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // The corpus's analysis worker threads (src/workers/analysisPool.ts starts them from this file).
  { ...common, entryPoints: ['src/workers/analysisWorker.ts'], outfile: 'dist/analysisWorker.js' },
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
