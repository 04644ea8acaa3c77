import defaultActorsText from './default-actors.yaml';
// Parsed at build time by esbuild.mjs (same parser, problems fail the build): no YAML parse at activation.
import builtDefaultActors from './default-actors.yaml?actors';
import { parseActors } from './parse';
import type { Actor } from './actor';

/** Path shown for actors of the bundled knowledge base (a virtual file; see Go to Definition). */
export const DEFAULT_KB_FILE = 'byline:default-actors.yaml';

let cached: readonly Actor[] | undefined;

/** The actors of the knowledge base that ships with Byline (parsed from its YAML when Byline was built). */
export function defaultActors(): readonly Actor[] {
  cached ??= Array.isArray(builtDefaultActors as unknown)
    ? builtDefaultActors.map((a) => ({ ...a, source: { file: DEFAULT_KB_FILE, line: a.source.line, character: a.source.character } }))
    : // Bundled without esbuild.mjs's actors-yaml plugin, esbuild drops `?actors` and gives the YAML text: parse it now.
      parseActors(defaultActorsText, DEFAULT_KB_FILE).actors;
  return cached;
}

/** The bundled YAML text, for showing the default entries in the editor. */
export function defaultActorsSource(): string {
  return defaultActorsText;
}
