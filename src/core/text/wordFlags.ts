/**
 * A Map from each word of several lists to the bits of the lists it is on. Why: asking one word
 * several `Set.has` questions hashes it and probes a table each time; one lookup here answers them
 * all (the rule classifier's cue lists, the count-noun test's word lists).
 */
export function wordFlags(lists: Iterable<readonly [Iterable<string>, number]>): Map<string, number> {
  const flags = new Map<string, number>();
  for (const [words, bit] of lists) for (const w of words) flags.set(w, (flags.get(w) ?? 0) | bit);
  return flags;
}
