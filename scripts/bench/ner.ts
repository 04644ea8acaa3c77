import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeModel } from '../../src/core/ner/model';
import { createLearnedRecognizer, loadShippedModel } from '../../src/core/ner';
import { tokenize } from '../../src/core/ner/tokenize';
import { ROOT, fmt, latencies, loadBbcDev, median, throughput } from './util';

/** Learned recognizer: model load time and tagging throughput on bbc-dev (one core). */
export async function run(): Promise<Record<string, unknown>> {
  const file = join(ROOT, 'src', 'core', 'ner', 'model', 'conll.bin');
  // Load as the bundle does: base64 text → bytes → lookup table; first call is the cold one.
  const base64 = readFileSync(file).toString('base64');
  const loadsMs: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    decodeModel(new Uint8Array(Buffer.from(base64, 'base64')));
    loadsMs.push(performance.now() - t0);
  }
  loadShippedModel();
  const bbc = loadBbcDev();
  const recognizer = createLearnedRecognizer();
  const tagging = throughput(bbc, (t) => recognizer.recognize(t));
  const tokenizing = throughput(bbc, (t) => tokenize(t));
  const lat = latencies(bbc, (t) => recognizer.recognize(t));
  const cpu = cpuThroughput(bbc, (t) => recognizer.recognize(t));
  const bytes = readFileSync(file).length;
  console.log(`ner  model ${fmt(bytes / 1e6)} MB  load cold ${fmt(loadsMs[0], 1)} ms  warm ${fmt(median(loadsMs.slice(1)), 1)} ms`);
  console.log(`ner  bbc-dev ${fmt(tagging.mbps)} MB/s wall, ${fmt(cpu)} MB per CPU-second (tokenizer alone ${fmt(tokenizing.mbps)} MB/s)  per-article p50 ${fmt(lat.p50, 3)} ms  p95 ${fmt(lat.p95, 3)} ms`);
  return { modelBytes: bytes, loadColdMs: loadsMs[0], loadWarmMs: median(loadsMs.slice(1)), bbcMBps: tagging.mbps, bbcMBperCpuSecond: cpu, tokenizerMBps: tokenizing.mbps, ...lat };
}

/** MB per second of this process's CPU time (user + system): one core's rate, less sensitive than wall time to a busy machine. */
function cpuThroughput(texts: readonly string[], fn: (text: string) => unknown, runs = 5): number {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
  const micros: number[] = [];
  for (let r = 0; r < runs; r++) {
    const before = process.cpuUsage();
    for (const t of texts) fn(t);
    const used = process.cpuUsage(before);
    micros.push(used.user + used.system);
  }
  return bytes / 1e6 / (median(micros) / 1e6);
}
