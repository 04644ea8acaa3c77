import { analyzeDocument } from '../../src/core/analysis';
import { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { fmt, latencies, loadBbcDev, loadSeeds, quantile, throughput } from './util';

/**
 * Full analysis (segmentation, entities, claims, topics) throughput on one thread, per-article
 * latency, and re-analysis after a one-character edit in a 10 KB article.
 */
export async function run(): Promise<Record<string, unknown>> {
  const kb = KnowledgeBase.loadDefault();
  const analyze = (text: string) => analyzeDocument(text, { kb });
  const bbc = loadBbcDev();
  const seeds = loadSeeds();
  const onBbc = throughput(bbc, analyze);
  const onSeeds = throughput(seeds, analyze, 20);
  const lat = latencies(bbc, analyze);

  // A 10 KB article: bbc-dev paragraphs under one headline; each run types one character
  // somewhere in the body and re-analyses the document, as the editor does on a keystroke.
  const body = bbc.slice(0, 8).map((t) => t.split('\n').slice(2).join('\n')).join('\n\n');
  const article = ('Ten kilobyte headline for an edit benchmark\n\n' + body).slice(0, 10_000);
  analyze(article);
  const edits: number[] = [];
  let text = article;
  for (let k = 0; k < 200; k++) {
    const at = 50 + ((k * 7919) % (text.length - 100));
    text = text.slice(0, at) + (k % 2 ? 'x' : ' ') + text.slice(at);
    const t0 = performance.now();
    analyze(text);
    edits.push(performance.now() - t0);
  }
  const incremental = { p50: quantile(edits, 0.5), p95: quantile(edits, 0.95) };
  console.log(
    `full analysis  bbc-dev ${fmt(onBbc.mbps)} MB/s (first pass ${fmt(onBbc.firstPassMBps)} MB/s, ${onBbc.warmUpPasses} warm-up passes)  seeds ${fmt(onSeeds.mbps)} MB/s  ` +
      `per-article p50 ${fmt(lat.p50)} ms  p95 ${fmt(lat.p95)} ms  max ${fmt(lat.max)} ms  ` +
      `one-char edit in 10 KB: p50 ${fmt(incremental.p50)} ms  p95 ${fmt(incremental.p95)} ms`,
  );
  return { bbcMBps: onBbc.mbps, bbcFirstPassMBps: onBbc.firstPassMBps, bbcRunsMs: onBbc.runsMs, warmUpPasses: onBbc.warmUpPasses, seedsMBps: onSeeds.mbps, latency: lat, incremental };
}
