import type { Rule, RuleHit } from '../rule';
import { distinctSurnames, editDistance, foldName, isVariantFoldedWith, hasLowerCaseWord, isVariantSpelling, letterSet, nameOccurrences, type NameOccurrence } from '../names';

const givens = (list: readonly NameOccurrence[]): string[] => [...new Set(list.map((o) => o.given).filter((g): g is string => !!g))];

/**
 * Whether two spellings can be one person. With given names on both sides they must agree
 * (Farrukh/Farukh counts): "David Davis" and "Ian Davies" are two people. A bare surname
 * variant ("Mr Okonkow") passes only when long, one edit away, and clearly a person.
 */
function samePerson(odd: readonly NameOccurrence[], usual: readonly NameOccurrence[]): boolean {
  const go = givens(odd);
  const gu = givens(usual);
  if (go.length && gu.length) return go.some((x) => gu.some((y) => x === y || isVariantSpelling(x, y)));
  if (go.length) return false;
  const a = odd[0].surname;
  const b = usual[0].surname;
  return Math.min(a.length, b.length) >= 7 && editDistance(a.toLowerCase(), b.toLowerCase(), 1) <= 1 && odd.some((o) => o.personCue) && usual.some((o) => o.personCue);
}

/** `name-inconsistency`: one person spelled two ways in an article, or a spelling that differs from the knowledge base. */
export const nameInconsistency: Rule = {
  id: 'name-inconsistency',
  title: 'Inconsistent name spelling',
  defaultSeverity: 'information',
  summary: 'One actor spelled two ways in an article (Okonkwo / Okonkow), or differently from the knowledge base.',
  check(ctx) {
    const hits: RuleHit[] = [];
    // The distinct surnames first (cheap), in order of first occurrence.
    const texts: string[] = [];
    for (const block of ctx.blocks) if (block.kind !== 'chrome' && block.kind !== 'meta') texts.push(block.text);
    const names = distinctSurnames(texts);
    // Each surname's occurrences are placed only once a pair of spellings turns out to be variants
    // (few articles), and only that surname's: placing every capitalised word would cost more.
    const occurrencesCache = new Map<string, NameOccurrence[]>();
    const occurrences = (surname: string): NameOccurrence[] => {
      let list = occurrencesCache.get(surname);
      if (!list) {
        list = [];
        for (const block of ctx.blocks) {
          if (block.kind === 'chrome' || block.kind === 'meta') continue;
          for (const o of nameOccurrences(block.text, block.start, surname)) list.push(o);
        }
        occurrencesCache.set(surname, list);
      }
      return list;
    };
    const articleText = ctx.text.slice(ctx.article.start, ctx.article.end);
    const flagged = new Set<string>();
    // Variants share a first letter, differ in length by at most two and are five letters long or
    // more (folded): compare only those pairs, bucketed by first letter (all pairs of a long
    // article's names would be quadratic).
    const fold = names.map(foldName);
    // The buckets of ASCII initials by code, the others' in a map.
    const asciiBuckets: (number[] | undefined)[] = [];
    const otherBuckets = new Map<number, number[]>();
    // Each name's bucket, its position there (buckets list indices in increasing order) and its
    // letterSet; a name too short to be a variant has none.
    const bucketOf: (number[] | undefined)[] = [];
    const posInBucket: number[] = [];
    const letters: number[] = [];
    for (let i = 0; i < fold.length; i++) {
      const f = fold[i];
      if (f.length < 5) {
        bucketOf.push(undefined);
        posInBucket.push(0);
        letters.push(0);
        continue;
      }
      const initial = f.charCodeAt(0);
      let bucket = initial < 128 ? asciiBuckets[initial] : otherBuckets.get(initial);
      if (!bucket) {
        bucket = [];
        if (initial < 128) asciiBuckets[initial] = bucket;
        else otherBuckets.set(initial, bucket);
      }
      bucketOf.push(bucket);
      posInBucket.push(bucket.length);
      letters.push(letterSet(f));
      bucket.push(i);
    }
    // Pairs (i < j) in the order of comparing every pair, so which pair flags a spelling first is unchanged.
    for (let i = 0; i < names.length; i++) {
      const bucket = bucketOf[i];
      if (!bucket) continue;
      for (let p = posInBucket[i] + 1; p < bucket.length; p++) {
        const j = bucket[p];
        if (Math.abs(fold[i].length - fold[j].length) > 2) continue;
        if (names[i] === names[j] || !isVariantFoldedWith(fold[i], fold[j], letters[i], letters[j])) continue;
        const a = occurrences(names[i]);
        const b = occurrences(names[j]);
        // The rarer spelling is the odd one out; on a tie, the one that appears later.
        const [odd, usual] = a.length < b.length || (a.length === b.length && a[0].start > b[0].start) ? [a, b] : [b, a];
        if (!samePerson(odd, usual)) continue;
        // A capitalised common word ("Being" in a title) is not a name: it also appears in lower case.
        // (Tested after samePerson, which rejects most pairs, since it searches the whole article.)
        if (hasLowerCaseWord(articleText, names[i].toLowerCase()) || hasLowerCaseWord(articleText, names[j].toLowerCase())) continue;
        if (flagged.has(odd[0].surname)) continue;
        flagged.add(odd[0].surname);
        for (const o of odd) {
          hits.push({
            start: o.full.start,
            end: o.full.end,
            message: `"${o.surname}" is spelled "${usual[0].surname}" elsewhere in this article (${usual.length} time${usual.length > 1 ? 's' : ''}): which is right?`,
            related: [{ start: usual[0].full.start, end: usual[0].full.end, message: `spelled "${usual[0].surname}" here` }],
            data: { spelling: o.surname, other: usual[0].surname },
          });
        }
      }
    }
    // Knowledge-base variant: the recognizer linked a near-miss spelling to a known actor.
    // One finding per distinct spelling (its first mention), not one per repetition.
    const seenSpellings = new Set<string>();
    for (const m of ctx.mentions) {
      if (!m.misspellingOf || hits.some((h) => h.start < m.end && m.start < h.end) || seenSpellings.has(m.text)) continue;
      seenSpellings.add(m.text);
      const actor = ctx.kb.actors.find((a) => a.id === m.misspellingOf);
      hits.push({
        start: m.start,
        end: m.end,
        message: `"${m.text}" differs from the knowledge base's spelling${actor ? ` "${actor.name}"` : ''}: check the name.`,
        data: { actor: m.misspellingOf },
      });
    }
    return hits;
  },
};
