// splitSentences as it was written with a regex, to test the regex-free boundary search against.
import { isSpaceCode, type Sentence } from '../../../src/core/claims/text';

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen', 'rep', 'rev', 'jr', 'sr', 'no', 'vs',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'inc', 'ltd', 'co', 'corp', 'approx', 'est',
]);
const BOUNDARY = /[.!?]+["”’)\]]*(?=\s+["“‘(\[]?[A-Z0-9])/g;

export function referenceSplit(text: string, base: number): Sentence[] {
  const out: Sentence[] = [];
  const push = (s: number, e: number): void => {
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: base + s, end: base + e, text: text.slice(s, e) });
  };
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0][0] === '.') {
      const word = /[A-Za-z]*$/.exec(text.slice(Math.max(start, m.index - 12), m.index))![0];
      if (word.length === 1 || ABBREVIATIONS.has(word.toLowerCase())) continue;
    }
    push(start, end);
    start = end;
  }
  push(start, text.length);
  return out;
}
