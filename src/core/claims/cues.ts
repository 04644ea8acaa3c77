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

// Every alternative of every cue, grouped by first letter (which the regex engine searches faster
// than the plain list): it matches at a place of a text whenever one of the cues does. (Matching
// elsewhere too would only cost time: which cues match is told by the sticky patterns below.)
const ANY_CUE =
  /s(?:ource|cientist)|e(?:xpert|conomist)|a(?:nalyst|ccording)|o(?:fficial|bserver)|c(?:ritic|ommentator|iting)|insider|diplomat|researcher|people|understood|government|\b(?:it(?:\s+is|\s+was|'s)\s|per\s|will|could|promis|(?:is|are)\s+(?:set|going|certain|bound)\s+to)/gi;
// The cues as sticky regexes, to tell which match at a place ANY_CUE matches at.
const AT: readonly [number, RegExp][] = CUES.map(([bit, re]) => [bit, new RegExp(re.source, 'iy')]);
const ALL_CUES = CUES.reduce((bits, [bit]) => bits | bit, 0);

/**
 * The cue families (CUE_* bits) whose pattern matches somewhere in the text: those matching at a
 * place where one of them does, visiting those places in one search of the text.
 */
export function cueBits(text: string): number {
  let bits = 0;
  ANY_CUE.lastIndex = 0;
  for (let m = ANY_CUE.exec(text); m; m = ANY_CUE.exec(text)) {
    for (const [bit, re] of AT) {
      if (bits & bit) continue;
      re.lastIndex = m.index;
      if (re.test(text)) bits |= bit;
    }
    if (bits === ALL_CUES) break;
    // Matches of other cues may start inside this one ("it is set to"): go on from its next character.
    ANY_CUE.lastIndex = m.index + 1;
  }
  return bits;
}

/** The cue families of each sentence (cueBits of its text). */
export function sentenceCues(sentences: readonly { readonly text: string }[]): Uint8Array {
  const out = new Uint8Array(sentences.length);
  for (let k = 0; k < sentences.length; k++) out[k] = cueBits(sentences[k].text);
  return out;
}
