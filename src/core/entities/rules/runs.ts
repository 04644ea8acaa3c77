import type { Token } from '../tokens';
import { NAME_PARTICLES, ORG_CONJUNCTIONS } from '../data/cues';
import { hasCue, JOINER, OF_HEAD, ORG_CONJUNCTION, ORG_LEAD, ORG_TAIL, PLACE_LEAD, PLACE_TAIL } from './cueFlags';

/** A maximal sequence of capitalised words (with name particles between them) on one line. */
export interface Run {
  readonly tokens: readonly Token[];
  /** Index of the run's first token in the line's token list. */
  readonly index: number;
}

/** A single capital or a title abbreviation that takes a full stop (`P.`, `Dr.`, `St.`). */
const ABBREVIATION = /^(?:\p{Lu}|Dr|Mr|Mrs|Ms|Prof|St|Gen|Lt|Col|Capt|Sgt|Rev|Sen|Rep|Gov|Jr|Sr|Mt|Ft)$/u;

const SINGLE_CAPITAL = /^\p{Lu}$/u;

const STREET_LEADS = new Set(['Avenida', 'Avenue', 'Calle', 'Rue', 'Via', 'Strada', 'Ulitsa', 'Jalan']);

/** ABBREVIATION's test for a token, its length asked first (most words before a full stop are longer than any abbreviation). */
function isAbbreviation(t: Token): boolean {
  return t.end - t.start <= 4 && ABBREVIATION.test(t.text);
}

/** Words that may join a run: the particles and the conjunctions, in one set. */
const JOINERS = new Set([...NAME_PARTICLES, ...ORG_CONJUNCTIONS]);
/** The longest joiner: longer words are answered without hashing them into the set. */
const LONGEST_JOINER = Math.max(...[...JOINERS].map((w) => w.length));

function isParticle(t: Token): boolean {
  return t.end - t.start <= LONGEST_JOINER && hasCue(t, JOINER);
}

/** Whether one of tokens[from..to) passes `test` (without slicing the range). */
function someParticle(tokens: readonly Token[], from: number, to: number, test: (t: Token) => boolean): boolean {
  for (let k = from; k < to; k++) if (test(tokens[k])) return true;
  return false;
}

const isOfOrFor = (t: Token): boolean => t.text === 'of' || t.text === 'for';
const isConjunction = (t: Token): boolean => hasCue(t, ORG_CONJUNCTION);
const isOrgHead = (t: Token): boolean => hasCue(t, ORG_LEAD | ORG_TAIL);
const isPlaceParticle = (t: Token): boolean => {
  const p = t.text;
  return p === 'on' || p === 'upon' || p === 'am' || p === 'an' || p === 'auf';
};

const isApostrophe = (s: string): boolean => s === "'" || s === '’';

function isNameWord(t: Token | undefined): boolean {
  // Only words are capitalised (`cap` is false on other tokens), and an upper-case word is capitalised.
  return !!t && t.cap;
}

/** Whether `of`/`for` after `head` continues the name rather than ending it. */
function ofJoins(head: Token): boolean {
  // (OF_HEAD: `Republic`, `Gulf`, `Secretary`…, words before `of` that keep the phrase one name.)
  return hasCue(head, ORG_TAIL | ORG_LEAD | PLACE_TAIL | PLACE_LEAD | OF_HEAD);
}

/**
 * Splits a line's tokens into runs of capitalised words. Particles (`of`, `de`, `van`) join
 * only between capitalised words; `and` joins only inside a name that began as an
 * organisation (`Ministry of Tourism and Sports`); a possessive or punctuation ends a run.
 */
export function findRuns(tokens: readonly Token[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameWord(tokens[i])) {
      i++;
      continue;
    }
    const start = i;
    let j = i + 1;
    for (;;) {
      const t = tokens[j];
      // Initials and abbreviated titles inside a name: `P. Simmons`, `Dr. Ferraresi`, `J.R. Smith`.
      if (t && t.text === '.' && !t.spaceBefore && isAbbreviation(tokens[j - 1]) && isNameWord(tokens[j + 1]) && tokens[j + 1].spaceBefore !== undefined) {
        j++;
        continue;
      }
      if (t && isNameWord(t) && !t.spaceBefore && tokens[j - 1]?.text === '.' && SINGLE_CAPITAL.test(t.text)) {
        j++;
        continue;
      }
      if (!t || !t.spaceBefore) {
        // `Supporters’ Trust`: a plural possessive inside a name, when another capitalised word follows.
        if (t && (t.kind === 'possessive' || t.kind === 'punct') && isApostrophe(t.text) && tokens[j - 1].text.endsWith('s') && isNameWord(tokens[j + 1]) && tokens[j + 1].spaceBefore) {
          j += 2;
          continue;
        }
        break;
      }
      if (isNameWord(t)) {
        j++;
        continue;
      }
      // A number inside a street name: `Avenida 6 de Diciembre`.
      if (t.kind === 'number' && STREET_LEADS.has(tokens[start].text)) {
        j++;
        continue;
      }
      if (t.kind === 'word' && !t.cap) {
        // Particles: up to two in a row (`de la`), and a capitalised word must follow.
        let k = j;
        while (k < j + 2 && tokens[k] && tokens[k].kind === 'word' && !tokens[k].cap && isParticle(tokens[k])) k++;
        if (k === j || !isNameWord(tokens[k]) || !tokens[k].spaceBefore) break;
        const prev = tokens[j - 1];
        if (someParticle(tokens, j, k, isOfOrFor)) {
          if (!ofJoins(prev)) break;
        } else if (someParticle(tokens, j, k, isConjunction)) {
          // `and` joins only inside `Ministry of X and Y`-style names.
          if (!someParticle(tokens, start, j, isOrgHead) || !someParticle(tokens, start, j, isOfOrFor)) break;
        } else if (someParticle(tokens, j, k, isPlaceParticle)) {
          // `Stratford-upon-Avon` style joins are rare with spaces; `on` needs a place head before it.
          if (!hasCue(prev, PLACE_TAIL)) break;
        }
        j = k;
        continue;
      }
      break;
    }
    runs.push({ tokens: tokens.slice(start, j), index: start });
    i = j;
  }
  return runs;
}
