// Learned recognizer: CoNLL exact-span P/R/F1 on ../shared/eval/conll2003/dev.txt (overall and per
// type), and entity F1 on the labelled articles (distinct surface string + type per file, names only).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { entitiesOf, parseConll, SpanScorer, type PRF } from '../../src/core/ner/conll';
import { spanConfidence } from '../../src/core/ner/recognizer';
import { tagDocument } from '../../src/core/ner/tagger';
import { createLearnedRecognizer, loadShippedModel } from '../../src/core/ner';
import { loadLabelled, ROOT } from '../../test/support/labels';

const NAME_TYPES = new Set(['person', 'organization', 'place']);

export function run(): void {
  conllDev();
  labelledArticles();
}

function pct(x: number): string {
  return (x * 100).toFixed(2).padStart(6);
}

function line(label: string, v: PRF): string {
  return `  ${label.padEnd(8)} P ${pct(v.precision)}  R ${pct(v.recall)}  F1 ${pct(v.f1)}  (gold ${v.gold}, predicted ${v.predicted})`;
}

function conllDev(): void {
  const file = join(resolve(ROOT, '..', 'shared', 'eval', 'conll2003'), 'dev.txt');
  if (!existsSync(file)) { console.log(`(skipped: ${file} not found)`); return; }
  const model = loadShippedModel();
  const scorer = new SpanScorer();
  // Calibration: precision of predicted names by confidence band.
  const bands = [0.9, 0.7, 0.5, 0].map((min) => ({ min, predicted: 0, correct: 0 }));
  for (const d of parseConll(readFileSync(file, 'utf8'))) {
    const { tags, confidence } = tagDocument(model, d.forms, d.sentences);
    for (let s = 0; s + 1 < d.sentences.length; s++) {
      const from = d.sentences[s], to = d.sentences[s + 1];
      scorer.add(d.tags, tags, from, to);
      const gold = new Set(entitiesOf(d.tags, from, to).map((e) => `${e.start}:${e.end}:${e.label}`));
      for (const e of entitiesOf(tags, from, to)) {
        const band = bands.find((b) => spanConfidence(confidence, e.start, e.end, to) >= b.min)!;
        band.predicted++;
        if (gold.has(`${e.start}:${e.end}:${e.label}`)) band.correct++;
      }
    }
  }
  const r = scorer.result();
  console.log('CoNLL-2003 dev (exact span and type):');
  for (const label of ['PER', 'ORG', 'LOC', 'MISC']) if (r[label]) console.log(line(label, r[label]));
  console.log(line('overall', r.overall));
  console.log('  precision by confidence: ' + bands.map((b) => `≥${b.min}: ${pct(b.predicted ? b.correct / b.predicted : 0).trim()}% of ${b.predicted}`).join(', '));
}

/** Names only: the labelled sets list person/organization/place (misc is not labelled). */
function labelledArticles(): void {
  const recognizer = createLearnedRecognizer();
  for (const set of ['seeds', 'dev'] as const) {
    let gold = 0, predicted = 0, correct = 0;
    for (const f of loadLabelled(set)) {
      const g = new Set(f.entities.filter((e) => NAME_TYPES.has(e.type)).map((e) => `${e.type}\t${e.text}`));
      const p = new Set(recognizer.recognize(f.text).filter((n) => NAME_TYPES.has(n.type)).map((n) => `${n.type}\t${f.text.slice(n.start, n.end)}`));
      gold += g.size; predicted += p.size;
      for (const k of p) if (g.has(k)) correct++;
    }
    const precision = predicted ? correct / predicted : 0, recall = gold ? correct / gold : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    console.log(`labelled ${set} (learned recognizer alone, names): ${line('', { precision, recall, f1, gold, predicted, correct }).trim()}`);
  }
}
