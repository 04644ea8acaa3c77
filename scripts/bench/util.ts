import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { findRoot } from '../../test/support/root';

export const ROOT = findRoot();
export const SHARED_EVAL = resolve(ROOT, '..', 'shared', 'eval');

/** One file of ../shared/eval/bbc-dev: its category folder, its name and its text as stored. */
export interface BbcFile {
  readonly category: string;
  readonly name: string;
  readonly text: string;
}

/** The BBC articles of `dir` (default ../shared/eval/bbc-dev) sorted by category then name, or [] when absent. */
export function loadBbcDevFiles(dir = join(SHARED_EVAL, 'bbc-dev')): BbcFile[] {
  if (!existsSync(dir)) return [];
  const out: BbcFile[] = [];
  for (const category of readdirSync(dir).sort())
    for (const name of readdirSync(join(dir, category)).filter((n) => n.endsWith('.txt')).sort())
      out.push({ category, name, text: readFileSync(join(dir, category, name), 'utf8') });
  return out;
}

/** The 500 BBC articles' texts, as benchmarks read them. */
export function loadBbcDev(): string[] {
  return loadBbcDevFiles().map((f) => f.text);
}

export function loadSeeds(): string[] {
  const dir = join(ROOT, 'seeds');
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
}

export function median(xs: number[]): number {
  return quantile(xs, 0.5);
}

export function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

/**
 * Time spent warming up before timing: whole passes until this much has gone by (at least one).
 * V8 keeps optimising (and re-optimising code it had to throw away) for several passes: the full
 * analysis settles after about four bbc-dev passes (~2 s), so one pass left the first timed runs
 * 10–40 % slow and the median depended on how fast the JIT caught up. Every library compared is
 * warmed the same way; the first pass is reported apart (`firstPassMBps`).
 */
export const WARM_UP_MS = 2000;

/** Throughput in MB/s (UTF-8 bytes) of `fn` over texts: median of `runs` timed passes after the warm-up, and the first pass alone. */
export function throughput(texts: readonly string[], fn: (text: string) => unknown, runs = 5, warmUpMs = WARM_UP_MS): { mbps: number; runsMs: number[]; firstPassMBps: number; warmUpPasses: number } {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
  const pass = (): number => {
    const t0 = performance.now();
    for (const t of texts) fn(t);
    return performance.now() - t0;
  };
  const firstMs = pass();
  let warmUpPasses = 1;
  for (let spent = firstMs; spent < warmUpMs; warmUpPasses++) spent += pass();
  const runsMs: number[] = [];
  for (let r = 0; r < runs; r++) runsMs.push(pass());
  const mbps = (ms: number): number => bytes / 1e6 / (ms / 1000);
  return { mbps: mbps(median(runsMs)), runsMs, firstPassMBps: mbps(firstMs), warmUpPasses };
}

/** Per-item latency distribution (ms) of `fn` over texts, after a warm-up pass. */
export function latencies(texts: readonly string[], fn: (text: string) => unknown): { p50: number; p95: number; max: number } {
  for (const t of texts) fn(t);
  const ms = texts.map((t) => {
    const t0 = performance.now();
    fn(t);
    return performance.now() - t0;
  });
  return { p50: quantile(ms, 0.5), p95: quantile(ms, 0.95), max: Math.max(...ms) };
}

export function fmt(n: number, digits = 2): string {
  return Number.isFinite(n) ? n.toFixed(digits) : String(n);
}
