import { runFuzz } from '../../test/unit/annotations/fuzzHarness';
import { loadLabelled } from '../../test/support/labels';

/** Anchoring fuzz figures: 1,000 seeded edit sequences over the seeds and dev articles (FUZZ_SEED picks another seed). */
export function run(): void {
  const started = Date.now();
  const f = runFuzz(loadLabelled().map((x) => x.text), 1000, Number(process.env.FUZZ_SEED ?? 7));
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) + '%' : '-');
  console.log(`sequences ${f.sequences}  annotations ${f.annotations}  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  console.log(`survived ${f.survived}  orphaned ${f.orphaned}  wrong ${f.wrong}  followed a copy ${f.followedCopy}  missed ${f.missed} (passage intact but orphaned: ${pct(f.missed, f.survived + f.missed)})`);
  console.log(`live tracking exact on untouched passages ${f.trackedExact}/${f.trackedTotal}`);
  for (const w of f.examplesWrong) console.log(`  wrong: ${w}`);
}
