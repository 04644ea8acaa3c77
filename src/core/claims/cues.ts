/**
 * Cue words: text that a rule's pattern cannot match without. Rules test a sentence for its cue
 * before running the pattern itself. The cues are computed once per sentence and shared by the
 * rules; most sentences hold none, which one regex of all the cues' alternatives tells at once.
 *
 * Every pattern gated by a cue matches its cue word at the start of a word (after `\b`, or after
 * whitespace its pattern requires), so the cues hold only there: the regex engine then tries the
 * alternatives at word starts alone. The patterns of whole blocks gated by a cue (TOLL, AGE,
 * PART_OF_WHOLE; CAPACITY's words) hold no sentence stop (no ".", "!", "?", closing quote or bracket), so a match
 * lies within one sentence of its block, where the cue holds.
 */

/** vague-attribution, unnamed sources: UNNAMED_SOURCE's nouns (after `\b` or modifiers and whitespace). */
export const CUE_NOUN = 1;
/** vague-attribution, impersonal credit ("it is understood"; "understood" follows whitespace). */
export const CUE_IMPERSONAL = 2;
/** vague-attribution, vague data ("per analyst estimates", "official figures show"). */
export const CUE_VAGUE_DATA = 4;
/** vague-attribution, "according to unnamed sources". */
export const CUE_ACCORDING = 8;
/** speculative-claim, a forecast's modal: MODAL's alternatives up to their first fixed word. */
export const CUE_MODAL = 16;
/** numeric-contradiction, a death toll: TOLL's first word. */
export const CUE_DEATH = 32;
/** implausible-quantity, a part and its whole ("351 of the 336"): PART_OF_WHOLE from "of" to the whole's first digit. */
export const CUE_PART_OF_WHOLE = 64;
/**
 * implausible-quantity, an age: AGE without the figure before "-year-old" (`\b` holds between that
 * figure's last digit and the hyphen) and without the figure's digits after the first.
 */
export const CUE_AGE = 128;
/** implausible-quantity, a stated capacity: CAPACITY's words (after a hyphen, whitespace or `\b`). */
export const CUE_CAPACITY = 256;

const CUES: readonly [number, RegExp][] = [
  [CUE_NOUN, /\b(?:source|expert|analyst|official|observer|critic|insider|diplomat|economist|commentator|scientist|researcher|people)/i],
  [CUE_IMPERSONAL, /\b(?:it(?:\s+is|\s+was|'s)\s|understood)/i],
  [CUE_VAGUE_DATA, /\b(?:per\s|according|official|government)/i],
  [CUE_ACCORDING, /\b(?:according|citing)/i],
  [CUE_MODAL, /\b(?:will|could|promis|(?:is|are)\s+(?:set|going|certain|bound)\s+to)/i],
  [CUE_DEATH, /\bdeath/i],
  [CUE_PART_OF_WHOLE, /\bof\s+(?:the|its|their|all|a\s+total\s+of)\s+\d/i],
  [CUE_AGE, /\b(?:-year-old|aged\s+\d)/i],
  [CUE_CAPACITY, /\b(?:capacity|seat)/i],
];

// Every alternative of every cue, grouped by first letter (which the regex engine searches faster
// than the plain list): it matches at a place of a text whenever one of the cues does. (Matching
// elsewhere too would only cost time: which cues match is told by the sticky patterns below.)
const ANY_CUE =
  /\b(?:s(?:ource|cientist|eat)|e(?:xpert|conomist)|a(?:nalyst|ccording|re\s+(?:set|going|certain|bound)\s+to|ged\s+\d)|o(?:fficial|bserver|f\s+(?:the|its|their|all|a\s+total\s+of)\s+\d)|c(?:ritic|ommentator|iting|ould|apacity)|i(?:nsider|t(?:\s+is|\s+was|'s)\s|s\s+(?:set|going|certain|bound)\s+to)|d(?:iplomat|eath)|researcher|p(?:eople|er\s|romis)|understood|government|will|-year-old)/gi;
// The cues as sticky regexes, to tell which match at a place ANY_CUE matches at.
const AT: readonly [number, RegExp][] = CUES.map(([bit, re]) => [bit, new RegExp(re.source, 'iy')]);
const ALL_CUES = CUES.reduce((bits, [bit]) => bits | bit, 0);

/** The cue bits not yet in `bits` whose sticky pattern matches `text` at `at`, added to `bits`. */
function cuesAt(text: string, at: number, bits: number): number {
  for (const [bit, re] of AT) {
    if (bits & bit) continue;
    re.lastIndex = at;
    if (re.test(text)) bits |= bit;
  }
  return bits;
}

/**
 * The cue families (CUE_* bits) whose pattern matches somewhere in the text: those matching at a
 * place where one of them does, visiting those places in one search of the text.
 */
export function cueBits(text: string): number {
  let bits = 0;
  ANY_CUE.lastIndex = 0;
  for (let m = ANY_CUE.exec(text); m; m = ANY_CUE.exec(text)) {
    bits = cuesAt(text, m.index, bits);
    if (bits === ALL_CUES) break;
    // Matches of other cues may start inside this one ("it is set to"): go on from its next character.
    ANY_CUE.lastIndex = m.index + 1;
  }
  return bits;
}

/** The cue families of each sentence (cueBits of its text). */
export function sentenceCues(sentences: readonly { readonly text: string }[]): Uint16Array {
  const out = new Uint16Array(sentences.length);
  for (let k = 0; k < sentences.length; k++) out[k] = cueBits(sentences[k].text);
  return out;
}
