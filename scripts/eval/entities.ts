import { segmentArticles } from '../../src/core/articles/segment';
import { defaultNameRecognizers, recognizeEntities } from '../../src/core/entities/recognize';
import { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import type { Mention, NameSpan, Span } from '../../src/core/types';
import { combineNameSpans } from '../../src/core/entities/combine';
import { createLearnedRecognizer } from '../../src/core/ner';
import { loadLabelled, ROOT, type LabelledFile } from '../../test/support/labels';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { entitiesOf, parseConll } from '../../src/core/ner/conll';
import { recognizeNamesByRules } from '../../src/core/entities/rules/recognizer';
import { linkNames } from '../../src/core/entities/linking';

/** Scored entity types: labels have no `misc`, so misc mentions are treated as not emitted. */
const TYPES = ['person', 'organization', 'place', 'date', 'quantity'] as const;
const NAME_TYPES = new Set(['person', 'organization', 'place']);

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function occurrences(text: string, needle: string): Span[] {
  const out: Span[] = [];
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) out.push({ start: i, end: i + needle.length });
  return out;
}

/** Mentions of a file, every article, with the given knowledge base. */
export function fileMentions(f: LabelledFile, kb: KnowledgeBase, rulesOnly = false): Mention[] {
  return segmentArticles(f.text).flatMap((a) => recognizeEntities(f.text, a, kb, rulesOnly ? defaultNameRecognizers : undefined));
}

/**
 * Scores one file: names by distinct surface string + type; dates and quantities by overlap
 * (a predicted string matches a gold string of the same type when some occurrences overlap).
 */
export function scoreFile(f: LabelledFile, mentions: readonly Mention[], counts: Map<string, Counts>, misses?: string[]): void {
  const gold = new Map<string, { text: string; type: string }>();
  for (const e of f.entities) gold.set(`${e.type}\t${e.text}`, e);
  const pred = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (m.type === 'misc') continue;
    const key = `${m.type}\t${m.text}`;
    pred.set(key, [...(pred.get(key) ?? []), m]);
  }
  const c = (t: string) => {
    if (!counts.has(t)) counts.set(t, { tp: 0, fp: 0, fn: 0 });
    return counts.get(t)!;
  };
  const goldOcc = new Map<string, Span[]>();
  for (const [k, g] of gold) goldOcc.set(k, occurrences(f.text, g.text));
  const overlapMatch = (type: string, spans: readonly Span[]) =>
    [...gold.entries()].filter(([k, g]) => g.type === type && (goldOcc.get(k) ?? []).some((o) => spans.some((s) => s.start < o.end && o.start < s.end))).map(([k]) => k);
  const goldHit = new Set<string>();
  for (const [key, ms] of pred) {
    const [type, text] = key.split('\t');
    const hits = NAME_TYPES.has(type) ? (gold.has(key) ? [key] : []) : overlapMatch(type, ms);
    if (hits.length) {
      c(type).tp++;
      hits.forEach((h) => goldHit.add(h));
    } else {
      c(type).fp++;
      misses?.push(`  FP ${type.padEnd(12)} ${text}   (${f.file})`);
    }
  }
  for (const [key, g] of gold) {
    if (goldHit.has(key)) continue;
    // A gold item matched only through another gold item of the same type still counts once as found.
    c(g.type).fn++;
    misses?.push(`  FN ${g.type.padEnd(12)} ${g.text}   (${f.file})`);
  }
}

function prf(c: Counts): string {
  const p = c.tp / (c.tp + c.fp || 1);
  const r = c.tp / (c.tp + c.fn || 1);
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return `P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}`;
}

function sum(counts: Map<string, Counts>, types: readonly string[]): Counts {
  const out = { tp: 0, fp: 0, fn: 0 };
  for (const t of types) {
    const c = counts.get(t);
    if (c) (out.tp += c.tp), (out.fp += c.fp), (out.fn += c.fn);
  }
  return out;
}

/** Entity P/R/F1 on the seeds and dev labels, with and without the default knowledge base. */
export function run(): void {
  const verbose = process.env.BYLINE_EVAL_VERBOSE === '1';
  const kbs: [string, KnowledgeBase][] = [
    ['no KB', new KnowledgeBase()],
    ['default KB', KnowledgeBase.loadDefault()],
  ];
  for (const [system, rulesOnly] of [['combined (rules + learned model)', false], ['rules only', true]] as const) {
    console.log(`${system}:`);
    for (const set of ['seeds', 'dev'] as const) {
      for (const [kbName, kb] of kbs) {
        const counts = new Map<string, Counts>();
        const misses: string[] = [];
        for (const f of loadLabelled(set)) scoreFile(f, fileMentions(f, kb, rulesOnly), counts, misses);
        console.log(`  ${set.padEnd(5)} ${kbName.padEnd(10)}  all   ${prf(sum(counts, TYPES))}   names ${prf(sum(counts, ['person', 'organization', 'place']))}`);
        console.log('     ' + TYPES.map((t) => `${t} ${prf(counts.get(t) ?? { tp: 0, fp: 0, fn: 0 }).replace(/P .* F1 /, 'F1 ')}`).join('  '));
        if (verbose) console.log(misses.join('\n'));
      }
    }
  }
  conllDev();
}

const CONLL_TYPE: Record<string, string> = { person: 'PER', organization: 'ORG', place: 'LOC', misc: 'MISC' };

/**
 * The rule-based recognizer on CoNLL-2003 dev (text never used to write the rules; Reuters 1996,
 * tokens joined by spaces, one sentence a line), exact span and type, PER/ORG/LOC. MISC is left
 * out: our `misc` is a catch-all for candidates, not CoNLL's MISC.
 */
function conllDev(): void {
  // BYLINE_CONLL_SPLIT=train.txt checks a rule change on text it was not chosen on (the model has seen train, though).
  const file = join(resolve(ROOT, '..', 'shared', 'eval', 'conll2003'), process.env.BYLINE_CONLL_SPLIT ?? 'dev.txt');
  if (!existsSync(file)) return;
  const learned = createLearnedRecognizer();
  const systems: [string, (text: string) => NameSpan[]][] = [
    ['rules alone', (text) => recognizeNamesByRules(text)],
    ['combined', (text) => combineNameSpans(text, recognizeNamesByRules(text), learned.recognize(text))],
  ];
  for (const [system, names] of systems) conllDevWith(file, system, names);
}

function conllDevWith(file: string, system: string, names: (text: string) => NameSpan[]): void {
  const per = new Map<string, { tp: number; fp: number; fn: number }>();
  const c = (l: string) => per.get(l) ?? (per.set(l, { tp: 0, fp: 0, fn: 0 }), per.get(l)!);
  for (const d of parseConll(readFileSync(file, 'utf8'))) {
    const starts: number[] = [];
    const ends: number[] = [];
    let text = '';
    for (let s = 0; s + 1 < d.sentences.length; s++) {
      for (let i = d.sentences[s]; i < d.sentences[s + 1]; i++) {
        if (i > d.sentences[s]) text += ' ';
        starts.push(text.length);
        text += d.forms[i];
        ends.push(text.length);
      }
      text += '\n';
    }
    const tokAt = new Map(starts.map((o, i) => [o, i]));
    const tokEnd = new Map(ends.map((o, i) => [o, i + 1]));
    const gold = new Set(entitiesOf(d.tags).filter((e) => e.label !== 'MISC').map((e) => `${e.start}:${e.end}:${e.label}`));
    const pred = new Set<string>();
    for (const n of linkNames(text, names(text))) {
      const label = CONLL_TYPE[n.type];
      const a = tokAt.get(n.start);
      const b = tokEnd.get(n.end);
      if (label === 'MISC') continue;
      pred.add(a === undefined || b === undefined ? `x${n.start}:${n.end}:${label}` : `${a}:${b}:${label}`);
    }
    for (const k of pred) {
      const label = k.split(':')[2];
      if (gold.has(k)) c(label).tp++;
      else c(label).fp++;
    }
    for (const k of gold) if (!pred.has(k)) c(k.split(':')[2]).fn++;
  }
  const all = { tp: 0, fp: 0, fn: 0 };
  const parts: string[] = [];
  for (const l of ['PER', 'ORG', 'LOC']) {
    const v = c(l);
    (all.tp += v.tp), (all.fp += v.fp), (all.fn += v.fn);
    parts.push(`${l} ${prf(v).replace(/P .* F1 /, 'F1 ')}`);
  }
  console.log(`conll ${basename(file, '.txt')}, ${system} (PER/ORG/LOC, exact span)  ${prf(all)}   ${parts.join('  ')}`);
}
