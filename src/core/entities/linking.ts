import type { NameSpan, Span } from '../types';
import { lowerCaseWords, type LowerWords } from './words';
import { CANDIDATE } from './rules/classify';
import { gazetteerLookup } from './gazetteer';
import { COMMON_WORDS, ORG_LEADS, ORG_TAILS, PLACE_TAILS, TITLE_HEADS } from './data/cues';

/** A name after article-level linking: its type may come from a fuller name, which `canonical` records. */
export interface LinkedName extends NameSpan {
  readonly text: string;
  readonly canonical?: string;
}

/** Spans this sure (gazetteer, titles, dateline) keep their own type. */
const FIRM = 0.9;

const ACRONYM_AFTER = /^\s*\(\s*(\p{Lu}[\p{Lu}\p{N}&.]{1,9}s?)\s*\)/u;

/** Words of a name (callers only read them); remembered, since linking asks about the same names many times. */
function words(s: string): readonly string[] {
  let w = wordsMemo.get(s);
  if (w === undefined) {
    w = s.split(/\s+/).filter(Boolean);
    if (wordsMemo.size >= 10_000) wordsMemo.clear();
    wordsMemo.set(s, w);
  }
  return w;
}
const wordsMemo = new Map<string, readonly string[]>();

/** Capital initials of a name, splitting on spaces and hyphens: `Tehreek-e-Taliban Pakistan` → `TTP`. */
function initials(name: string): string {
  return name
    .split(/[\s\-‐]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/**
 * Merges name spans from several recognizers (higher confidence, then longer, wins an overlap)
 * and links them within one article: acronyms to the name they abbreviate, partial names to the
 * full name introduced in the article (`Naqvi` → `Mohsin Naqvi`), repeated strings to one type.
 * Candidates that nothing supports are dropped.
 */
export function linkNames(text: string, spans: readonly NameSpan[], region: Span = { start: 0, end: text.length }): LinkedName[] {
  const taken = resolveOverlaps(spans);
  const names: LinkedName[] = taken.map((s) => ({ ...s, text: text.slice(s.start, s.end) }));

  // Acronyms introduced in parentheses: `National Electoral Council (NEC)`.
  const acronyms = new Map<string, LinkedName>();
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    if (n.confidence < 0.5 || words(n.text).length < 2) continue;
    // A parenthesis within two characters of the name (looked for there only, not through the rest of the text).
    const near = text.charCodeAt(n.end) === 40 || text.charCodeAt(n.end + 1) === 40 || text.charCodeAt(n.end + 2) === 40;
    const m = near ? ACRONYM_AFTER.exec(text.slice(n.end, n.end + 16)) : null;
    if (!m) continue;
    // A run of capitalised words that abbreviates is an organisation, not a person.
    const full: LinkedName = n.type === 'person' && n.confidence < FIRM ? { ...n, type: 'organization', confidence: 0.85 } : n;
    names[i] = full;
    acronyms.set(m[1].replace(/s$/, ''), full);
  }

  // Multi-word names the article introduces, for partial mentions and initials.
  const fulls = names.filter((n) => n.confidence >= 0.5 && n.type !== 'misc' && words(n.text).length >= 2);
  const byInitials = new Map<string, LinkedName>();
  for (const f of fulls) if (f.type !== 'person') byInitials.set(initials(f.text), f);
  const lowerWords = lowerCaseWords(text, region.start, region.end);
  const fullsByWord = new Map<string, LinkedName[]>();
  for (const f of fulls) for (const w of new Set(words(f.text))) fullsByWord.set(w, [...(fullsByWord.get(w) ?? []), f]);

  const linked = names.map((n): LinkedName => {
    const plain = n.text.replace(/s$/, '');
    const acr = acronyms.get(n.text) ?? acronyms.get(plain) ?? (n.text.length >= 2 && /^\p{Lu}+$/u.test(n.text) ? byInitials.get(n.text) : undefined);
    if (acr && acr !== n && !gazetteerLookup(n.text)) return { ...n, type: acr.type, confidence: Math.max(n.confidence, 0.85), canonical: acr.text };
    if (words(n.text).length >= 3) return n;
    const full = partialOf(n, fullsByWord, lowerWords);
    if (!full) return n;
    // A sure span (`Minister Naqvi`) keeps its own type; it only learns its fuller form.
    if (n.confidence >= FIRM) return full.type === n.type ? { ...n, canonical: full.text } : n;
    if (n.type === 'place' && n.confidence >= 0.55 && full.type === 'organization' && words(n.text).length === 1) return n;
    return { ...n, type: full.type, confidence: Math.max(n.confidence, 0.75), canonical: full.text };
  });

  // `the Naqvi-Zedong dialogue`: a hyphenated pair of names the article introduced.
  const split = linked.flatMap((n): LinkedName[] => {
    if (n.type !== 'misc' || !/^[^-‐\s]+[-‐][^-‐\s]+$/.test(n.text)) return [n];
    const [a, b] = n.text.split(/[-‐]/);
    const parts = [
      { start: n.start, end: n.start + a.length, text: a },
      { start: n.end - b.length, end: n.end, text: b },
    ].map((p) => ({ p, full: partialOf({ ...n, ...p }, fullsByWord, lowerWords) }));
    if (!parts.every((x) => x.full?.type === 'person')) return [n];
    return parts.map(({ p, full }) => ({ ...p, type: 'person' as const, confidence: 0.75, canonical: full!.text }));
  });

  // One type per surface string in an article: the most confident typed reading wins.
  const best = new Map<string, LinkedName>();
  for (const n of split) {
    if (n.type === 'misc' || n.confidence < 0.5) continue;
    const b = best.get(n.text);
    if (!b || n.confidence > b.confidence) best.set(n.text, n);
  }
  const out: LinkedName[] = [];
  for (const n of split) {
    const b = best.get(n.text);
    const m = b && b.type !== n.type && n.confidence < FIRM ? { ...n, type: b.type, confidence: Math.max(n.confidence, 0.6), canonical: b.canonical ?? n.canonical } : n;
    if (m.confidence >= CANDIDATE) out.push(m);
  }
  return out;
}

/** The fuller name a short mention abbreviates (a contiguous run of its words), if the mention is distinctive. */
function partialOf(n: LinkedName, fullsByWord: ReadonlyMap<string, readonly LinkedName[]>, lowerWords: LowerWords): LinkedName | undefined {
  const w = words(n.text);
  const fulls = fullsByWord.get(w[0]) ?? [];
  const single = w.length === 1;
  if (single && (COMMON_WORDS.has(w[0]) || TITLE_HEADS.has(w[0]) || lowerWords.has(w[0].toLowerCase()))) return undefined;
  if (gazetteerLookup(n.text)) return undefined;
  let found: LinkedName | undefined;
  for (const f of fulls) {
    if (f === n || f.start === n.start) continue;
    const fw = words(f.text);
    if (fw.length <= w.length) continue;
    for (let i = 0; i + w.length <= fw.length; i++) {
      if (!w.every((x, k) => x === fw[i + k])) continue;
      // A head word alone (`Council`, `River`) says nothing about which name it is.
      if (single && f.type !== 'person' && (ORG_TAILS.has(w[0]) || PLACE_TAILS.has(w[0]))) continue;
      // An organisation is shortened to its opening words (`Wearside`), or to what follows a generic lead
      // (`Policlinico Santa Giustina` → `Santa Giustina`); a middle word (`Scrutiny`) is not a reference.
      if (f.type !== 'person' && i > 0 && !(i + w.length === fw.length && i === 1 && ORG_LEADS.has(fw[0]))) continue;
      if (!found || (f.type === 'person' && found.type !== 'person') || (f.type === found.type && f.start < found.start)) found = f;
    }
  }
  return found;
}

/** Keeps, among overlapping spans, the more confident (then longer) ones; result sorted by offset. */
function resolveOverlaps(spans: readonly NameSpan[]): NameSpan[] {
  const byStart = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: NameSpan[] = [];
  let i = 0;
  while (i < byStart.length) {
    // A cluster: spans chained by overlap; resolve it greedily by confidence.
    let j = i + 1;
    let end = byStart[i].end;
    while (j < byStart.length && byStart[j].start < end) end = Math.max(end, byStart[j++].end);
    if (j === i + 1) out.push(byStart[i]);
    else {
      const cluster = byStart.slice(i, j).sort((a, b) => b.confidence - a.confidence || b.end - b.start - (a.end - a.start) || a.start - b.start);
      const kept: NameSpan[] = [];
      for (const s of cluster) if (!kept.some((t) => t.start < s.end && s.start < t.end)) kept.push(s);
      out.push(...kept.sort((a, b) => a.start - b.start));
    }
    i = j;
  }
  return out;
}
