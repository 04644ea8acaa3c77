// `npm run bench`: speed figures; each section prints its own table (see bench/results.json).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { ROOT } from './bench/util';
import * as segmentation from './bench/segmentation';
import * as analysis from './bench/analysis';
import * as compare from './bench/compare';
import * as corpus from './bench/corpus';
import * as ner from './bench/ner';
import * as entities from './bench/entities';
import * as claims from './bench/claims';
import * as corpusChecks from './bench/corpusChecks';
import * as annotations from './bench/annotations';
import * as vsix from './bench/vsix';
import * as vscode from './bench/vscode';
import * as chart from './bench/chart';
import * as summary from './bench/summary';

// Sections get the results so far (chart and summary read earlier sections' figures).
const sections: { name: string; run: (results: Record<string, unknown>) => Promise<Record<string, unknown>> }[] = [
  { name: 'segmentation', run: segmentation.run },
  { name: 'analysis', run: analysis.run },
  { name: 'compare', run: compare.run },
  { name: 'corpus', run: corpus.run },
  { name: 'ner', run: ner.run },
  { name: 'entities', run: entities.run },
  { name: 'claims', run: claims.run },
  { name: 'corpusChecks', run: corpusChecks.run },
  { name: 'annotations', run: annotations.run },
  { name: 'vsix', run: vsix.run },
  { name: 'vscode', run: vscode.run },
  { name: 'chart', run: chart.run },
  { name: 'summary', run: summary.run },
];

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const dir = join(ROOT, 'bench');
  const file = join(dir, 'results.json');
  // `npm run bench -- a b` re-runs sections a and b and keeps the other sections' last figures.
  const readPrevious = (): Record<string, unknown> => (only.length && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {});
  const previous = readPrevious();
  const loadavg: Record<string, number[]> = { ...(previous.loadavg as Record<string, number[]> | undefined) };
  const results: Record<string, unknown> = { ...previous, machine: machine(), date: new Date().toISOString(), loadavg };
  const ran = sections.filter((s) => !only.length || only.includes(s.name)).map((s) => s.name);
  for (const s of sections) {
    if (!ran.includes(s.name)) continue;
    console.log(`\n=== ${s.name} ===`);
    loadavg[s.name] = os.loadavg().map((x) => Math.round(x * 100) / 100);
    try {
      results[s.name] = await s.run(results);
    } catch (error) {
      // One broken section must not cost the figures of the others (a full run takes minutes).
      console.error(`section ${s.name} failed: ${(error as Error).stack ?? error}`);
      results[s.name] = { error: String((error as Error).message ?? error) };
      process.exitCode = 1;
    }
  }
  // Read again: a teammate's run may have written other sections meanwhile; keep theirs, add ours.
  const latest = readPrevious();
  const merged = { ...latest, machine: results.machine, date: results.date, loadavg: { ...(latest.loadavg as object | undefined), ...Object.fromEntries(ran.map((n) => [n, loadavg[n]])) } };
  for (const name of ran) (merged as Record<string, unknown>)[name] = results[name];
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, JSON.stringify(merged, null, 2) + '\n');
  console.log(`\nwrote ${join('bench', 'results.json')}`);
}

function machine(): Record<string, unknown> {
  return { node: process.version, cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30) };
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
