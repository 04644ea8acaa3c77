/**
 * Text → bag of features for the topic classifier: lower-cased word stems, and bigrams and
 * trigrams of adjacent content words (so lexicon phrases like "central bank" match as one unit).
 * Training, lexicons and classification all go through here, so they always agree.
 */

// Function words carry no topic; dropping them also lets "rate of inflation" ≈ "inflation rate" stay apart cleanly.
const STOPWORDS = new Set(
  (
    'a an the and or but if of to in on at by for with from as into onto over under about after before between ' +
    'during through against without within than then so too very can could would should will shall may might must ' +
    'is are was were be been being am do does did done have has had having it its it\'s this that these those there ' +
    'here he she they we you i me him her them us my your his their our ours theirs what which who whom whose when ' +
    'where why how all any both each few more most other some such no nor not only own same just also s t don now ' +
    'said says say saying told tell one two three four five six seven eight nine ten first second new last year years ' +
    'month months week weeks day days time times mr mrs ms dr up down out off again further once while because until ' +
    'per via like get got make made many much well still even back way since around across among including according ' +
    'yesterday today tomorrow monday tuesday wednesday thursday friday saturday sunday'
  ).split(/\s+/),
);

const WORD = /[\p{L}][\p{L}\p{M}'’-]*/gu;

/** A light, deterministic plural/possessive stripper (no full stemmer: "news" ≠ "new"). */
export function stem(word: string): string {
  let w = word;
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
  if (w.includes("'") || w.includes('’')) w = w.replace(/['’]/g, '');
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 3 && w.endsWith('s') && !(w.endsWith('ss') || w.endsWith('us') || w.endsWith('is') || w.endsWith('news') || w.endsWith('ics'))) return w.slice(0, -1);
  return w;
}

/** Punctuation between two words that ends a phrase (hyphens and spaces do not). */
function breaksPhrase(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    switch (text.charCodeAt(i)) {
      case 10: case 33: case 34: case 40: case 41: case 44: case 46: case 58: case 59: case 63: case 0x201c: case 0x201d:
        return true;
    }
  }
  return false;
}

function pushWord(out: (string | null)[], part: string): void {
  const raw = part.endsWith("'s") || part.endsWith('’s') ? part.slice(0, -2) : part;
  out.push(raw.length < 2 || STOPWORDS.has(raw) ? null : stem(raw));
}

/** Content-word tokens of a text, in order, with `null` marking a stopword/sentence gap (no n-gram across it). */
export function contentTokens(text: string): (string | null)[] {
  const out: (string | null)[] = [];
  const lower = text.toLowerCase();
  let lastEnd = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m; m = WORD.exec(lower)) {
    if (breaksPhrase(lower, lastEnd, m.index)) out.push(null);
    const word = m[0];
    lastEnd = m.index + word.length;
    if (!word.includes('-')) pushWord(out, word);
    else for (const part of word.split('-')) if (part) pushWord(out, part);
  }
  return out;
}

/** Feature counts: unigrams always; bigrams (and trigrams when `trigrams`) of adjacent content words. */
export function featureCounts(text: string, trigrams = false): Map<string, number> {
  const tokens = contentTokens(text);
  const counts = new Map<string, number>();
  const add = (f: string): void => {
    counts.set(f, (counts.get(f) ?? 0) + 1);
  };
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i];
    if (a === null) continue;
    add(a);
    const b = tokens[i + 1];
    if (b == null) continue;
    add(`${a} ${b}`);
    const c = tokens[i + 2];
    if (trigrams && c != null) add(`${a} ${b} ${c}`);
  }
  return counts;
}

/** The canonical feature key for a lexicon entry ("Central Banks" → "central bank"). */
export function phraseKey(phrase: string): string | null {
  const tokens = contentTokens(phrase);
  if (tokens.length === 0 || tokens.length > 3 || tokens.some((t) => t === null)) return null;
  return tokens.join(' ');
}
