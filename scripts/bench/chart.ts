// Throughput and per-article latency against corpus size, measured here for 10…500 bbc-dev
// articles and taken from the corpus section for 1,000 and 10,000, drawn as bench/throughput.svg
// by hand (no charting dependency).
import { writeFileSync } from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { analyzeDocument } from '../../src/core/analysis';
import { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { ROOT, fmt, latencies, loadBbcDev, throughput } from './util';

const SIZES = [10, 50, 100, 500];

interface Point {
  readonly articles: number;
  readonly value: number;
}

interface Series {
  readonly label: string;
  readonly color: string;
  readonly points: readonly Point[];
  readonly dashed?: boolean;
}

interface Panel {
  readonly title: string;
  readonly unit: string;
  readonly series: readonly Series[];
  readonly target?: { value: number; label: string };
}

/** Evenly spread bbc-dev articles (every category, not just the first folder). */
function spread(texts: readonly string[], n: number): string[] {
  if (n >= texts.length) return [...texts];
  return Array.from({ length: n }, (_, i) => texts[Math.floor((i * texts.length) / n)]);
}

export async function run(results: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const kb = KnowledgeBase.loadDefault();
  const analyze = (text: string) => analyzeDocument(text, { kb });
  const bbc = loadBbcDev();
  // One pass over everything first, so the small sets run optimised code too (not just JIT warm-up).
  for (const t of bbc) analyze(t);
  const scaling = SIZES.filter((n) => n <= bbc.length).map((n) => {
    const texts = spread(bbc, n);
    // Small sets run more often, so each figure rests on a comparable amount of work.
    const runs = Math.max(5, Math.round(500 / n));
    for (const t of texts) analyze(t);
    const cpu0 = process.cpuUsage();
    const tp = throughput(texts, analyze, runs);
    const cpu = process.cpuUsage(cpu0);
    // CPU time swings less than wall time when other processes share the cores (throughput's own warm-up passes included).
    const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t, 'utf8'), 0);
    const cpuMBps = (bytes * (runs + tp.warmUpPasses)) / 1e6 / ((cpu.user + cpu.system) / 1e6);
    const lat = latencies(texts, analyze);
    console.log(`${String(n).padStart(4)} articles  ${fmt(tp.mbps)} MB/s (${fmt(cpuMBps)} MB per CPU-second)  per-article p50 ${fmt(lat.p50)} ms  p95 ${fmt(lat.p95)} ms  max ${fmt(lat.max)} ms`);
    return { articles: n, mbps: tp.mbps, cpuMBps, p50: lat.p50, p95: lat.p95, max: lat.max };
  });

  const corpus = (results.corpus ?? {}) as Record<string, { articles: number; textMB: number; coldMs: number; warmMs: number }>;
  // x is the nominal size (1,000 / 10,000: the generator's count); per-article means use the articles found.
  const corpusRows = Object.entries(corpus)
    .filter(([size, c]) => Number(size) > 0 && c && typeof c.coldMs === 'number')
    .map(([size, c]) => ({ ...c, size: Number(size) }))
    .sort((a, b) => a.size - b.size);
  const svg = drawChart([
    {
      title: 'Throughput',
      unit: 'MB/s',
      target: { value: 5, label: 'target 5 MB/s' },
      series: [
        { label: 'full analysis (bbc-dev)', color: '#1f77b4', points: scaling.map((s) => ({ articles: s.articles, value: s.mbps })) },
        { label: 'corpus index, cold', color: '#d62728', points: corpusRows.map((c) => ({ articles: c.size, value: (c.textMB * 2 ** 20) / 1e6 / (c.coldMs / 1000) })) },
      ],
    },
    {
      title: 'Per-article latency',
      unit: 'ms',
      target: { value: 10, label: 'target p95 10 ms' },
      series: [
        { label: 'p50', color: '#1f77b4', points: scaling.map((s) => ({ articles: s.articles, value: s.p50 })) },
        { label: 'p95', color: '#ff7f0e', points: scaling.map((s) => ({ articles: s.articles, value: s.p95 })) },
        { label: 'corpus, cold (mean)', color: '#d62728', points: corpusRows.map((c) => ({ articles: c.size, value: c.coldMs / c.articles })) },
        { label: 'corpus, warm (mean)', color: '#2ca02c', dashed: true, points: corpusRows.map((c) => ({ articles: c.size, value: c.warmMs / c.articles })) },
      ],
    },
  ], `${new Date().toISOString().slice(0, 10)} · ${os.cpus().length} cores · load average ${os.loadavg()[0].toFixed(1)} (wall-clock figures swing with load)`);
  writeFileSync(join(ROOT, 'bench', 'throughput.svg'), svg);
  console.log(`wrote bench/throughput.svg${corpusRows.length ? '' : ' (no corpus figures in this run: run the corpus section too)'}`);
  return { scaling, corpusPoints: corpusRows.map((c) => c.size) };
}

// Layout of one panel, in SVG user units.
const PANEL_W = 420;
const PANEL_H = 300;
const MARGIN = { left: 56, right: 30, top: 34, bottom: 84 };

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A "nice" upper bound for an axis: 1, 2 or 5 times a power of ten. */
function niceMax(v: number): number {
  if (!(v > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  return [1, 2, 5, 10].map((m) => m * p).find((m) => m >= v)!;
}

/** Panels side by side; x is the number of articles on a log scale, y linear from 0. */
export function drawChart(panels: readonly Panel[], note = ''): string {
  const xs = panels.flatMap((p) => p.series.flatMap((s) => s.points.map((pt) => pt.articles)));
  const xMin = 10 ** Math.floor(Math.log10(Math.min(...xs, 10)));
  const xMax = 10 ** Math.ceil(Math.log10(Math.max(...xs, 100)));
  const width = PANEL_W * panels.length;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${PANEL_H}" viewBox="0 0 ${width} ${PANEL_H}" font-family="system-ui, sans-serif" font-size="11">`,
    `<rect width="${width}" height="${PANEL_H}" fill="#fff"/>`,
  ];
  panels.forEach((panel, i) => {
    const x0 = i * PANEL_W + MARGIN.left;
    const x1 = (i + 1) * PANEL_W - MARGIN.right;
    const y0 = PANEL_H - MARGIN.bottom;
    const y1 = MARGIN.top;
    const values = panel.series.flatMap((s) => s.points.map((p) => p.value)).concat(panel.target ? [panel.target.value] : []);
    const yMax = niceMax(Math.max(...values.filter(Number.isFinite), 0) * 1.1);
    const sx = (a: number) => x0 + ((Math.log10(a) - Math.log10(xMin)) / (Math.log10(xMax) - Math.log10(xMin))) * (x1 - x0);
    const sy = (v: number) => y0 - (v / yMax) * (y0 - y1);
    parts.push(`<text x="${(x0 + x1) / 2}" y="18" text-anchor="middle" font-size="13" font-weight="600">${escapeXml(panel.title)} (${panel.unit})</text>`);
    for (let k = 0; k <= 4; k++) {
      const v = (yMax * k) / 4;
      parts.push(`<line x1="${x0}" x2="${x1}" y1="${sy(v)}" y2="${sy(v)}" stroke="#e5e5e5"/>`);
      parts.push(`<text x="${x0 - 6}" y="${sy(v) + 4}" text-anchor="end" fill="#555">${+v.toPrecision(3)}</text>`);
    }
    for (let a = xMin; a <= xMax; a *= 10) {
      parts.push(`<line x1="${sx(a)}" x2="${sx(a)}" y1="${y0}" y2="${y1}" stroke="#e5e5e5"/>`);
      parts.push(`<text x="${sx(a)}" y="${y0 + 15}" text-anchor="middle" fill="#555">${a.toLocaleString('en-US')}</text>`);
    }
    parts.push(`<text x="${(x0 + x1) / 2}" y="${y0 + 30}" text-anchor="middle" fill="#333">articles (log scale)</text>`);
    parts.push(`<line x1="${x0}" x2="${x1}" y1="${y0}" y2="${y0}" stroke="#333"/><line x1="${x0}" x2="${x0}" y1="${y0}" y2="${y1}" stroke="#333"/>`);
    if (panel.target) {
      const y = sy(panel.target.value);
      parts.push(`<line x1="${x0}" x2="${x1}" y1="${y}" y2="${y}" stroke="#888" stroke-dasharray="2 3"/>`);
      parts.push(`<text x="${x1 - 2}" y="${y - 4}" text-anchor="end" fill="#666">${escapeXml(panel.target.label)}</text>`);
    }
    panel.series.forEach((s, j) => {
      if (s.points.length === 0) return;
      const pts = s.points.map((p) => `${sx(p.articles).toFixed(1)},${sy(p.value).toFixed(1)}`);
      parts.push(`<polyline points="${pts.join(' ')}" fill="none" stroke="${s.color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="5 3"' : ''}/>`);
      for (const p of s.points) parts.push(`<circle cx="${sx(p.articles).toFixed(1)}" cy="${sy(p.value).toFixed(1)}" r="3" fill="${s.color}"><title>${p.articles} articles: ${fmt(p.value)} ${panel.unit}</title></circle>`);
      // Legend under the axis, two entries a row.
      const lx = x0 + (j % 2) * ((x1 - x0) / 2);
      const ly = y0 + 46 + Math.floor(j / 2) * 16;
      parts.push(`<line x1="${lx}" x2="${lx + 18}" y1="${ly - 4}" y2="${ly - 4}" stroke="${s.color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="5 3"' : ''}/>`);
      parts.push(`<text x="${lx + 23}" y="${ly}" fill="#333">${escapeXml(s.label)}</text>`);
    });
  });
  if (note) parts.push(`<text x="${width - 8}" y="${PANEL_H - 6}" text-anchor="end" fill="#888" font-size="10">${escapeXml(note)}</text>`);
  parts.push('</svg>');
  return parts.join('\n') + '\n';
}
