import { analyzeDocument } from '../../src/core/analysis';
import { segmentArticles } from '../../src/core/articles/segment';
import { checkAgainstCorpus, factsOf, spellingIndex, type FileFacts } from '../../src/core/claims/corpusFacts';
import { recognizeEntities } from '../../src/core/entities/recognize';
import { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { fmt, latencies, median, loadBbcDev } from './util';

/**
 * Cross-article checks as the editor runs them on bbc-dev: building every file's facts once (what
 * a corpus change costs; the recognizer runs only on articles with an event count), the spelling
 * index, and one document's check against the other 499 (what an edit costs).
 */
export async function run(): Promise<Record<string, unknown>> {
  const bbc = loadBbcDev();
  const kb = new KnowledgeBase();
  const build = (): FileFacts[] => bbc.map((text, i) => factsOf({ file: String(i), text, articles: segmentArticles(text).map((article) => ({ article, mentions: () => recognizeEntities(text, article, kb) })) }, kb));
  build();
  const buildMs: number[] = [];
  let facts: FileFacts[] = [];
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    facts = build();
    buildMs.push(performance.now() - t0);
  }
  let t0 = performance.now();
  const index = spellingIndex(facts);
  const indexMs = performance.now() - t0;
  const analyses = new Map(bbc.map((t) => [t, analyzeDocument(t, { kb, skipClaims: true, skipTopics: true })]));
  const perEdit = latencies(bbc, (t) => {
    const a = analyses.get(t)!;
    const mine = factsOf({ file: 'open', text: t, articles: a.articles.map((x) => ({ article: x.article, mentions: x.mentions })) }, kb);
    return checkAgainstCorpus(mine, index, facts, { names: 'information', figures: 'warning' });
  });
  t0 = performance.now();
  const findings = facts.reduce((n, f) => n + checkAgainstCorpus(f, index, facts, { names: 'information', figures: 'warning' }).length, 0);
  const allMs = performance.now() - t0;
  console.log(`corpus checks  facts of ${bbc.length} files ${fmt(median(buildMs), 0)} ms  spelling index ${fmt(indexMs, 1)} ms  per edit p50 ${fmt(perEdit.p50, 2)} ms p95 ${fmt(perEdit.p95, 2)} ms  whole corpus ${fmt(allMs, 0)} ms, ${findings} findings`);
  return { files: bbc.length, factsMs: median(buildMs), indexMs, perEditP50Ms: perEdit.p50, perEditP95Ms: perEdit.p95, wholeCorpusMs: allMs, findings };
}
