import { anchorAll } from '../../src/core/annotations/anchorAll';
import { targetAt, type Annotation } from '../../src/core/annotations/model';
import { moveSpanThrough, type TrackedSpan } from '../../src/core/annotations/track';
import { fmt, loadBbcDev, loadSeeds, quantile } from './util';

/** 30 annotations on word runs spread over the text (1–6 words, as readers mark). */
function annotate(text: string): Annotation[] {
  const words = [...text.matchAll(/\S+/g)];
  const out: Annotation[] = [];
  for (let k = 0; k < 30 && words.length > 8; k++) {
    const i = Math.floor(((k + 0.5) / 30) * (words.length - 7));
    const j = i + (k % 6);
    const s = words[i].index!;
    const e = words[j].index! + words[j][0].length;
    out.push({ id: `b${k}`, kind: 'tag', author: 'bench', created: '', modified: '', body: 't', target: targetAt(text, s, e) });
  }
  return out;
}

/** Cost of opening an annotated article after an outside edit (every anchor searched) and of tracking one keystroke. */
export async function run(): Promise<Record<string, unknown>> {
  const bbc = loadBbcDev();
  const texts = (bbc.length ? bbc : loadSeeds()).slice(0, 300);
  const openMs: number[] = [];
  let anchors = 0;
  for (const text of texts) {
    const annotations = annotate(text);
    const edited = 'Updated 5 minutes ago\n\n' + text; // Stale offsets and hashes: the search path.
    const t0 = performance.now();
    anchorAll(edited, annotations);
    openMs.push(performance.now() - t0);
    anchors += annotations.length;
  }
  const spans: TrackedSpan[] = Array.from({ length: 1000 }, (_v, i) => ({ start: i * 50, end: i * 50 + 20, touched: false }));
  const keys = 2000;
  const t1 = performance.now();
  let moved = spans;
  for (let k = 0; k < keys; k++) moved = moved.map((s) => moveSpanThrough(s, [{ rangeOffset: 10 + k, rangeLength: 0, text: 'x' }]));
  const perKeyMs = (performance.now() - t1) / keys;
  const p50 = quantile(openMs, 0.5);
  const p95 = quantile(openMs, 0.95);
  console.log(`re-attach on open  ${texts.length} articles × 30 annotations (${anchors} anchors)  per article p50 ${fmt(p50, 2)} ms  p95 ${fmt(p95, 2)} ms`);
  console.log(`live tracking  1,000 anchors per keystroke ${fmt(perKeyMs, 3)} ms`);
  return { articles: texts.length, anchors, openP50Ms: p50, openP95Ms: p95, keystroke1000AnchorsMs: perKeyMs };
}
