// The closing table of `npm run bench`: every headline figure beside its target (issue 8), ✓/✗,
// and the load average each section ran under (2 shared cores: numbers swing with load).
import * as os from 'node:os';
import { fmt } from './util';

interface Row {
  readonly figure: string;
  readonly value: number | null;
  readonly unit: string;
  /** `max`: value must be ≤ target; `min`: ≥ target; absent: informational. */
  readonly target?: { kind: 'max' | 'min'; value: number };
  readonly section: string;
}

type Results = Record<string, unknown>;

/** The value at a dotted path of the results, or null when that section did not run. */
function at(results: Results, path: string): number | null {
  let v: unknown = results;
  for (const k of path.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function rows(r: Results): Row[] {
  const max = (value: number) => ({ kind: 'max' as const, value });
  const min = (value: number) => ({ kind: 'min' as const, value });
  const peak10k = Math.max(at(r, 'corpus.10000.coldPeakRssMB') ?? -1, at(r, 'corpus.10000.warmPeakRssMB') ?? -1);
  return [
    { figure: 'full analysis, bbc-dev', value: at(r, 'analysis.bbcMBps'), unit: 'MB/s', target: min(5), section: 'analysis' },
    { figure: '  first pass, JIT cold', value: at(r, 'analysis.bbcFirstPassMBps'), unit: 'MB/s', section: 'analysis' },
    { figure: 'full analysis, bbc-dev, per CPU-second', value: at(r, 'chart.scaling.3.cpuMBps'), unit: 'MB/s', section: 'chart' },
    { figure: 'full analysis, seeds', value: at(r, 'analysis.seedsMBps'), unit: 'MB/s', section: 'analysis' },
    { figure: 'per-article latency p50', value: at(r, 'analysis.latency.p50'), unit: 'ms', section: 'analysis' },
    { figure: 'per-article latency p95', value: at(r, 'analysis.latency.p95'), unit: 'ms', target: max(10), section: 'analysis' },
    { figure: 'per-article latency max', value: at(r, 'analysis.latency.max'), unit: 'ms', section: 'analysis' },
    { figure: 'one-char edit in 10 KB, p50', value: at(r, 'analysis.incremental.p50'), unit: 'ms', section: 'analysis' },
    { figure: 'one-char edit in 10 KB, p95', value: at(r, 'analysis.incremental.p95'), unit: 'ms', target: max(16), section: 'analysis' },
    { figure: 'wink-nlp (readDoc + entities)', value: at(r, 'compare.winkMBps'), unit: 'MB/s', section: 'compare' },
    { figure: 'compromise (people/places/orgs)', value: at(r, 'compare.compromiseMBps'), unit: 'MB/s', section: 'compare' },
    { figure: 'Byline ÷ wink-nlp, same texts', value: at(r, 'compare.ratioWink'), unit: '×', target: min(6), section: 'compare' },
    { figure: 'Byline ÷ compromise, same texts', value: at(r, 'compare.ratioCompromise'), unit: '×', target: min(40), section: 'compare' },
    { figure: '  entities alone ÷ wink-nlp', value: at(r, 'compare.ratioWinkEntities'), unit: '×', section: 'compare' },
    { figure: '  entities alone ÷ compromise', value: at(r, 'compare.ratioCompromiseEntities'), unit: '×', section: 'compare' },
    { figure: 'corpus 1,000: cold index', value: at(r, 'corpus.1000.coldMs'), unit: 'ms', section: 'corpus' },
    { figure: 'corpus 1,000: warm start', value: at(r, 'corpus.1000.warmMs'), unit: 'ms', section: 'corpus' },
    { figure: 'corpus 10,000: cold index', value: at(r, 'corpus.10000.coldMs'), unit: 'ms', target: max(20_000), section: 'corpus' },
    { figure: 'corpus 10,000: warm start', value: at(r, 'corpus.10000.warmMs'), unit: 'ms', target: max(2_000), section: 'corpus' },
    { figure: 'corpus 10,000: peak RSS', value: peak10k < 0 ? null : peak10k, unit: 'MB', target: max(400), section: 'corpus' },
    { figure: 'activation (in the extension host)', value: at(r, 'vscode.activationMs'), unit: 'ms', target: max(50), section: 'vscode' },
    { figure: 'open seed → first diagnostics', value: at(r, 'vscode.firstDiagnosticsMs'), unit: 'ms', target: max(300), section: 'vscode' },
    { figure: '  first open, window start', value: at(r, 'vscode.firstDiagnosticsColdMs'), unit: 'ms', target: max(300), section: 'vscode' },
    { figure: '  first open, settled window', value: at(r, 'vscode.firstDiagnosticsSettledColdMs'), unit: 'ms', target: max(300), section: 'vscode' },
    { figure: 'VSIX size', value: at(r, 'vsix.mb'), unit: 'MB', target: max(3), section: 'vsix' },
    { figure: '  VSIX with the NER model inside', value: at(r, 'vsix.withNerModelMB'), unit: 'MB', target: max(3), section: 'vsix' },
  ];
}

function verdict(row: Row): '✓' | '✗' | ' ' | '?' {
  if (!row.target) return ' ';
  if (row.value === null) return '?';
  return (row.target.kind === 'max' ? row.value <= row.target.value : row.value >= row.target.value) ? '✓' : '✗';
}

/** Prints the table; returns it (with pass/fail per target) for results.json. */
export async function run(results: Results = {}): Promise<Record<string, unknown>> {
  const table = rows(results);
  const loads = (results.loadavg ?? {}) as Record<string, number[]>;
  const width = Math.max(...table.map((r) => r.figure.length));
  console.log(`${'figure'.padEnd(width)}  ${'value'.padStart(10)}        target    load(1m)`);
  for (const row of table) {
    const value = row.value === null ? 'not run' : fmt(row.value, row.unit === 'ms' && row.value >= 100 ? 0 : 2);
    const target = row.target ? `${row.target.kind === 'max' ? '≤' : '≥'} ${row.target.value.toLocaleString('en-US')}` : '';
    const load = loads[row.section]?.[0];
    console.log(`${row.figure.padEnd(width)}  ${value.padStart(10)} ${row.unit.padEnd(5)} ${verdict(row)} ${target.padStart(8)}    ${load === undefined ? '' : fmt(load)}`);
  }
  const cores = os.cpus().length;
  const busiest = Math.max(...Object.values(loads).map((l) => l[0] ?? 0), 0);
  if (busiest > cores) console.log(`load average up to ${fmt(busiest)} on ${cores} cores: wall-clock figures above are inflated by other processes`);
  const failed = table.filter((r) => verdict(r) === '✗').map((r) => r.figure);
  return {
    rows: table.map((r) => ({ ...r, met: verdict(r) === '✓' ? true : verdict(r) === '✗' ? false : null })),
    failed,
  };
}
