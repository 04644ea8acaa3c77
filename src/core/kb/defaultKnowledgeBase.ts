import defaultActorsText from './default-actors.yaml';
import { parseActors } from './parse';
import type { Actor } from './actor';

/** Path shown for actors of the bundled knowledge base (a virtual file; see Go to Definition). */
export const DEFAULT_KB_FILE = 'byline:default-actors.yaml';

let cached: readonly Actor[] | undefined;

/** The actors of the knowledge base that ships with Byline (parsed once). */
export function defaultActors(): readonly Actor[] {
  cached ??= parseActors(defaultActorsText, DEFAULT_KB_FILE).actors;
  return cached;
}

/** The bundled YAML text, for showing the default entries in the editor. */
export function defaultActorsSource(): string {
  return defaultActorsText;
}
