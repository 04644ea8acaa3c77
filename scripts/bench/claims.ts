import { segmentArticles } from '../../src/core/articles/segment';
import { recognizeEntities } from '../../src/core/entities/recognize';
import { checkArticle } from '../../src/core/claims/check';
import { extractDates } from '../../src/core/entities/dates';
import { extractQuantities } from '../../src/core/entities/quantities';
import { buildContext } from '../../src/core/claims/context';
import { RULES } from '../../src/core/claims/rules/index';
import { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import type { Article } from '../../src/core/types';
import { fmt, latencies, loadBbcDev, throughput } from './util';

/**
 * Claim-check throughput on bbc-dev: `check` alone (articles segmented and entities recognized
 * beforehand, as the analysis does), the whole `byline check` path, and the date/quantity extractors.
 */
export async function run(): Promise<Record<string, unknown>> {
  const bbc = loadBbcDev();
  const kb = new KnowledgeBase();
  const prepared = new Map<string, { article: Article; mentions: ReturnType<typeof recognizeEntities> }[]>();
  for (const t of bbc) prepared.set(t, segmentArticles(t).map((article) => ({ article, mentions: recognizeEntities(t, article, kb) })));
  const checkOnly = (t: string): unknown => prepared.get(t)!.map(({ article, mentions }) => checkArticle({ text: t, article, mentions, kb }));
  const checkNoMentions = (t: string): unknown => prepared.get(t)!.map(({ article }) => checkArticle({ text: t, article, mentions: [], kb }));
  const full = (t: string): unknown => segmentArticles(t).map((article) => checkArticle({ text: t, article, mentions: recognizeEntities(t, article, kb), kb }));
  const extract = (t: string): unknown => [extractDates(t, { start: 0, end: t.length }, '2005-01-01'), extractQuantities(t, { start: 0, end: t.length })];
  const onCheck = throughput(bbc, checkOnly, 3);
  const onOwn = throughput(bbc, checkNoMentions, 3);
  const onFull = throughput(bbc, full, 3);
  const onExtract = throughput(bbc, extract, 3);
  const lat = latencies(bbc, checkOnly);
  // Where the time goes: context building and each rule, over the whole corpus.
  const perRule: Record<string, number> = {};
  const contexts = [...prepared].flatMap(([t, arts]) => arts.map(({ article, mentions }) => ({ t, article, mentions })));
  let t0 = performance.now();
  const built = contexts.map(({ t, article, mentions }) => buildContext(t, article, mentions, kb));
  perRule.context = performance.now() - t0;
  for (const rule of RULES) {
    t0 = performance.now();
    for (const c of built) rule.check(c);
    perRule[rule.id] = performance.now() - t0;
  }
  console.log('        ms per rule over bbc-dev: ' + Object.entries(perRule).map(([k, v]) => `${k} ${fmt(v, 0)}`).join('  '));
  console.log(`claims  check ${fmt(onCheck.mbps)} MB/s (with own date/quantity extraction ${fmt(onOwn.mbps)} MB/s)  segment+entities+check ${fmt(onFull.mbps)} MB/s  dates+quantities ${fmt(onExtract.mbps)} MB/s  per-article p50 ${fmt(lat.p50, 3)} ms  p95 ${fmt(lat.p95, 3)} ms`);
  return { perRuleMs: perRule, checkMBps: onCheck.mbps, checkOwnExtractionMBps: onOwn.mbps, fullMBps: onFull.mbps, extractMBps: onExtract.mbps, ...lat };
}
