import { featureCounts } from './features';
import type { TopicModel } from './model';

/** One labelled training document. */
export interface TrainingExample {
  readonly topic: string;
  readonly headline: string;
  readonly body: string;
}

export interface TrainingOptions {
  /** Keep at most this many features per topic (the model must stay small enough to ship). */
  readonly maxFeaturesPerTopic?: number;
  /** A feature must occur in at least this many documents of the topic. */
  readonly minDocs?: number;
  /** Drop features whose log-odds are below this. */
  readonly minWeight?: number;
  readonly trainedOn?: string;
}

/**
 * Trains one-vs-rest document-frequency log-odds weights per topic (a Bernoulli naive-Bayes
 * evidence score, positive side only). Deterministic: ties and output order are sorted.
 */
export function trainTopicModel(examples: readonly TrainingExample[], options: TrainingOptions = {}): TopicModel {
  const maxFeatures = options.maxFeaturesPerTopic ?? 300;
  const minDocs = options.minDocs ?? 3;
  const minWeight = options.minWeight ?? 0.7;
  const alpha = 1;
  const topics = [...new Set(examples.map((e) => e.topic))].sort();
  const docsPerTopic = new Map<string, number>(topics.map((t) => [t, 0]));
  const df = new Map<string, Map<string, number>>(); // feature → topic → documents
  for (const e of examples) {
    docsPerTopic.set(e.topic, (docsPerTopic.get(e.topic) ?? 0) + 1);
    for (const f of featureCounts(`${e.headline}\n${e.body}`).keys()) {
      let row = df.get(f);
      if (!row) df.set(f, (row = new Map()));
      row.set(e.topic, (row.get(e.topic) ?? 0) + 1);
    }
  }
  const total = examples.length;
  const weights: Record<string, Record<string, number>> = {};
  for (const topic of topics) {
    const n = docsPerTopic.get(topic) ?? 0;
    const rest = total - n;
    const scored: [string, number][] = [];
    for (const [f, row] of df) {
      const inTopic = row.get(topic) ?? 0;
      if (inTopic < minDocs) continue;
      let all = 0;
      for (const v of row.values()) all += v;
      const pIn = (inTopic + alpha) / (n + 2 * alpha);
      const pOut = (all - inTopic + alpha) / (rest + 2 * alpha);
      const w = Math.log(pIn / pOut);
      if (w >= minWeight) scored.push([f, w]);
    }
    scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    weights[topic] = Object.fromEntries(
      scored.slice(0, maxFeatures).sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([f, w]) => [f, Math.round(w * 100) / 100]),
    );
  }
  return { version: 1, trainedOn: options.trainedOn ?? `${total} documents`, weights };
}
