/** Word tokens of one line, with the facts the name rules need about each. */

export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: 'word' | 'number' | 'punct' | 'possessive';
  /** First letter is upper case. */
  readonly cap: boolean;
  /** Two or more letters, all upper case (`ISLAMABAD`, `CNES`). */
  readonly upper: boolean;
  /** First word of a sentence, line, quote, bullet or colon clause. */
  readonly sentenceStart: boolean;
  /** Whitespace separates it from the previous token. */
  readonly spaceBefore: boolean;
}

// A word: letters (with marks) and digits, joined by internal hyphens or apostrophes (`Tehreek-e-Taliban`, `O'Brien`);
// a trailing possessive (`’s`, `’`) is its own token so it ends a name.
const TOKEN = /(\p{L}[\p{L}\p{M}\p{N}]*(?:[-‐'’][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*)|(\p{N}+(?:[.,]\p{N}+)*)|(\S)/gu;
const POSSESSIVE = /^(.*?)(['’]s|(?<=s)['’])$/u;
const SENTENCE_OPENERS = new Set(['.', '!', '?', ':', ';', '“', '"', '‘', '•', '·', '(', '[', '—', '–', '-', '*', '>', '|']);

/** Tokens of `text` between `start` and `end` (offsets stay absolute). */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  let prevEnd = -1;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const s = start + m.index;
    const spaceBefore = prevEnd === -1 || s > prevEnd;
    const sentenceStart = out.length === 0 || isOpener(out);
    if (m[1]) {
      let word = m[1];
      let poss = '';
      // A possessive ends the name: `Pakistan’s` → `Pakistan` + `’s`.
      const pm = /['’]/.test(word) ? POSSESSIVE.exec(word) : null;
      if (pm && pm[1].length > 1) {
        word = pm[1];
        poss = pm[2];
      }
      out.push(wordToken(word, s, spaceBefore, sentenceStart));
      if (poss) out.push({ text: poss, start: s + word.length, end: s + word.length + poss.length, kind: 'possessive', cap: false, upper: false, sentenceStart: false, spaceBefore: false });
    } else if (m[2]) {
      out.push({ text: m[2], start: s, end: s + m[2].length, kind: 'number', cap: false, upper: false, sentenceStart, spaceBefore });
    } else {
      out.push({ text: m[3], start: s, end: s + m[3].length, kind: 'punct', cap: false, upper: false, sentenceStart: false, spaceBefore });
    }
    prevEnd = start + m.index + m[0].length;
  }
  return out;
}

function wordToken(word: string, start: number, spaceBefore: boolean, sentenceStart: boolean): Token {
  const first = word.charAt(0);
  const cap = first !== first.toLowerCase();
  const upper = cap && word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase() && /\p{L}.*\p{L}/su.test(word);
  return { text: word, start, end: start + word.length, kind: 'word', cap, upper, sentenceStart, spaceBefore };
}

function isOpener(out: readonly Token[]): boolean {
  // Walk back over closing quotes/brackets: `… said.” He` still starts a sentence.
  for (let i = out.length - 1; i >= 0; i--) {
    const t = out[i];
    if (t.kind !== 'punct') return false;
    if (SENTENCE_OPENERS.has(t.text)) {
      // `Dr.`/`Mr.` and initials are not sentence ends.
      if (t.text === '.' && i > 0 && out[i - 1].kind === 'word' && /^(?:Dr|Mr|Mrs|Ms|Prof|St|Gen|Col|Sen|Rep|Jr|Sr|[A-Z])$/.test(out[i - 1].text)) return false;
      return true;
    }
    if (!/[”’")\]]/.test(t.text)) return false;
  }
  return true;
}
