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

// Every alternative of every cue, grouped by first letter (which the regex engine searches faster
// than the plain list): it matches at a place of a text exactly where one of the cues does.
// No two alternatives match at one place (they differ by their third character at the latest),
// so the one that matched, and with it the cue families, is told by its first three characters.
const ANY_CUE =
  /\b(?:s(?:ource|cientist|eat)|e(?:xpert|conomist)|a(?:nalyst|ccording|re\s+(?:set|going|certain|bound)\s+to|ged\s+\d)|o(?:fficial|bserver|f\s+(?:the|its|their|all|a\s+total\s+of)\s+\d)|c(?:ritic|ommentator|iting|ould|apacity)|i(?:nsider|t(?:\s+is|\s+was|'s)\s|s\s+(?:set|going|certain|bound)\s+to)|d(?:iplomat|eath)|researcher|p(?:eople|er\s|romis)|understood|government|will|-year-old)/gi;
const ALL_CUES = CUE_NOUN | CUE_IMPERSONAL | CUE_VAGUE_DATA | CUE_ACCORDING | CUE_MODAL | CUE_DEATH | CUE_PART_OF_WHOLE | CUE_AGE | CUE_CAPACITY;

/**
 * The cue families of the ANY_CUE match at `at`, from its first three characters (ASCII letters,
 * lower-cased by setting bit 5, which leaves "-" and the whitespace after "of" apart from letters):
 * cheaper than testing each family's pattern there.
 */
function cuesOfMatch(text: string, at: number): number {
  const c1 = text.charCodeAt(at + 1) | 0x20;
  switch (text.charCodeAt(at) | 0x20) {
    case 0x73: // s: source, scientist | seat
      return c1 === 0x65 ? CUE_CAPACITY : CUE_NOUN;
    case 0x61: // a: analyst | according | are … to | aged N
      return c1 === 0x6e ? CUE_NOUN : c1 === 0x63 ? CUE_VAGUE_DATA | CUE_ACCORDING : c1 === 0x72 ? CUE_MODAL : CUE_AGE;
    case 0x6f: // o: official | of the N | observer
      if (c1 === 0x66) return (text.charCodeAt(at + 2) | 0x20) === 0x66 ? CUE_NOUN | CUE_VAGUE_DATA : CUE_PART_OF_WHOLE;
      return CUE_NOUN;
    case 0x63: // c: critic, commentator | could | citing | capacity
      if (c1 === 0x6f) return (text.charCodeAt(at + 2) | 0x20) === 0x6d ? CUE_NOUN : CUE_MODAL;
      return c1 === 0x72 ? CUE_NOUN : c1 === 0x69 ? CUE_ACCORDING : CUE_CAPACITY;
    case 0x69: // i: insider | it is | is … to
      return c1 === 0x6e ? CUE_NOUN : c1 === 0x74 ? CUE_IMPERSONAL : CUE_MODAL;
    case 0x64: // d: diplomat | death
      return c1 === 0x69 ? CUE_NOUN : CUE_DEATH;
    case 0x70: // p: people | per | promis
      if (c1 === 0x65) return (text.charCodeAt(at + 2) | 0x20) === 0x6f ? CUE_NOUN : CUE_VAGUE_DATA;
      return CUE_MODAL;
    case 0x65: // e: expert, economist
    case 0x72: // r: researcher
      return CUE_NOUN;
    case 0x75: // u: understood
      return CUE_IMPERSONAL;
    case 0x67: // g: government
      return CUE_VAGUE_DATA;
    case 0x77: // w: will
      return CUE_MODAL;
    default: // -year-old
      return CUE_AGE;
  }
}

/**
 * The cue families (CUE_* bits) whose pattern matches somewhere in the text: those of the places
 * where one of them does, visited in one search of the text.
 */
export function cueBits(text: string): number {
  let bits = 0;
  ANY_CUE.lastIndex = 0;
  for (let m = ANY_CUE.exec(text); m; m = ANY_CUE.exec(text)) {
    bits |= cuesOfMatch(text, m.index);
    if (bits === ALL_CUES) break;
    // Matches of other cues may start inside this one ("it is set to"): go on from its next character.
    ANY_CUE.lastIndex = m.index + 1;
  }
  return bits;
}

/**
 * The cue families of each sentence (cueBits of its text). A plain array: cheaper to allocate
 * than a typed array for the few sentences of a block.
 */
export function sentenceCues(sentences: readonly { readonly text: string }[]): number[] {
  const out: number[] = [];
  for (let k = 0; k < sentences.length; k++) out.push(cueBits(sentences[k].text));
  return out;
}
