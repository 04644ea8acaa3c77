import { CONTEXT_CHARS, type TextTarget } from './model';

/** Where an annotation landed in a text, or why it could not. */
export type AnchorResult =
  | { readonly status: 'attached'; readonly start: number; readonly end: number; readonly score: number; readonly how: 'unchanged' | 'search' }
  | { readonly status: 'orphan'; readonly reason: 'quote-missing' | 'context-mismatch' | 'ambiguous' | 'empty-quote'; readonly score: number };

/**
 * Context agreement (0..1) a candidate needs to be attached. Short quotes ("the", a name)
 * occur all over an article, and repeated headlines share half their context with their twin,
 * so short quotes need most of their surroundings to agree. Tuned on the seeded fuzz: the
 * lowest thresholds at which no annotation landed on a wrong passage.
 */
export function requiredScore(quoteLength: number): number {
  if (quoteLength < 12) return 0.8;
  if (quoteLength < 40) return 0.65;
  return 0.45;
}

/** Two candidates closer than this are indistinguishable by context. */
const AMBIGUITY_MARGIN = 0.1;

/** A text with every `\r\n` folded to `\n`, and the raw offset each folded offset came from. */
interface Folded {
  readonly text: string;
  /** `raw[i]` is the raw offset of folded character i; `raw[text.length]` is the raw length. */
  readonly raw: Int32Array | null;
}

/** Folds CRLF to LF so a checkout that changed line endings does not orphan every annotation. */
function fold(text: string): Folded {
  if (text.indexOf('\r\n') === -1) return { text, raw: null };
  const raw = new Int32Array(text.length + 1);
  let out = '';
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    // The folded '\n' stands for the '\r\n' pair, so it maps to the '\r'.
    if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) {
      raw[n++] = i;
      out += '\n';
      i++;
      continue;
    }
    raw[n++] = i;
    out += text[i];
  }
  raw[n] = text.length;
  return { text: out, raw };
}

const foldString = (s: string): string => s.replace(/\r\n/g, '\n');

/** Levenshtein similarity of two short strings: 1 for equal, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return 0;
  let prev = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return 1 - prev[m] / Math.max(n, m);
}

/** How far (in characters) context may have been pushed away from the quote by an insertion. */
const MAX_GAP = 64;
/** Cost of each character of such a gap, against 1 for a changed character of context. */
const GAP_COST = 0.25;

/**
 * Similarity (0..1) of stored context `ctx` to the end of `window`, where `window` ends at the
 * quote: `ctx` may match anywhere in `window` (Sellers' approximate substring match) but each
 * character between its match and the quote costs GAP_COST, so text typed right next to the
 * quote costs little while context that is simply different costs fully.
 */
export function contextSimilarity(ctx: string, window: string): number {
  const m = ctx.length;
  const n = window.length;
  if (m === 0) return n === 0 ? 1 : 0;
  let prev = new Float64Array(n + 1); // Row 0: a match may start anywhere in the window.
  let cur = new Float64Array(n + 1);
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    const c = ctx.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const sub = prev[j - 1] + (c === window.charCodeAt(j - 1) ? 0 : 1);
      cur[j] = Math.min(sub, prev[j] + 1, cur[j - 1] + 1);
    }
    [prev, cur] = [cur, prev];
  }
  let best = Infinity;
  for (let j = n; j >= 0 && n - j <= MAX_GAP; j--) best = Math.min(best, prev[j] + GAP_COST * (n - j));
  return Math.max(0, 1 - best / m);
}

const reverse = (s: string): string => s.split('').reverse().join('');

/** Each side's agreement with the stored prefix and suffix for a candidate at folded [c, c+len). */
function sideScores(folded: string, c: number, len: number, prefix: string, suffix: string, rawPrefixLen: number, rawSuffixLen: number): [number, number] {
  // A stored context shorter than usual means the quote sat at the start (or end) of the
  // text; the window then reaches as far as a full context would, so that elsewhere the
  // surplus text counts against the match.
  const pw = (rawPrefixLen < CONTEXT_CHARS - 1 ? CONTEXT_CHARS : prefix.length) + MAX_GAP;
  const sw = (rawSuffixLen < CONTEXT_CHARS - 1 ? CONTEXT_CHARS : suffix.length) + MAX_GAP;
  const before = folded.slice(Math.max(0, c - pw), c);
  const after = folded.slice(c + len, c + len + sw);
  const atEdge = (ctx: string, win: string, rawLen: number): number | undefined =>
    rawLen < CONTEXT_CHARS - 1 ? (win.length <= ctx.length ? (win === ctx ? 1 : similarity(ctx, win)) : undefined) : undefined;
  const ps = atEdge(prefix, before, rawPrefixLen) ?? contextSimilarity(prefix, before);
  const ss = atEdge(suffix, after, rawSuffixLen) ?? contextSimilarity(reverse(suffix), reverse(after));
  return [ps, ss];
}

/** Overall context agreement: the mean of the two sides. */
function contextScore(folded: string, c: number, len: number, prefix: string, suffix: string, rawPrefixLen: number, rawSuffixLen: number): number {
  const [ps, ss] = sideScores(folded, c, len, prefix, suffix, rawPrefixLen, rawSuffixLen);
  return (ps + ss) / 2;
}

/**
 * Finds where `target` belongs in `text`: unchanged when the text's hash is the one the
 * target was anchored to; otherwise among the exact occurrences of the quote (line endings
 * folded), the one whose surrounding text best matches the stored prefix and suffix, if it
 * clears `requiredScore` and is clearly better than any other. A quote that no longer occurs
 * verbatim is an orphan: attaching to a rewritten passage would put the reader's words on
 * something they did not read.
 */
export function reattach(text: string, target: TextTarget, opts: { storedHash?: string; currentHash?: string } = {}): AnchorResult {
  const { exact, prefix, suffix, start, end } = target;
  if (exact.length === 0) return { status: 'orphan', reason: 'empty-quote', score: 0 };
  if (opts.storedHash && opts.storedHash === opts.currentHash && text.slice(start, end) === exact) {
    return { status: 'attached', start, end, score: 1, how: 'unchanged' };
  }
  const f = fold(text);
  const q = foldString(exact);
  const p = foldString(prefix);
  const s = foldString(suffix);
  const toRaw = (i: number): number => (f.raw ? f.raw[i] : i);
  const candidates: { at: number; score: number }[] = [];
  for (let i = f.text.indexOf(q); i !== -1; i = f.text.indexOf(q, i + 1)) {
    candidates.push({ at: i, score: contextScore(f.text, i, q.length, p, s, prefix.length, suffix.length) });
  }
  if (candidates.length === 0) return { status: 'orphan', reason: 'quote-missing', score: 0 };
  candidates.sort((a, b) => b.score - a.score);
  const need = requiredScore(q.length);
  const best = candidates[0];
  if (best.score < need) return { status: 'orphan', reason: 'context-mismatch', score: best.score };
  // A rival below the threshold still counts: when the best is only a little better than
  // another occurrence (a pasted copy with its context), the context cannot tell them apart.
  if (candidates.length > 1 && best.score - candidates[1].score < AMBIGUITY_MARGIN) return { status: 'orphan', reason: 'ambiguous', score: best.score };
  const chosen = best;
  return { status: 'attached', start: toRaw(chosen.at), end: toRaw(chosen.at + q.length), score: chosen.score, how: 'search' };
}
