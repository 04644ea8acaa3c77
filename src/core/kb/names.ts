/** Name keys and edit distance used to look actors up. */

/** Combining marks. At module level: the bundler turns a `\p{…}` literal into `new RegExp(…)` where it stands. */
const MARKS = /\p{M}/gu;

/** A lookup key for a name: case, diacritics, apostrophe style, spacing and a leading "the" ignored. */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/^the /, '')
    .trim();
}

/** Optimal-string-alignment distance (Levenshtein plus adjacent swaps), stopping early above `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}
