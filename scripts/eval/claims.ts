import { analyzeDocument } from '../../src/core/analysis';
import type { Finding } from '../../src/core/types';
import { RULES } from '../../src/core/claims/rules/index';
import { wordCount } from '../../src/core/claims/text';
import { loadLabelled, type LabelledFile } from '../../test/support/labels';
import { loadBbcDev } from '../bench/util';
import { loadKnowledgeBase } from '../../src/core/kb/load';
import { seededRandom } from '../../src/core/text/random';

// The knowledge base the extension ships with (default actors), as `byline check` uses it.
const KB = loadKnowledgeBase([]).kb;

const overlaps = (f: Finding, start: number, end: number): boolean => f.start < end && start < f.end;

function findingsOf(text: string): Finding[] {
  return analyzeDocument(text, { kb: KB, skipTopics: true }).articles.flatMap((a) => a.findings);
}

/** Recall per rule, clean quotes flagged and findings per 1,000 words on one labelled set. */
function scoreSet(set: 'seeds' | 'dev', files: LabelledFile[], verbose: boolean): void {
  const perRule = new Map<string, { n: number; right: number }>();
  let claims = 0, right = 0, any = 0, kbClaims = 0, kbRight = 0, clean = 0, cleanFlagged = 0, words = 0, total = 0;
  const misses: string[] = [];
  for (const f of files) {
    const findings = findingsOf(f.text);
    words += wordCount(f.text);
    total += findings.length;
    for (const c of f.claims) {
      const at = f.text.indexOf(c.quote);
      if (at === -1) {
        misses.push(`  ${f.file}: quote not found: ${c.quote}`);
        continue;
      }
      const hit = findings.filter((x) => overlaps(x, at, at + c.quote.length));
      const ok = hit.some((x) => x.rule === c.rule);
      const r = perRule.get(c.rule) ?? { n: 0, right: 0 };
      r.n++;
      if (ok) r.right++;
      perRule.set(c.rule, r);
      if (c.requires === 'knowledge-base') {
        kbClaims++;
        if (ok) kbRight++;
        continue;
      }
      claims++;
      if (ok) right++;
      if (hit.length) any++;
      if (!ok) misses.push(`  miss ${c.rule}: ${f.file}: ${c.quote}${hit.length ? `  (got ${hit.map((x) => x.rule).join(', ')})` : ''}`);
    }
    for (const c of f.clean) {
      const at = f.text.indexOf(c.quote);
      if (at === -1) continue;
      clean++;
      const hit = findings.filter((x) => overlaps(x, at, at + c.quote.length));
      if (hit.length) {
        cleanFlagged++;
        misses.push(`  clean flagged ${hit.map((x) => x.rule).join(', ')}: ${f.file}: ${c.quote}`);
      }
    }
  }
  const pct = (a: number, b: number): string => (b ? (a / b).toFixed(2) : '—');
  console.log(`${set.padEnd(5)}  claims ${claims}  recall(right rule) ${pct(right, claims)}  recall(any rule) ${pct(any, claims)}  clean flagged ${cleanFlagged}/${clean}  findings/1k words ${(total / words * 1000).toFixed(2)}  (knowledge-base claims ${kbRight}/${kbClaims})`);
  console.log('       by rule: ' + [...perRule].sort().map(([r, v]) => `${r} ${v.right}/${v.n}`).join('  '));
  if (verbose) for (const m of misses) console.log(m);
}

const rng = seededRandom;

/** Findings per 1,000 words by rule on bbc-dev, and a fixed sample of 20 findings to read. */
function scoreBbc(sampleSize = 20): void {
  const texts = loadBbcDev();
  if (texts.length === 0) {
    console.log('bbc-dev  (not found: ../shared/eval/bbc-dev)');
    return;
  }
  let words = 0;
  const all: { text: string; f: Finding }[] = [];
  for (const t of texts) {
    words += wordCount(t);
    for (const f of findingsOf(t)) all.push({ text: t, f });
  }
  const per = (n: number): string => (n / words * 1000).toFixed(2);
  console.log(`bbc-dev  articles ${texts.length}  words ${words}  findings ${all.length}  per 1k words ${per(all.length)}`);
  console.log('         by rule: ' + RULES.map((r) => `${r.id} ${per(all.filter((x) => x.f.rule === r.id).length)}`).join('  '));
  // BYLINE_EVAL_RULE=<id> lists every bbc-dev finding of one rule, to read for false positives.
  const only = process.env.BYLINE_EVAL_RULE;
  if (only) for (const { text, f } of all.filter((x) => x.f.rule === only)) console.log(`   [${only}] «${text.slice(f.start, f.end)}» …${text.slice(Math.max(0, f.start - 70), f.end + 40).replace(/\s+/g, ' ')}…`);
  const random = rng(20261123);
  const pool = [...all];
  const sample: typeof all = [];
  while (sample.length < sampleSize && pool.length) sample.push(pool.splice(Math.floor(random() * pool.length), 1)[0]);
  console.log(`         sample of ${sample.length} findings:`);
  for (const { text, f } of sample) {
    const s = Math.max(0, f.start - 50);
    const ctx = text.slice(s, f.end + 30).replace(/\s+/g, ' ');
    console.log(`   [${f.rule}] «${text.slice(f.start, f.end)}» …${ctx}…`);
  }
}

/** `npm run eval claims`: recall, clean quotes flagged and noise on the labelled sets; noise on bbc-dev. */
export function run(): void {
  const verbose = process.argv.includes('--verbose') || process.env.BYLINE_EVAL_VERBOSE === '1';
  for (const set of ['seeds', 'dev'] as const) scoreSet(set, loadLabelled(set), verbose);
  scoreBbc();
}
