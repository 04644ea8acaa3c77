import type { Token } from '../tokens';
import {
  CALENDAR_WORDS,
  COMMON_WORDS,
  MISC_TAILS,
  NAME_PARTICLES,
  NON_ENTITY_ACRONYMS,
  ORG_CONJUNCTIONS,
  ORG_LEADS,
  ORG_TAILS,
  PLACE_LEADS,
  PLACE_NOUNS,
  PLACE_PREPOSITIONS,
  PLACE_TAILS,
  SPEECH_VERBS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
} from '../data/cues';
import { wordFlags } from '../../text/wordFlags';

/**
 * The cue lists a token of a run is asked about, as bits of one number per word.
 *
 * Why: classifying a run asked up to a dozen `Set.has(token.text)` questions of the same few tokens
 * (common word? month? title? organisation tail?…), each hashing the freshly sliced token text and
 * probing another table. Here one `Map.get` per token answers all of them, and the answer is kept on
 * the token (`Token.cues`), so later questions about it read a field.
 */
export const COMMON = 1 << 0;
export const CALENDAR = 1 << 1;
export const TITLE_HEAD = 1 << 2;
export const TITLE_MODIFIER = 1 << 3;
export const ORG_TAIL = 1 << 4;
export const ORG_LEAD = 1 << 5;
export const PLACE_TAIL = 1 << 6;
export const PLACE_LEAD = 1 << 7;
export const MISC_TAIL = 1 << 8;
export const SPEECH_VERB = 1 << 9;
export const PLACE_NOUN = 1 << 10;
export const PLACE_PREPOSITION = 1 << 11;
/** `in`, `at`, `near`…: the prepositions that make a multi-word name a place (a subset of PLACE_PREPOSITION). */
export const STRONG_PLACE_PREPOSITION = 1 << 12;
export const NON_ENTITY_ACRONYM = 1 << 13;
/** Words before `of`/`for` that keep the phrase one name (`Republic of …`, `Gulf of Aden`). */
export const OF_HEAD = 1 << 14;
export const NAME_PARTICLE = 1 << 15;
export const ORG_CONJUNCTION = 1 << 16;
/** Name particles and the conjunctions: the words that may join a run (`of`, `de`, `van`, `and`). */
export const JOINER = NAME_PARTICLE | ORG_CONJUNCTION;

export const TITLE_WORD = TITLE_HEAD | TITLE_MODIFIER;

export const STRONG_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'outside', 'across', 'towards', 'toward', 'around', 'inside', 'via', 'through']);
export const OF_HEADS: ReadonlySet<string> = new Set(['Republic', 'Kingdom', 'Emirate', 'Emirates', 'State', 'States', 'Principality', 'Duchy', 'Isle', 'Sea', 'Line', 'House', 'Chamber', 'Secretary', 'Order']);

/** Each list with its own bit (exported for the unit test that holds the flags equal to the sets). */
export const CUE_LISTS: readonly (readonly [ReadonlySet<string>, number])[] = [
  [COMMON_WORDS, COMMON],
  [CALENDAR_WORDS, CALENDAR],
  [TITLE_HEADS, TITLE_HEAD],
  [TITLE_MODIFIERS, TITLE_MODIFIER],
  [ORG_TAILS, ORG_TAIL],
  [ORG_LEADS, ORG_LEAD],
  [PLACE_TAILS, PLACE_TAIL],
  [PLACE_LEADS, PLACE_LEAD],
  [MISC_TAILS, MISC_TAIL],
  [SPEECH_VERBS, SPEECH_VERB],
  [PLACE_NOUNS, PLACE_NOUN],
  [PLACE_PREPOSITIONS, PLACE_PREPOSITION],
  [STRONG_PLACE_PREPOSITIONS, STRONG_PLACE_PREPOSITION],
  [NON_ENTITY_ACRONYMS, NON_ENTITY_ACRONYM],
  [OF_HEADS, OF_HEAD],
  [NAME_PARTICLES, NAME_PARTICLE],
  [ORG_CONJUNCTIONS, ORG_CONJUNCTION],
];

const FLAGS = wordFlags(CUE_LISTS);

/** The cue bits of a word (0 for a word on no list). */
export function cueFlagsOfWord(word: string): number {
  return FLAGS.get(word) ?? 0;
}

/** The cue bits of a token's text: looked up on the first question, then read from the token. */
export function cuesOf(t: Token): number {
  let flags = t.cues;
  if (flags < 0) {
    flags = FLAGS.get(t.text) ?? 0;
    t.cues = flags;
  }
  return flags;
}

/** Whether the token's text is on one of the lists in `bits`. */
export function hasCue(t: Token, bits: number): boolean {
  return (cuesOf(t) & bits) !== 0;
}
