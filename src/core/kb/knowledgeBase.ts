import type { Actor, ActorType, Role } from './actor';
import { editDistance, nameKey } from './names';
import { codeAt } from '../text/chars';
import { HASH_SEED, fnvStep, isBitSet, setBit } from '../text/hashBits';
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
/** The filters that answer most `match` questions (names of no actor) without the memo: two bit positions per hash in 2^13 bits (the base has a few hundred names). */
const FILTER_BITS = 1 << 13;
const bitA = (h: number): number => h & (FILTER_BITS - 1);
const bitB = (h: number): number => (h >>> 13) & (FILTER_BITS - 1);
const mayHold = (bits: Uint32Array, h: number): boolean => isBitSet(bits, bitA(h)) && isBitSet(bits, bitB(h));
function addHash(bits: Uint32Array, h: number): void {
  setBit(bits, bitA(h));
  setBit(bits, bitB(h));
}

/** Hashes of the last text `plainKeyHashes` read: of its key, of its words' initials, and its word count. */
let plainKeyHash = 0;
let plainInitialsHash = 0;
let plainWords = 0;

/**
 * Whether `nameKey(text)` is plainly `text` in lower case (ASCII, words separated by single spaces,
 * no space around them, no leading "the "), setting the hashes above of that key if so; the hashes are
 * those `keyHash`/`initialsHash` give for the key itself. False for any other text, which the filters skip.
 */
function plainKeyHashes(text: string): boolean {
  const n = text.length;
  if (n === 0 || codeAt(text, 0) === 32 || codeAt(text, n - 1) === 32) return false;
  let h = HASH_SEED;
  let initials = HASH_SEED;
  let words = 1;
  let wordStart = true;
  for (let i = 0; i < n; i++) {
    let c = codeAt(text, i);
    if (c >= 128 || (c >= 9 && c <= 13)) return false;
    if (c === 32) {
      if (wordStart) return false; // two spaces in a row
      wordStart = true;
      words++;
    } else {
      if (c >= 65 && c <= 90) c += 32;
      else if (c === 96) c = 39; // nameKey writes ` as '
      if (wordStart) initials = fnvStep(initials, c);
      wordStart = false;
    }
    h = fnvStep(h, c);
  }
  // nameKey drops a leading "the ": such texts are left to the memo.
  if (words > 1 && n > 4 && (codeAt(text, 0) | 32) === 116 && (codeAt(text, 1) | 32) === 104 && (codeAt(text, 2) | 32) === 101 && codeAt(text, 3) === 32) return false;
  plainKeyHash = h;
  plainInitialsHash = initials;
  plainWords = words;
  return true;
}

/** FNV-1a of a key's code units. */
function keyHash(key: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < key.length; i++) h = fnvStep(h, key.charCodeAt(i));
  return h;
}

/** FNV-1a of the first code unit of each of a key's words. */
function initialsHash(words: readonly string[]): number {
  let h = HASH_SEED;
  for (const w of words) h = fnvStep(h, w.charCodeAt(0));
  return h;
}

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
  /** Bloom filter over the hashes of every name key (see `certainlyNoMatch`). */
  private readonly keyBits = new Uint32Array(FILTER_BITS / 32);
  /** Bloom filter over the hashes of the initials of the person names that fuzzy matching tries. */
  private readonly personInitialsBits = new Uint32Array(FILTER_BITS / 32);

  constructor(actors: readonly Actor[] = []) {
    this.actors = actors;
    for (const actor of actors) {
      this.byIdMap.set(actor.id, actor);
      for (const name of [actor.name, ...actor.aliases]) {
        const key = nameKey(name);
        if (key && !this.byKey.has(key)) this.byKey.set(key, actor);
        addHash(this.keyBits, keyHash(key));
        if (actor.type === 'person') {
          const tokens = key.split(' ');
          if (tokens.length < 2) continue;
          addHash(this.personInitialsBits, initialsHash(tokens));
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
    // Nearly every name asked about is of no actor (129 of 16,103 on bbc-dev): a filter answers those
    // without hashing the fresh string into the memo, a lookup of ~250 ns in a large, cold table.
    if (this.certainlyNoMatch(text, type)) return undefined;
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

  /**
   * True when `matchUncached` would certainly answer undefined: the text's key is plain (see plainKeyHashes)
   * and neither a key of the base (exact match) nor, where a person may be matched, a person name with the
   * same initials (fuzzy matching compares only such names) can be it. Bloom filters: no false "true".
   */
  private certainlyNoMatch(text: string, type: ActorType | undefined): boolean {
    if (!plainKeyHashes(text)) return false;
    if (mayHold(this.keyBits, plainKeyHash)) return false;
    const fuzzyAsked = (!type || type === 'person') && plainWords >= 2;
    return !(fuzzyAsked && mayHold(this.personInitialsBits, plainInitialsHash));
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
