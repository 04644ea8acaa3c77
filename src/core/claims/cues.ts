/**
 * Cue words: text that a rule's pattern cannot match without. Rules test a sentence for its cue
 * before running the pattern itself. The cues are computed once per sentence and shared by the
 * rules; most sentences hold none, which one regex of all the cues' alternatives tells at once.
 */

/** vague-attribution, unnamed sources. */
export const CUE_NOUN = 1;
/** vague-attribution, impersonal credit ("it is understood"). */
export const CUE_IMPERSONAL = 2;
/** vague-attribution, vague data ("per analyst estimates", "official figures show"). */
export const CUE_VAGUE_DATA = 4;
/** vague-attribution, "according to unnamed sources". */
export const CUE_ACCORDING = 8;
/** speculative-claim, a forecast's modal: MODAL's alternatives up to their first fixed word. */
export const CUE_MODAL = 16;

const CUES: readonly [number, RegExp][] = [
  [CUE_NOUN, /source|expert|analyst|official|observer|critic|insider|diplomat|economist|commentator|scientist|researcher|people/i],
  [CUE_IMPERSONAL, /\bit(?:\s+is|\s+was|'s)\s|understood/i],
  [CUE_VAGUE_DATA, /\bper\s|according|official|government/i],
  [CUE_ACCORDING, /according|citing/i],
  [CUE_MODAL, /\b(?:will|could|promis|(?:is|are)\s+(?:set|going|certain|bound)\s+to)/i],
];

// Every alternative of every cue: it matches a text whenever one of the cues does, and its first
// match is where the first match of any cue starts.
const ANY_CUE = new RegExp(CUES.map(([, re]) => re.source).join('|'), 'i');
// The cues as global regexes, to search from that first match on.
const FROM: readonly [number, RegExp][] = CUES.map(([bit, re]) => [bit, new RegExp(re.source, 'gi')]);

/** The cue families (CUE_* bits) whose pattern matches somewhere in the text. */
export function cueBits(text: string): number {
  const first = ANY_CUE.exec(text);
  if (!first) return 0;
  let bits = 0;
  for (const [bit, re] of FROM) {
    // No cue matches before `first` (the same text around, so `\b` reads the same).
    re.lastIndex = first.index;
    if (re.test(text)) bits |= bit;
  }
  return bits;
}

/** The cue families of each sentence (cueBits of its text). */
export function sentenceCues(sentences: readonly { readonly text: string }[]): Uint8Array {
  const out = new Uint8Array(sentences.length);
  for (let k = 0; k < sentences.length; k++) out[k] = cueBits(sentences[k].text);
  return out;
}
