import { analyzeDocument } from '../../src/core/analysis';
import { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { segmentArticles } from '../../src/core/articles/segment';
import { recognizeEntities } from '../../src/core/entities/recognize';
import { fmt, loadBbcDev, throughput } from './util';

/**
 * The same texts through compromise (people, places, organizations) and wink-nlp with
 * wink-eng-lite-web-model (readDoc + entities), beside Byline's full analysis and, the closer
 * task, Byline's entity recognition alone (segmentation + names, dates, quantities, linked).
 */
export async function run(): Promise<Record<string, unknown>> {
  const texts = loadBbcDev();
  const kb = KnowledgeBase.loadDefault();
  const byline = throughput(texts, (t) => analyzeDocument(t, { kb }));
  const entities = throughput(texts, (t) => segmentArticles(t).map((a) => recognizeEntities(t, a, kb)));

  // Loaded here, not at the top: they are benchmark-only dev dependencies.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const nlp = require('compromise');
  const compromise = throughput(texts, (t) => {
    const doc = nlp(t);
    doc.people().out('array');
    doc.places().out('array');
    doc.organizations().out('array');
  }, 5);

  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const winkNLP = require('wink-nlp');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const model = require('wink-eng-lite-web-model');
  const wink = winkNLP(model);
  const its = wink.its;
  const winkRun = throughput(texts, (t) => wink.readDoc(t).entities().out(its.detail), 5);

  console.log(
    `same texts (bbc-dev)  byline ${fmt(byline.mbps)} MB/s  wink-nlp ${fmt(winkRun.mbps)} MB/s (byline ×${fmt(byline.mbps / winkRun.mbps, 1)})  ` +
      `compromise ${fmt(compromise.mbps)} MB/s (byline ×${fmt(byline.mbps / compromise.mbps, 1)})`,
  );
  console.log(
    `  byline entities alone ${fmt(entities.mbps)} MB/s: ×${fmt(entities.mbps / winkRun.mbps, 1)} wink-nlp, ×${fmt(entities.mbps / compromise.mbps, 1)} compromise`,
  );
  return {
    bylineMBps: byline.mbps,
    winkMBps: winkRun.mbps,
    compromiseMBps: compromise.mbps,
    ratioWink: byline.mbps / winkRun.mbps,
    ratioCompromise: byline.mbps / compromise.mbps,
    bylineEntitiesMBps: entities.mbps,
    ratioWinkEntities: entities.mbps / winkRun.mbps,
    ratioCompromiseEntities: entities.mbps / compromise.mbps,
  };
}
