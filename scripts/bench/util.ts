import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { findRoot } from '../../test/support/root';

export const ROOT = findRoot();
export const SHARED_EVAL = resolve(ROOT, '..', 'shared', 'eval');

/** The 500 BBC articles of ../shared/eval/bbc-dev, or [] when the folder is absent. */
export function loadBbcDev(): string[] {
  const root = join(SHARED_EVAL, 'bbc-dev');
  if (!existsSync(root)) return [];
  const out: string[] = [];
  for (const c of readdirSync(root).sort()) for (const f of readdirSync(join(root, c)).sort()) out.push(readFileSync(join(root, c, f), 'utf8'));
  return out;
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

/** Throughput in MB/s (10^6 UTF-16 code units… counted as UTF-8 bytes) of `fn` over texts: median of `runs` after a warm-up. */
export function throughput(texts: readonly string[], fn: (text: string) => unknown, runs = 5): { mbps: number; runsMs: number[] } {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
  for (const t of texts) fn(t); // warm-up
  const runsMs: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    for (const t of texts) fn(t);
    runsMs.push(performance.now() - t0);
  }
  return { mbps: bytes / 1e6 / (median(runsMs) / 1000), runsMs };
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
