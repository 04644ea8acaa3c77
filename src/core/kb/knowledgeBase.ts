import type { Actor, ActorType, Role } from './actor';
import { editDistance, nameKey } from './names';
import { defaultActors } from './defaultKnowledgeBase';

export type { Actor, ActorType, Role, ActorSource, KbProblem } from './actor';

/** A knowledge-base match for a surface string. */
export interface ActorMatch {
  readonly actor: Actor;
  /** 1 for an exact name/alias match; lower for a near-miss spelling. */
  readonly confidence: number;
  /** True when the text is a near-miss of the actor's name (a possible misspelling). */
  readonly fuzzy: boolean;
  /** The name or alias that matched. */
  readonly matched: string;
}

/** Per-token edit budget for fuzzy person matches: short tokens must match almost exactly. */
function tokenBudget(len: number): number {
  return len <= 3 ? 0 : len <= 5 ? 1 : 2;
}
const FUZZY_TOTAL = 3;
/** Distinct strings match() remembers before starting over (a corpus scan asks about many). */
const MATCH_MEMO_LIMIT = 20_000;
/** The shared default knowledge base (see loadDefault). */
let defaultKb: KnowledgeBase | undefined;

/**
 * The actors known to the engine, with fast lookup by name or alias. Immutable: merging
 * layers (default, workspace, extra files) builds a new one.
 */
export class KnowledgeBase {
  readonly actors: readonly Actor[];
  private readonly byKey = new Map<string, Actor>();
  private readonly byIdMap = new Map<string, Actor>();
  /** Person names/aliases of 2+ tokens, bucketed by token count, for fuzzy matching. */
  private readonly personNames = new Map<number, { tokens: string[]; name: string; actor: Actor }[]>();
  /** match() answers by type asked for, then text (null = no match); each bounded by MATCH_MEMO_LIMIT. */
  private readonly matches = new Map<ActorType | undefined, Map<string, ActorMatch | null>>();

  constructor(actors: readonly Actor[] = []) {
    this.actors = actors;
    for (const actor of actors) {
      this.byIdMap.set(actor.id, actor);
      for (const name of [actor.name, ...actor.aliases]) {
        const key = nameKey(name);
        if (key && !this.byKey.has(key)) this.byKey.set(key, actor);
        if (actor.type === 'person') {
          const tokens = key.split(' ');
          if (tokens.length < 2) continue;
          const bucket = this.personNames.get(tokens.length) ?? [];
          bucket.push({ tokens, name, actor });
          this.personNames.set(tokens.length, bucket);
        }
      }
    }
  }

  /** Layers merged in order; a later layer's actor replaces an earlier one with the same id. */
  static merge(layers: readonly (readonly Actor[])[]): KnowledgeBase {
    const byId = new Map<string, Actor>();
    for (const layer of layers) for (const actor of layer) byId.set(actor.id, actor);
    return new KnowledgeBase([...byId.values()]);
  }

  /** The knowledge base that ships with Byline: one shared instance (it is immutable), so its match() memory is shared too. */
  static loadDefault(): KnowledgeBase {
    defaultKb ??= new KnowledgeBase(defaultActors());
    return defaultKb;
  }

  get size(): number {
    return this.actors.length;
  }

  byId(id: string): Actor | undefined {
    return this.byIdMap.get(id);
  }

  /** The actor whose name or alias is exactly `text` (ignoring case, diacritics and a leading "the"). */
  lookup(text: string): Actor | undefined {
    return this.byKey.get(nameKey(text));
  }

  /**
   * Exact match, else a person whose multi-word name or alias is a near-miss of `text`
   * (same number of words, each within a small edit distance, same initials).
   */
  match(text: string, type?: ActorType): ActorMatch | undefined {
    // Articles repeat the same names: answer again from memory (the base is immutable, so answers never go stale).
    let memo = this.matches.get(type);
    if (!memo) this.matches.set(type, (memo = new Map()));
    const hit = memo.get(text);
    if (hit !== undefined) return hit ?? undefined;
    const answer = this.matchUncached(text, type);
    if (memo.size >= MATCH_MEMO_LIMIT) memo.clear();
    memo.set(text, answer ?? null);
    return answer;
  }

  private matchUncached(text: string, type?: ActorType): ActorMatch | undefined {
    const key = nameKey(text);
    const exact = this.byKey.get(key);
    if (exact) return { actor: exact, confidence: 1, fuzzy: false, matched: text };
    if (type && type !== 'person') return undefined;
    const tokens = key.split(' ');
    if (tokens.length < 2) return undefined;
    let best: { d: number; entry: { name: string; actor: Actor } } | undefined;
    for (const entry of this.personNames.get(tokens.length) ?? []) {
      let total = 0;
      for (let i = 0; i < tokens.length && total <= FUZZY_TOTAL; i++) {
        const a = tokens[i];
        const b = entry.tokens[i];
        if (a[0] !== b[0]) {
          total = FUZZY_TOTAL + 1;
          break;
        }
        const budget = tokenBudget(Math.min(a.length, b.length));
        const d = editDistance(a, b, budget);
        total += d > budget ? FUZZY_TOTAL + 1 : d;
      }
      if (total > 0 && total <= FUZZY_TOTAL && (!best || total < best.d)) best = { d: total, entry };
    }
    if (!best) return undefined;
    return { actor: best.entry.actor, confidence: 0.5 - 0.1 * best.d, fuzzy: true, matched: best.entry.name };
  }
}

/** The roles an actor held on `date` (ISO; null = today): started on or before it and not ended before it. */
export function rolesAt(actor: Actor, date: string | null): Role[] {
  const day = date ?? new Date().toISOString().slice(0, 10);
  return actor.roles.filter((r) => (!r.from || r.from.slice(0, day.length) <= day) && (!r.to || r.to >= day.slice(0, r.to.length)));
}
