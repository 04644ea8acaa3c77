// Corpus index: cold index, warm (cached) start and peak memory on a generated 10,000-article corpus.
import { fork } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import * as os from 'node:os';
import { join } from 'node:path';
import { analyzeDocument } from '../../src/core/analysis';
import { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { CorpusIndex, type SerializedCorpus } from '../../src/core/corpus/corpusIndex';
import { syncCorpus, type CorpusFileSource } from '../../src/core/corpus/sync';
import { AnalysisPool, defaultPoolSize } from '../../src/workers/analysisPool';
import { ROOT, fmt } from './util';
import { loadBbc } from '../topics/bbc';
import { seededRandom } from '../../src/core/text/random';

const ARTICLES = Number(process.env.BYLINE_BENCH_ARTICLES ?? 10_000);
const PUBLISHERS = ['The Daily Ledger', 'Harbour Times', 'Northern Courier', 'Global Wire', 'Metro Herald', 'The Observer Post'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const prng = seededRandom;

interface Source {
  readonly topic: string;
  readonly headline: string;
  readonly paragraphs: string[];
}

function sources(): Source[] {
  const out: Source[] = loadBbc().map((e) => ({
    topic: e.topic,
    headline: e.headline,
    paragraphs: e.body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean),
  }));
  // The seeds and dev pages are whole page scrapes: they go in as they are, re-dated.
  for (const dir of [join(ROOT, 'seeds'), join(ROOT, 'test', 'fixtures', 'labelled', 'dev')]) {
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
      const text = readFileSync(join(dir, f), 'utf8');
      const [headline, ...rest] = text.split(/\n\s*\n/);
      out.push({ topic: 'page', headline: headline.trim(), paragraphs: rest.map((p) => p.trim()).filter(Boolean) });
    }
  }
  return out;
}

/** One generated article: a source re-dated, re-attributed, with shuffled and borrowed paragraphs and changed figures. */
function generateArticle(all: Source[], byTopic: Map<string, Source[]>, rand: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const base = pick(all);
  const kin = byTopic.get(base.topic) ?? all;
  const other = pick(kin);
  const body = [...base.paragraphs];
  // Keep the lead, shuffle a little, drop one, borrow one or two from a same-topic article.
  for (let i = body.length - 1; i > 1; i--) if (rand() < 0.3) [body[i], body[i - 1]] = [body[i - 1], body[i]];
  if (body.length > 4 && rand() < 0.5) body.splice(1 + Math.floor(rand() * (body.length - 1)), 1);
  for (let k = 0; k < 1 + Math.floor(rand() * 2); k++) if (other.paragraphs.length) body.push(pick(other.paragraphs));
  const figures = body.map((p) => p.replace(/\d+/g, (d) => String(Math.max(1, Math.round(Number(d) * (0.5 + rand()))))));
  const date = `${MONTHS[Math.floor(rand() * 12)]} ${1 + Math.floor(rand() * 28)}, ${2019 + Math.floor(rand() * 7)}`;
  const prefix = rand() < 0.15 ? pick(['Update: ', 'Analysis: ', 'Explainer: ']) : '';
  return `${prefix}${base.headline}\n\n${date}\nBy ${pick(PUBLISHERS)} staff\n\n${figures.join('\n\n')}\n`;
}

export function generateCorpus(dir: string, count: number): number {
  const all = sources();
  const byTopic = new Map<string, Source[]>();
  for (const s of all) byTopic.set(s.topic, [...(byTopic.get(s.topic) ?? []), s]);
  const rand = prng(20251118);
  let bytes = 0;
  let written = 0;
  for (let folder = 0; written < count; folder++) {
    const sub = join(dir, `batch-${String(folder).padStart(3, '0')}`);
    mkdirSync(sub, { recursive: true });
    for (let i = 0; i < 500 && written < count; i++) {
      // One page in ten carries a related article below the main one, as scraped pages do.
      let text = generateArticle(all, byTopic, rand);
      if (rand() < 0.1 && written + 1 < count) {
        text += '\n\nRelated\n\n' + generateArticle(all, byTopic, rand);
        written++;
      }
      writeFileSync(join(sub, `article-${written}.news`), text);
      bytes += Buffer.byteLength(text);
      written++;
    }
  }
  return bytes;
}

/** A corpus source over a folder of the local disk (what the CLI would use). */
function folderSource(dir: string): CorpusFileSource {
  return {
    async list() {
      const paths: string[] = [];
      for (const sub of readdirSync(dir).filter((n) => n.startsWith('batch-')).sort()) for (const f of readdirSync(join(dir, sub)).sort()) paths.push(join(dir, sub, f));
      return Promise.all(paths.map(async (path) => {
        const s = await stat(path);
        return { path, stamp: { mtime: s.mtimeMs, size: s.size } };
      }));
    },
    read: (path) => readFile(path, 'utf8'),
  };
}

interface PhaseResult {
  readonly ms: number;
  readonly files: number;
  readonly read: number;
  readonly articles: number;
  readonly topics: [string, number][];
  readonly peakRssMB: number;
  readonly heapMB: number;
  /** Threads that analysed files: the worker threads of the pool, or 1 (the main thread). */
  readonly threads: number;
}

/** The bundled worker the extension starts (`node esbuild.mjs --tests` builds dist/ too). */
const WORKER_SCRIPT = join(ROOT, 'dist', 'analysisWorker.js');
/** BYLINE_BENCH_THREADS=1 times the cold index in the main thread only (n > 1: a pool of n workers). */
const THREADS = Number(process.env.BYLINE_BENCH_THREADS ?? defaultPoolSize());

const PHASE_ENV = 'BYLINE_CORPUS_BENCH_PHASE';

/**
 * One phase in a fresh process, as the extension host would see it: `cold` indexes everything and
 * writes the cache, analysing in worker threads as the extension does (one per core, at most 4;
 * their start-up is timed too); `warm` starts from the cache. Peak memory is that process's own
 * maximum RSS, worker threads included.
 */
async function phase(kind: 'cold' | 'warm', dir: string, cachePath: string): Promise<PhaseResult> {
  const kb = KnowledgeBase.loadDefault();
  const index = new CorpusIndex({ engine: 'bench', analyze: (text) => analyzeDocument(text, { kb }) });
  const t0 = performance.now();
  if (kind === 'warm') index.load(JSON.parse(await readFile(cachePath, 'utf8')) as SerializedCorpus);
  const usePool = kind === 'cold' && THREADS > 1;
  if (usePool && !existsSync(WORKER_SCRIPT)) console.log(`  (no ${WORKER_SCRIPT}: cold index in the main thread)`);
  const pool = usePool && existsSync(WORKER_SCRIPT) ? await AnalysisPool.start({ script: WORKER_SCRIPT, size: THREADS, inputs: { actors: kb.actors } }) : undefined;
  let result;
  try {
    result = await syncCorpus(index, folderSource(dir), {
      chunkSize: 100,
      ...(pool ? { summarize: (text: string, hash: string) => pool.summarize(text, hash), inFlight: pool.size * 2 } : {}),
    });
  } finally {
    await pool?.dispose(); // as the extension does once indexing is over
  }
  const topics = [...index.topicCounts()]; // the views' first question, inside the timing
  const ms = performance.now() - t0;
  if (kind === 'cold') await writeFile(cachePath, JSON.stringify(index.serialize()));
  return { ms, files: result.total, read: result.read, articles: index.articleCount, topics, peakRssMB: process.resourceUsage().maxRSS / 1024, heapMB: process.memoryUsage().heapUsed / 2 ** 20, threads: pool?.size ?? 1 };
}

function runPhase(kind: 'cold' | 'warm', dir: string, cachePath: string): Promise<PhaseResult> {
  const script = join(ROOT, 'out', 'scripts', 'bench', 'corpus.js');
  return new Promise((resolve, reject) => {
    const child = fork(script, [], { env: { ...process.env, [PHASE_ENV]: JSON.stringify({ kind, dir, cachePath }) } });
    child.once('message', (m) => resolve(m as PhaseResult));
    child.once('error', reject);
    child.once('exit', (code) => code !== 0 && reject(new Error(`${kind} phase exited with ${code}`)));
  });
}

if (process.env[PHASE_ENV] && process.send) {
  const { kind, dir, cachePath } = JSON.parse(process.env[PHASE_ENV]!) as { kind: 'cold' | 'warm'; dir: string; cachePath: string };
  void phase(kind, dir, cachePath).then((r) => process.send!(r, () => process.exit(0)), (e) => {
    console.error(e);
    process.exit(1);
  });
}

export async function run(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const count of [1_000, ARTICLES]) out[String(count)] = await runSize(count);
  return out;
}

async function runSize(count: number): Promise<Record<string, unknown>> {
  const dir = join(os.tmpdir(), `byline-bench-corpus-${process.pid}-${count}`);
  rmSync(dir, { recursive: true, force: true });
  const bytes = generateCorpus(dir, count);
  const cachePath = join(os.tmpdir(), `byline-bench-corpus-${process.pid}-${count}.json`);
  try {
    const cold = await runPhase('cold', dir, cachePath);
    const cacheMB = (await stat(cachePath)).size / 2 ** 20;
    const warm = await runPhase('warm', dir, cachePath);
    const topicLine = cold.topics.sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t} ${n}`).join(', ');
    console.log(`corpus of ${count} articles: ${cold.files} files, ${cold.articles} articles, ${fmt(bytes / 2 ** 20, 1)} MB of text`);
    console.log(`  cold index ${fmt(cold.ms / 1000)} s on ${cold.threads} thread${cold.threads === 1 ? '' : 's'}, peak RSS ${fmt(cold.peakRssMB, 0)} MB   (targets for 10,000: ≤ 20 s, ≤ 400 MB)`);
    console.log(`  warm start ${fmt(warm.ms / 1000)} s from a ${fmt(cacheMB, 1)} MB cache, ${warm.read} files re-read, peak RSS ${fmt(warm.peakRssMB, 0)} MB   (target ≤ 2 s)`);
    console.log(`  articles per topic: ${topicLine}`);
    return { files: cold.files, articles: cold.articles, textMB: bytes / 2 ** 20, coldMs: cold.ms, coldThreads: cold.threads, coldPeakRssMB: cold.peakRssMB, warmMs: warm.ms, warmReread: warm.read, warmPeakRssMB: warm.peakRssMB, cacheMB };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(cachePath, { force: true });
  }
}
