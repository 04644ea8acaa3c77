// `npm run profile [-- --passes N] [-- --what analysis|entities|rules|linking|ner]`: CPU profile of the full analysis
// over bbc-dev, summarised by function (self and inclusive share). The raw profile lands in
// bench/profile.cpuprofile for Chrome DevTools or speedscope. `--summarise FILE` prints the table of any
// .cpuprofile (e.g. one written by `node --cpu-prof`). `--fingerprint` prints SHA-256 digests of the
// analysis (mentions, findings, topics) of bbc-dev, the seeds and the labelled dev articles, and the
// CPU time of one pass: a speed change must leave the digests as they were. `--stages [names]` times
// each stage of the analysis alone over bbc-dev, its inputs computed beforehand (best CPU-ms of
// `--passes` runs, default 7): what a change to one component is measured by.
import { Session } from 'node:inspector';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

import { analyzeDocument } from '../src/core/analysis';
import { segmentArticles } from '../src/core/articles/segment';
import { recognizeEntities } from '../src/core/entities/recognize';
import { KnowledgeBase } from '../src/core/kb/knowledgeBase';
import { recognizeNamesByRules } from '../src/core/entities/rules/recognizer';
import { linkNames } from '../src/core/entities/linking';
import { createLearnedRecognizer } from '../src/core/ner';
import { learnedFocus, combineNameSpans } from '../src/core/entities/combine';
import { extractDates } from '../src/core/entities/dates';
import { extractQuantities } from '../src/core/entities/quantities';
import { checkArticle } from '../src/core/claims/check';
import { classifyTopics } from '../src/core/topics/classify';
import { tokenize as nerTokenize } from '../src/core/ner/tokenize';

const learned = createLearnedRecognizer();
import { loadBbcDev, loadSeeds, ROOT, SHARED_EVAL } from './bench/util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
  hitCount?: number;
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res as T))));
}

/** Self and inclusive sample counts per function (recursion counted once per stack). */
function summarise(nodes: ProfileNode[]): { name: string; self: number; total: number }[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (n: ProfileNode) => {
    const file = n.callFrame.url.replace(/^.*\/(src|scripts|node_modules)\//, '$1/');
    return `${n.callFrame.functionName || '(anonymous)'} ${file}:${n.callFrame.lineNumber + 1}`;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (const n of nodes) {
    const hits = n.hitCount ?? 0;
    if (!hits) continue;
    self.set(key(n), (self.get(key(n)) ?? 0) + hits);
    const seen = new Set<string>();
    for (let id: number | undefined = n.id; id !== undefined; id = parent.get(id)) {
      const k = key(byId.get(id)!);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + hits);
    }
  }
  return [...total.entries()].map(([name, t]) => ({ name, self: self.get(name) ?? 0, total: t }));
}

/** What can be profiled: each a function of one document's text. */
const WORK: Record<string, (kb: KnowledgeBase) => (text: string) => unknown> = {
  analysis: (kb) => (t) => analyzeDocument(t, { kb }),
  entities: (kb) => (t) => segmentArticles(t).map((a) => recognizeEntities(t, a, kb)),
  rules: () => (t) => segmentArticles(t).map((a) => recognizeNamesByRules(t, a)),
  linking: () => (t) => segmentArticles(t).map((a) => linkNames(t, recognizeNamesByRules(t, a), a)),
  ner: () => (t) => segmentArticles(t).map((a) => learned.recognize(t, a)),
};

function printTop(profile: { nodes: ProfileNode[] }): void {
  const rows = summarise(profile.nodes);
  const all = rows.reduce((n, r) => n + r.self, 0);
  const pct = (n: number) => ((100 * n) / all).toFixed(1).padStart(5);
  console.log(' total%  self%  function');
  for (const r of rows.filter((r) => !r.name.startsWith('(')).sort((a, b) => b.total - a.total).slice(0, Number(arg('top', '45'))))
    console.log(`${pct(r.total)}  ${pct(r.self)}  ${r.name}`);
}

/** Digests of everything the analysis finds, per part, and the best CPU time of three passes. */
function fingerprint(): void {
  const kb = KnowledgeBase.loadDefault();
  const devDir = join(SHARED_EVAL, 'dev', 'articles');
  const texts = [...loadBbcDev(), ...loadSeeds(), ...readdirSync(devDir).sort().map((f) => readFileSync(join(devDir, f), 'utf8'))];
  const parts = { articles: createHash('sha256'), mentions: createHash('sha256'), findings: createHash('sha256'), topics: createHash('sha256') };
  for (const t of texts) {
    for (const a of analyzeDocument(t, { kb }).articles) {
      parts.articles.update(JSON.stringify(a.article));
      parts.mentions.update(JSON.stringify(a.mentions));
      parts.findings.update(JSON.stringify(a.findings));
      parts.topics.update(JSON.stringify(a.topics));
    }
  }
  for (const [name, h] of Object.entries(parts)) console.log(`${name.padEnd(9)} ${h.digest('hex').slice(0, 16)}`);
  const bbc = loadBbcDev();
  const bytes = bbc.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
  let best = Infinity;
  for (let r = 0; r < 3; r++) {
    const c0 = process.cpuUsage();
    for (const t of bbc) analyzeDocument(t, { kb });
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1000);
  }
  console.log(`bbc-dev full analysis: ${best.toFixed(0)} CPU-ms per pass (${(bytes / 1e6 / (best / 1000)).toFixed(2)} MB per CPU-s)`);
}

/**
 * CPU-ms of each stage of the analysis over bbc-dev, each stage run alone on inputs computed
 * beforehand (the best of `passes` runs; stages alternate, so a change in load hits them alike).
 */
function stages(only: readonly string[], passes: number): void {
  const kb = KnowledgeBase.loadDefault();
  const texts = loadBbcDev();
  const items = texts.flatMap((text) =>
    segmentArticles(text).map((article) => {
      const region = { start: article.start, end: article.end };
      const titles = [article.headlineSpan, ...article.subheadings, ...article.meta, ...article.chrome];
      const rules = recognizeNamesByRules(text, region);
      const focus = learnedFocus(text, region, rules, titles);
      const learnedNames = focus.length ? learned.recognize(text, region, focus) : [];
      const names = combineNameSpans(text, rules, learnedNames, titles);
      return { text, article, region, titles, rules, focus, learnedNames, names, mentions: recognizeEntities(text, article, kb) };
    }),
  );
  const all: Record<string, () => void> = {
    segment: () => { for (const t of texts) segmentArticles(t); },
    rules: () => { for (const x of items) recognizeNamesByRules(x.text, x.region); },
    focus: () => { for (const x of items) learnedFocus(x.text, x.region, x.rules, x.titles); },
    'ner-tokenize': () => { for (const x of items) nerTokenize(x.text, x.region); },
    learned: () => { for (const x of items) if (x.focus.length) learned.recognize(x.text, x.region, x.focus); },
    combine: () => { for (const x of items) combineNameSpans(x.text, x.rules, x.learnedNames, x.titles); },
    linking: () => { for (const x of items) linkNames(x.text, x.names, x.region); },
    dates: () => { for (const x of items) extractDates(x.text, x.region, x.article.published); },
    quantities: () => { for (const x of items) extractQuantities(x.text, x.region); },
    entities: () => { for (const x of items) recognizeEntities(x.text, x.article, kb); },
    claims: () => { for (const x of items) checkArticle({ text: x.text, article: x.article, mentions: x.mentions, kb }); },
    topics: () => { for (const x of items) classifyTopics(x.article.headline, x.text.slice(x.article.bodyStart, x.article.end)); },
    analysis: () => { for (const t of texts) analyzeDocument(t, { kb }); },
  };
  const chosen = only.length ? only : Object.keys(all);
  for (const name of chosen) if (!all[name]) throw new Error(`--stages ${name}: one of ${Object.keys(all).join(', ')}`);
  const best = new Map<string, number>();
  for (let p = 0; p < passes; p++) {
    for (const name of chosen) {
      const c0 = process.cpuUsage();
      all[name]();
      const c = process.cpuUsage(c0);
      best.set(name, Math.min(best.get(name) ?? Infinity, (c.user + c.system) / 1000));
    }
  }
  console.log('CPU-ms per bbc-dev pass, best of', passes, '(entities = rules … linking + dates + quantities; analysis = everything)');
  for (const [name, ms] of best) console.log(`${name.padEnd(13)} ${ms.toFixed(1).padStart(7)}`);
}

async function main(): Promise<void> {
  if (process.argv.includes('--fingerprint')) return fingerprint();
  const stagesAt = process.argv.indexOf('--stages');
  if (stagesAt >= 0) {
    // The stage names are the words after --stages, up to the next flag.
    const rest = process.argv.slice(stagesAt + 1);
    const next = rest.findIndex((a) => a.startsWith('--'));
    return stages(next === -1 ? rest : rest.slice(0, next), Number(arg('passes', '7')));
  }
  const file = arg('summarise', '');
  if (file) return printTop(JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[] });
  const passes = Number(arg('passes', '6'));
  const what = arg('what', 'analysis');
  const kb = KnowledgeBase.loadDefault();
  const texts = loadBbcDev();
  const work = WORK[what]?.(kb);
  if (!work) throw new Error(`--what ${what}: one of ${Object.keys(WORK).join(', ')}`);
  for (const t of texts) work(t); // warm-up: compile before sampling

  const session = new Session();
  session.connect();
  await post(session, 'Profiler.enable');
  await post(session, 'Profiler.setSamplingInterval', { interval: 100 });
  await post(session, 'Profiler.start');
  const t0 = performance.now();
  for (let p = 0; p < passes; p++) for (const t of texts) work(t);
  const ms = performance.now() - t0;
  const { profile } = await post<{ profile: { nodes: ProfileNode[] } }>(session, 'Profiler.stop');
  session.disconnect();

  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'profile.cpuprofile'), JSON.stringify(profile));
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0) * passes;
  console.log(`${what}: ${passes} passes over bbc-dev in ${ms.toFixed(0)} ms (${(bytes / 1e6 / (ms / 1000)).toFixed(2)} MB/s, profiler on)`);
  printTop(profile);
}

void main();
