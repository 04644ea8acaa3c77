import { segmentArticles } from '../../src/core/articles/segment';
import { fmt, latencies, loadBbcDev, loadSeeds, throughput } from './util';

/** Segmentation throughput on bbc-dev and the seeds. */
export async function run(): Promise<Record<string, unknown>> {
  const bbc = loadBbcDev();
  const seeds = loadSeeds();
  const onBbc = throughput(bbc, segmentArticles);
  const onSeeds = throughput(seeds, segmentArticles, 20);
  const lat = latencies(bbc, segmentArticles);
  console.log(`segmentation  bbc-dev ${fmt(onBbc.mbps)} MB/s  seeds ${fmt(onSeeds.mbps)} MB/s  per-article p50 ${fmt(lat.p50, 3)} ms  p95 ${fmt(lat.p95, 3)} ms`);
  return { bbcMBps: onBbc.mbps, seedsMBps: onSeeds.mbps, ...lat };
}
