import { segmentArticles } from '../../src/core/articles/segment';
import { recognizeEntities } from '../../src/core/entities/recognize';
import { recognizeNamesByRules } from '../../src/core/entities/rules/recognizer';
import { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import type { Article } from '../../src/core/types';
import { fmt, latencies, loadBbcDev, throughput } from './util';

/**
 * Entity recognition speed on bbc-dev: rule-based names alone, and the full per-article
 * recognition (names, linking, knowledge base, dates, quantities) on pre-segmented articles.
 */
export async function run(): Promise<Record<string, unknown>> {
  const bbc = loadBbcDev();
  const kb = KnowledgeBase.loadDefault();
  const segmented = new Map<string, Article[]>(bbc.map((t) => [t, segmentArticles(t)]));
  const full = (t: string) => segmented.get(t)!.flatMap((a) => recognizeEntities(t, a, kb));
  const names = throughput(bbc, (t) => recognizeNamesByRules(t));
  const all = throughput(bbc, full);
  const lat = latencies(bbc, full);
  console.log(`entities  names-only ${fmt(names.mbps)} MB/s  full recognition ${fmt(all.mbps)} MB/s  per-article p50 ${fmt(lat.p50, 3)} ms  p95 ${fmt(lat.p95, 3)} ms  (${bbc.length} articles)`);
  return { namesMBps: names.mbps, fullMBps: all.mbps, ...lat };
}
