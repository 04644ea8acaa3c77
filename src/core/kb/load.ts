import type { Actor, KbProblem } from './actor';
import { KnowledgeBase } from './knowledgeBase';
import { defaultActors } from './defaultKnowledgeBase';
import { parseActors } from './parse';

/** One knowledge-base file's text, in merge order (later files win). */
export interface KbSource {
  readonly file: string;
  readonly text: string;
}

/** A merged knowledge base and every problem found in its files. */
export interface LoadedKnowledgeBase {
  readonly kb: KnowledgeBase;
  readonly problems: readonly KbProblem[];
  /** Actors per file, for editors that show where an actor is defined. */
  readonly layers: readonly { file: string; actors: readonly Actor[] }[];
}

/**
 * The default actors merged with each source in order (a later actor with the same id wins).
 * Malformed files contribute their valid entries and their problems; nothing throws.
 */
export function loadKnowledgeBase(sources: readonly KbSource[], options: { includeDefault?: boolean } = {}): LoadedKnowledgeBase {
  const layers: { file: string; actors: readonly Actor[] }[] = [];
  const problems: KbProblem[] = [];
  for (const s of sources) {
    const parsed = parseActors(s.text, s.file);
    layers.push({ file: s.file, actors: parsed.actors });
    problems.push(...parsed.problems);
  }
  // No files over the default: the shared default instance, so analyses cached against it stay valid.
  if (sources.length === 0 && options.includeDefault !== false) return { kb: KnowledgeBase.loadDefault(), problems, layers };
  const base = options.includeDefault === false ? [] : [defaultActors()];
  return { kb: KnowledgeBase.merge([...base, ...layers.map((l) => l.actors)]), problems, layers };
}

/** Where a workspace keeps its own actors, relative to the workspace root. */
export const WORKSPACE_KB_PATH = '.byline/actors.yaml';
