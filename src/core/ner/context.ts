/**
 * Sentence- and document-level context for the features: Title Case headlines, gazetteer
 * matches and capitalised name runs.
 */

import { gazetteerLookup, gazetteerMayStartWith } from '../entities/gazetteer';
import { ALL_CAPS, INIT_CAP } from './attributes';
import { FRESH_ARRAYS, type WorkArrays } from './scratch';

/** Gazetteer entry kinds, numbered for features: a noisy list (say, groups) then only blurs its own kind. */
const GAZETTEER_KINDS: ReadonlyMap<string, number> = new Map([['country', 1], ['capital', 2], ['city', 3], ['region', 4], ['organization', 5], ['group', 6]]);
const MAX_GAZETTEER_WORDS = 5;
/** Lower-case words that may continue a gazetteer name (`Bosnia and Herzegovina`, `Gulf of Aden`). */
const CONNECTORS = new Set(['of', 'and', 'the', 'de', 'del', 'es', 'al', 'el', 'la', 'du', 'da']);

/** Per token: the kind of the gazetteer name covering it (0 = none) and that match's token range. */
export interface GazetteerMatches {
  readonly kind: Int32Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
}

/**
 * Longest matches of the shared place/organisation/group gazetteer, each starting at a capitalised
 * token; only in the `selected` sentences when given (matches never cross a sentence), and with
 * `active` (one flag per token) only where an active token or the token after it can be covered.
 * The arrays come from `arrays`.
 */
export function gazetteerMatches(forms: readonly string[], flags: Int32Array, sentences: readonly number[], selected?: Uint8Array, active?: Uint8Array, arrays: WorkArrays = FRESH_ARRAYS): GazetteerMatches {
  const n = forms.length;
  const m: GazetteerMatches = { kind: arrays.int32(n), start: arrays.int32(n, -1), end: arrays.int32(n, -1) };
  const canContinue = (t: number) => (flags[t] & (INIT_CAP | ALL_CAPS)) !== 0 || CONNECTORS.has(forms[t]);
  for (let s = 0; s + 1 < sentences.length; s++) {
    if (selected && !selected[s]) continue;
    const from = sentences[s], to = sentences[s + 1];
    let scanTo = to;
    for (let t = from; t < to; t++) {
      if (active && t >= scanTo) {
        // Jump to the next active token, backed up to just after the last word no match can cover
        // (neither capitalised nor a connector): from there the greedy scan is as from the sentence start.
        let a = t;
        while (a < to && !active[a]) a++;
        if (a === to) break;
        let b = a;
        while (b < to && active[b]) b++;
        scanTo = Math.min(to, b + 1); // the token after the last active one is read too
        let k = a;
        while (k > t && canContinue(k - 1)) k--;
        t = k;
      }
      if (!(flags[t] & (INIT_CAP | ALL_CAPS))) continue;
      // Most capitalised words start no gazetteer name (the filter has no false negatives).
      if (!gazetteerMayStartWith(forms[t])) continue;
      // Candidate end: extend over capitalised words and connectors only.
      let limit = t + 1;
      while (limit < to && limit - t < MAX_GAZETTEER_WORDS && canContinue(limit)) limit++;
      // Likewise, no name of several words starts with most two-word beginnings.
      if (limit > t + 1 && !gazetteerMayStartWith(forms[t] + ' ' + forms[t + 1])) limit = t + 1;
      for (let end = limit; end > t; end--) {
        if (!(flags[end - 1] & (INIT_CAP | ALL_CAPS))) continue;
        const entry = gazetteerLookup(end - t === 1 ? forms[t] : forms.slice(t, end).join(' '));
        const kind = entry ? GAZETTEER_KINDS.get(entry.kind) ?? 0 : 0;
        if (kind === 0) continue;
        for (let i = t; i < end; i++) { m.kind[i] = kind; m.start[i] = t; m.end[i] = end; }
        t = end - 1;
        break;
      }
    }
  }
  return m;
}

/** Lower-case words allowed inside a capitalised name run (`Ministry of Tourism and Sports`). */
export const RUN_JOINERS: ReadonlySet<string> = new Set(['of', 'and', 'for', 'the', 'de', 'del', 'la', 'di', 'da', 'du', 'van', 'von', '&']);

/**
 * Capitalised runs: for each token inside one, the index of the run's first and last token
 * (-1 outside; only in the `selected` sentences when given). A run's last word (`Province`, `Dam`, `Pictures`) often decides the type of
 * the whole name, even when the other words were never seen. (The first word as a feature
 * too scored better on CoNLL dev but worse on the labelled news, so it is left out.) The arrays come from `arrays`.
 */
export function capitalisedRuns(forms: readonly string[], flags: Int32Array, sentences: readonly number[], capsSentence: Uint8Array, selected?: Uint8Array, arrays: WorkArrays = FRESH_ARRAYS): { first: Int32Array; last: Int32Array } {
  const first = arrays.int32(forms.length, -1);
  const last = arrays.int32(forms.length, -1);
  for (let s = 0; s + 1 < sentences.length; s++) {
    if (capsSentence[s]) continue; // every word is capitalised: runs mean nothing
    if (selected && !selected[s]) continue; // runs never cross a sentence
    const to = sentences[s + 1];
    let t = sentences[s];
    while (t < to) {
      if (!(flags[t] & (INIT_CAP | ALL_CAPS))) { t++; continue; }
      let end = t + 1;
      for (;;) {
        if (end < to && (flags[end] & (INIT_CAP | ALL_CAPS))) { end++; continue; }
        // The next word's flags first: most runs are not followed by `joiner Capitalised`, and they spare the set lookup.
        if (end + 1 < to && (flags[end + 1] & (INIT_CAP | ALL_CAPS)) && RUN_JOINERS.has(forms[end])) { end += 2; continue; }
        break;
      }
      for (let i = t; i < end; i++) { first[i] = t; last[i] = end - 1; }
      t = end;
    }
  }
  return { first, last };
}

/**
 * Web headlines are Title Case where Reuters' were ALL CAPS; case says nothing about names in
 * either, so a Title Case line is shown to the model upper-cased, as it learnt headlines.
 * A line counts as Title Case when it has 3+ words of 4+ letters after the first, all capitalised,
 * no lower-case word of 4+ letters, and no sentence-final punctuation.
 */
export function upperCaseTitleLines(forms: readonly string[], sentences: readonly number[]): readonly string[] {
  let out: string[] | null = null;
  for (let s = 0; s + 1 < sentences.length; s++) {
    const from = sentences[s], to = sentences[s + 1];
    const last = forms[to - 1];
    if (to - from < 4 || last === '.' || last === '?' || last === '!') continue;
    let capitalised = 0, lower = 0;
    for (let t = from; t < to; t++) {
      const w = forms[t];
      if (w.length < 4) continue;
      const c = w.charCodeAt(0);
      if (c >= 97 && c <= 122) lower++;
      else if (t > from && c >= 65 && c <= 90) { const c1 = w.charCodeAt(1); if (c1 >= 97 && c1 <= 122) capitalised++; }
    }
    if (lower > 0 || capitalised < 3) continue;
    out ??= forms.slice();
    for (let t = from; t < to; t++) out[t] = forms[t].toUpperCase();
  }
  return out ?? forms;
}

