/** Whether a word occurs written in lower case in a text range (so a capitalised occurrence is an ordinary word). */

export interface LowerWords {
  /** Takes the word in any case: it is lower-cased here, so callers need not. */
  has(word: string): boolean;
}

const LETTER = /[\p{L}\p{M}]/u;

function isLetter(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(c);
}

/**
 * Answers on demand with a boundary-checked substring search, remembering each answer:
 * far cheaper than splitting every article into words when only a few words are asked about.
 */
export function lowerCaseWords(text: string, start: number, end: number): LowerWords {
  if (last && last.text === text && last.start === start && last.end === end) return last.index;
  const answers = new Map<string, boolean>();
  const index: LowerWords = {
    has(word: string): boolean {
      const w = word.toLowerCase();
      let hit = answers.get(w);
      if (hit !== undefined) return hit;
      hit = false;
      for (let i = text.indexOf(w, start); i !== -1 && i + w.length <= end; i = text.indexOf(w, i + 1)) {
        const before = i > 0 ? text[i - 1] : '';
        const after = text[i + w.length] ?? '';
        if ((!before || !isLetter(before)) && (!after || !isLetter(after))) {
          hit = true;
          break;
        }
      }
      answers.set(w, hit);
      return hit;
    },
  };
  last = { text, start, end, index };
  return index;
}

let last: { text: string; start: number; end: number; index: LowerWords } | undefined;
