/**
 * CoNLL-2003 reading and the standard exact-span scoring (an entity counts only when both
 * its boundaries and its type match), shared by the trainer, `npm run eval` and the tests.
 */

import { TAGS, tagLabel, isInside } from './model';

/** One `-DOCSTART-` document: tokens, sentence boundaries (as in TokenizedText) and gold tag indices. */
export interface ConllDocument {
  readonly forms: string[];
  readonly sentences: number[];
  readonly tags: Int8Array;
}

const TAG_INDEX = new Map<string, number>(TAGS.map((t, i) => [t, i]));

/** Parses CoNLL text (`token POS chunk tag` per line, blank lines between sentences). */
export function parseConll(text: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let forms: string[] = [];
  let tags: number[] = [];
  let sentences: number[] = [0];
  const closeSentence = (): void => {
    if (forms.length > sentences[sentences.length - 1]) sentences.push(forms.length);
  };
  const closeDocument = (): void => {
    closeSentence();
    if (forms.length > 0) docs.push({ forms, sentences, tags: Int8Array.from(tags) });
    forms = []; tags = []; sentences = [0];
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') { closeSentence(); continue; }
    const cols = line.split(/\s+/);
    if (cols[0] === '-DOCSTART-') { closeDocument(); continue; }
    const tag = TAG_INDEX.get(cols[cols.length - 1]);
    if (tag === undefined) throw new Error(`unknown tag in line: ${line}`);
    forms.push(cols[0]);
    tags.push(tag);
  }
  closeDocument();
  return docs;
}

/** An entity as a token range [start, end) with its label. */
export interface TokenEntity {
  readonly start: number;
  readonly end: number;
  readonly label: string;
}

/** Entities of an IOB2 tag sequence within [from, to) (an orphan `I-X` starts an entity, as conlleval does). */
export function entitiesOf(tags: ArrayLike<number>, from = 0, to = tags.length): TokenEntity[] {
  const out: TokenEntity[] = [];
  let start = -1;
  let label: string | null = null;
  for (let i = from; i <= to; i++) {
    const tag = i < to ? tags[i] : 0;
    const l = tagLabel(tag);
    const continues = l !== null && isInside(tag) && l === label;
    if (label !== null && !continues) { out.push({ start, end: i, label }); label = null; }
    if (l !== null && !continues) { start = i; label = l; }
  }
  return out;
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  correct: number;
}

/** Accumulates exact-span matches overall and per label. */
export class SpanScorer {
  private readonly counts = new Map<string, { gold: number; predicted: number; correct: number }>();

  /** Adds one sentence's (or document's) gold and predicted tags. */
  add(gold: ArrayLike<number>, predicted: ArrayLike<number>, from = 0, to = gold.length): void {
    const g = entitiesOf(gold, from, to);
    const p = entitiesOf(predicted, from, to);
    const goldKeys = new Set(g.map((e) => `${e.start}:${e.end}:${e.label}`));
    for (const e of g) this.bucket(e.label).gold++;
    for (const e of p) {
      const b = this.bucket(e.label);
      b.predicted++;
      if (goldKeys.has(`${e.start}:${e.end}:${e.label}`)) b.correct++;
    }
  }

  private bucket(label: string): { gold: number; predicted: number; correct: number } {
    let b = this.counts.get(label);
    if (!b) { b = { gold: 0, predicted: 0, correct: 0 }; this.counts.set(label, b); }
    return b;
  }

  /** Scores per label (sorted) and `overall`. */
  result(): Record<string, PRF> {
    const out: Record<string, PRF> = {};
    const total = { gold: 0, predicted: 0, correct: 0 };
    for (const label of [...this.counts.keys()].sort()) {
      const b = this.counts.get(label)!;
      out[label] = prf(b);
      total.gold += b.gold; total.predicted += b.predicted; total.correct += b.correct;
    }
    out.overall = prf(total);
    return out;
  }
}

function prf(b: { gold: number; predicted: number; correct: number }): PRF {
  const precision = b.predicted ? b.correct / b.predicted : 0;
  const recall = b.gold ? b.correct / b.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, ...b };
}
