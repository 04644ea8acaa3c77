import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { anchorAll } from '../../../src/core/annotations/anchorAll';
import { contentHashOf, targetAt, type Annotation, type AnnotationKind } from '../../../src/core/annotations/model';
import { loadSidecar, saveSidecar } from '../../../src/core/annotations/nodeFs';
import { moveSpanThrough, type TextChange, type TrackedSpan } from '../../../src/core/annotations/track';
import { seededRandom } from '../../../src/core/text/random';

/**
 * Seeded fuzz of anchoring. Each sequence takes an article, places annotations, saves them to a
 * sidecar, applies random edits (insertions, deletions, replacements, paragraph moves, and
 * sometimes a CRLF conversion), reloads the sidecar and re-attaches every annotation.
 *
 * Ground truth does not use the code under test: every character carries the offset it had in
 * the original text (typed characters carry -1, the `\r` a CRLF conversion adds carries -2
 * and is ignored, a pasted copy of article text carries COPY + the offset it was copied from). A quoted passage "still exists" when its original characters s..e-1 are all
 * still in the text, in order, with nothing but ignorable `\r` between them — i.e. it survived
 * unmodified as one contiguous run (a paragraph move carries it along). Otherwise it was destroyed.
 */

export interface FuzzFigures {
  sequences: number;
  annotations: number;
  /** Passage still exists and the annotation re-attached exactly on it. */
  survived: number;
  /** Passage destroyed and the annotation became an orphan. */
  orphaned: number;
  /** Attached somewhere other than where its passage is (or attached though its passage is gone). */
  wrong: number;
  /**
   * Passage destroyed, but a copy of it exists — pasted, or re-created verbatim with all its stored
   * context — and the annotation followed it (as it follows a cut and paste).
   */
  followedCopy: number;
  /** Passage still exists but the annotation became an orphan (safe, but a loss). */
  missed: number;
  /** Live tracking (moveSpan over the change events) kept untouched spans exactly on their passage. */
  trackedExact: number;
  trackedTotal: number;
  examplesWrong: string[];
}

export const rng = seededRandom;

const WORDS = ['the', 'minister', 'said', 'on', 'Monday', 'police', 'report', 'of', 'and', 'in', 'a', 'people', 'government', 'officials', 'killed', 'according', 'to', 'sources', '12', 'percent', 'city', 'new', 'was', 'were'];
const EMOJI = ['😀', '🇵🇰', '𝔘', '👩‍👩‍👧', '🙂'];

const COPY = 1 << 24;

interface Doc {
  text: string;
  /** Original offset of each UTF-16 unit; -1 inserted, -2 an ignorable inserted `\r`. */
  origin: number[];
}

function edit(doc: Doc, at: number, len: number, text: string, origins?: number[]): TextChange {
  doc.text = doc.text.slice(0, at) + text + doc.text.slice(at + len);
  doc.origin.splice(at, len, ...(origins ?? new Array<number>(text.length).fill(-1)));
  return { rangeOffset: at, rangeLength: len, text };
}

/** Snaps an offset off the middle of a surrogate pair (editors never split one). */
function snap(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff && i > 0 ? i - 1 : i;
}

function randomText(r: () => number, doc: Doc): { text: string; origins?: number[] } {
  const source = doc.text;
  const roll = r();
  if (roll < 0.25 && source.length > 20) {
    // A copy of a piece of the article: makes look-alike passages the anchor must not take.
    const s = snap(source, Math.floor(r() * (source.length - 10)));
    const e = snap(source, Math.min(source.length, s + 5 + Math.floor(r() * 120)));
    const origins = doc.origin.slice(s, e).map((o) => (o >= COPY ? o : o >= 0 ? COPY + o : o));
    return { text: source.slice(s, e), origins };
  }
  if (roll < 0.35) return { text: EMOJI[Math.floor(r() * EMOJI.length)] };
  const n = 1 + Math.floor(r() * 8);
  const words = Array.from({ length: n }, () => WORDS[Math.floor(r() * WORDS.length)]);
  return { text: (r() < 0.2 ? '\n' : ' ') + words.join(' ') + (r() < 0.3 ? '.\n\n' : ' ') };
}

/** One random edit; returns the change events it amounts to (a move is a cut and a paste). */
function randomEdit(r: () => number, doc: Doc): TextChange[] {
  const { text } = doc;
  const roll = r();
  const pos = () => snap(text, Math.floor(r() * (text.length + 1)));
  if (roll < 0.3) {
    const t = randomText(r, doc);
    return [edit(doc, pos(), 0, t.text, t.origins)];
  }
  if (roll < 0.55) {
    const s = pos();
    const e = snap(text, Math.min(text.length, s + 1 + Math.floor(r() * (r() < 0.8 ? 30 : 300))));
    return [edit(doc, s, e - s, '')];
  }
  if (roll < 0.8) {
    const s = pos();
    const e = snap(text, Math.min(text.length, s + 1 + Math.floor(r() * 40)));
    const t = randomText(r, doc);
    return [edit(doc, s, e - s, t.text, t.origins)];
  }
  // Paragraph move: cut a block between blank lines and paste it at another paragraph start.
  const starts = [0];
  for (let i = text.indexOf('\n\n'); i !== -1; i = text.indexOf('\n\n', i + 1)) starts.push(i + 2);
  if (starts.length < 3) return [];
  const k = Math.floor(r() * (starts.length - 1));
  const [s, e] = [starts[k], starts[k + 1]];
  const block = text.slice(s, e);
  const blockOrigin = doc.origin.slice(s, e);
  const cut = edit(doc, s, e - s, '');
  const targets = [0];
  for (let i = doc.text.indexOf('\n\n'); i !== -1; i = doc.text.indexOf('\n\n', i + 1)) targets.push(i + 2);
  const to = targets[Math.floor(r() * targets.length)];
  return [cut, edit(doc, to, 0, block, blockOrigin)];
}

function toCrlf(doc: Doc): TextChange[] {
  // Applied from the end so each change's offsets stay valid, as VS Code orders them.
  const changes: TextChange[] = [];
  for (let i = doc.text.lastIndexOf('\n'); i !== -1; i = i > 0 ? doc.text.lastIndexOf('\n', i - 1) : -1) {
    if (i > 0 && doc.text[i - 1] === '\r') continue;
    changes.push(edit(doc, i, 0, '\r', [-2]));
  }
  return changes;
}

/** Picks annotation spans: single words (often repeated ones), phrases, sentences, line-crossing spans. */
function pickSpans(r: () => number, text: string, count: number): [number, number][] {
  const words: [number, number][] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)) words.push([m.index!, m.index! + m[0].length]);
  const out: [number, number][] = [];
  if (words.length < 10) return out;
  for (let k = 0; k < count; k++) {
    const i = Math.floor(r() * (words.length - 8));
    const roll = r();
    const n = roll < 0.35 ? 1 : roll < 0.75 ? 2 + Math.floor(r() * 5) : 8 + Math.floor(r() * 25);
    const j = Math.min(words.length - 1, i + n - 1);
    out.push([words[i][0], words[j][1]]);
  }
  return out;
}

const KINDS: AnnotationKind[] = ['note', 'tag', 'verdict', 'actor-link', 'triage'];

/** Where the original passage [s, e) is now, or undefined when it did not survive as a contiguous run. */
function truth(doc: Doc, s: number, e: number, posOf: Map<number, number>): [number, number] | undefined {
  const p = posOf.get(s);
  if (p === undefined) return undefined;
  return runAt(doc, p, s, e);
}

/** The [p, end) run when the characters from p on carry origins s..e-1 (or copies of them, when `copy`). */
function runAt(doc: Doc, p: number, s: number, e: number, copy = false): [number, number] | undefined {
  let want = s;
  let i = p;
  for (; i < doc.origin.length && want < e; i++) {
    const o = doc.origin[i];
    if (o === -2) continue;
    if (o !== want && !(copy && o === COPY + want)) return undefined;
    want++;
  }
  return want === e ? [p, i] : undefined;
}

/** Runs `sequences` seeded sequences over the given article texts and returns the figures. */
export function runFuzz(texts: readonly string[], sequences = 1000, seed = 7): FuzzFigures {
  const fig: FuzzFigures = { sequences, annotations: 0, survived: 0, orphaned: 0, wrong: 0, followedCopy: 0, missed: 0, trackedExact: 0, trackedTotal: 0, examplesWrong: [] };
  const dir = mkdtempSync(join(tmpdir(), 'byline-fuzz-'));
  try {
    for (let n = 0; n < sequences; n++) {
      const r = rng(seed * 100003 + n);
      let base = texts[n % texts.length];
      if (r() < 0.25) {
        // Astral characters before and inside annotated passages.
        const doc: Doc = { text: base, origin: [] };
        for (let k = 0; k < 6; k++) {
          const at = snap(doc.text, Math.floor(r() * doc.text.length));
          doc.text = doc.text.slice(0, at) + EMOJI[k % EMOJI.length] + doc.text.slice(at);
        }
        base = doc.text;
      }
      const hash = contentHashOf(base);
      const created = '2026-11-23T10:00:00.000Z';
      const annotations: Annotation[] = pickSpans(r, base, 12).map(([s, e], k) => ({
        id: `f${n}-${k}`, kind: KINDS[k % KINDS.length], author: 'fuzz', created, modified: created, body: `body ${k}`,
        target: targetAt(base, s, e), contentHash: hash,
      }));
      const sidecar = join(dir, `seq${n % 16}.yaml`);
      saveSidecar(sidecar, annotations);
      const doc: Doc = { text: base, origin: Array.from({ length: base.length }, (_v, i) => i) };
      let tracked: TrackedSpan[] = annotations.map((a) => ({ start: a.target.start, end: a.target.end, touched: false }));
      const edits = 1 + Math.floor(r() * 8);
      for (let k = 0; k < edits; k++) {
        const changes = r() < 0.04 ? toCrlf(doc) : randomEdit(r, doc);
        tracked = tracked.map((t) => moveSpanThrough(t, changes));
      }
      const posOf = new Map<number, number>();
      doc.origin.forEach((o, i) => { if (o >= 0) posOf.set(o, i); });
      const reloaded = loadSidecar(sidecar).annotations;
      const byId = new Map(reloaded.map((a) => [a.id, a]));
      const placed = anchorAll(doc.text, annotations.map((a) => byId.get(a.id)!));
      placed.forEach(({ annotation, result }, k) => {
        fig.annotations++;
        const want = truth(doc, annotation.target.start, annotation.target.end, posOf);
        const t = tracked[k];
        if (want && !t.touched) {
          fig.trackedTotal++;
          if (t.start === want[0] && t.end === want[1]) fig.trackedExact++;
        }
        if (want && result.status === 'attached' && result.start === want[0] && result.end === want[1]) fig.survived++;
        else if (want && result.status === 'orphan') fig.missed++;
        else if (!want && result.status === 'orphan') fig.orphaned++;
        else if (!want && result.status === 'attached' && (result.score === 1 || runAt(doc, result.start, annotation.target.start, annotation.target.end, true)?.[1] === result.end)) fig.followedCopy++;
        else {
          fig.wrong++;
          if (fig.examplesWrong.length < 5) {
            const at = result.status === 'attached' ? `${result.start}-${result.end} (score ${result.score.toFixed(2)})` : 'orphan';

            fig.examplesWrong.push(`seq ${n} ${annotation.id} "${annotation.target.exact.slice(0, 40)}" truth ${want ? want.join('-') : 'destroyed'} got ${at}`);
          }
        }
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return fig;
}
