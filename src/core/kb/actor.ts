/** Value types of the actor knowledge base (see schemas/actors.schema.json). */

export type ActorType = 'person' | 'organization' | 'place' | 'misc';

export const ACTOR_TYPES: readonly ActorType[] = ['person', 'organization', 'place', 'misc'];

/** A position an actor held: `from`/`to` are ISO dates (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); no `to` means current. */
export interface Role {
  readonly title: string;
  readonly organization?: string;
  readonly from?: string;
  readonly to?: string;
}

/** Where an actor's entry starts in its YAML file (0-based), for Go to Definition. */
export interface ActorSource {
  readonly file: string;
  readonly line: number;
  readonly character: number;
}

export interface Actor {
  readonly id: string;
  readonly name: string;
  readonly type: ActorType;
  readonly aliases: readonly string[];
  readonly roles: readonly Role[];
  readonly country?: string;
  readonly description?: string;
  /** Wikidata item id, `Q…`. */
  readonly wikidata?: string;
  readonly links: readonly string[];
  readonly source?: ActorSource;
}

/** A problem in a knowledge-base file, at 0-based line/character positions. */
export interface KbProblem {
  readonly file: string;
  readonly message: string;
  readonly severity: 'error' | 'warning';
  readonly start: { readonly line: number; readonly character: number };
  readonly end: { readonly line: number; readonly character: number };
}
