import { contentTokens, phraseKey } from './features';
import { LEXICONS, LEXICON_TIERS, type Lexicon, type LexiconTier } from './lexicons';
import type { TopicModel } from './model';
import type { WorkspaceTopic } from './workspaceTopics';
import shippedModel from './model.json';

/** One ranked topic of an article; `score` is its share of the topic evidence (0–1). */
export interface TopicScore {
  readonly id: string;
  readonly score: number;
}

export interface TopicClassifierOptions {
  readonly model?: TopicModel;
  readonly lexicons?: Readonly<Record<string, Lexicon>>;
  /** Extra topics from `.byline/topics.yaml`. */
  readonly workspaceTopics?: readonly WorkspaceTopic[];
  /** At most this many topics per article. */
  readonly maxTopics?: number;
  /** A secondary topic needs at least this fraction of the main topic's evidence. */
  readonly secondaryRatio?: number;
}

// Headlines state the subject; their words count as much as this many body mentions.
const HEADLINE_BOOST = 2;
// Workspace keywords are chosen by the reader for this corpus: trust them like strong lexicon terms.
const WORKSPACE_KEYWORD_WEIGHT = LEXICON_TIERS.strong;
const WORKSPACE_PHRASE_WEIGHT = LEXICON_TIERS.strong + 1;

interface IndexNode {
  readonly hits: { topic: string; weight: number }[];
  readonly next: Map<string, IndexNode>;
  /** Scratch for `classify`: occurrences in the text being scored, valid while `pass` is the current pass. */
  count: number;
  pass: number;
}

interface PhraseMatcher {
  readonly topic: string;
  readonly pattern: RegExp;
  readonly weight: number;
}

/**
 * A deterministic multi-label topic classifier: trained log-odds weights plus curated lexicons,
 * summed with sub-linear term frequency; returns ranked topics with evidence shares.
 */
export class TopicClassifier {
  /**
   * Feature → (topic, weight) pairs, nested by word (unigram → next word → third word), so a
   * document's n-grams are looked up without building a string for each of them.
   */
  private readonly index = new Map<string, IndexNode>();
  /**
   * A bit per hash of the index's first words, so that most words of a text (in no feature) are
   * passed over without a lookup in the index, whose memory is rarely in the processor's cache.
   */
  private readonly firstWords = new Int32Array(FILTER_BITS >>> 5);
  private readonly phrases: PhraseMatcher[] = [];
  private readonly maxTopics: number;
  /** Numbers the scoring passes, so index nodes' scratch counts need no clearing. */
  private pass = 0;
  private readonly secondaryRatio: number;

  constructor(options: TopicClassifierOptions = {}) {
    this.maxTopics = options.maxTopics ?? 3;
    this.secondaryRatio = options.secondaryRatio ?? 0.5;
    const merged = new Map<string, Map<string, number>>(); // topic → feature → weight
    const put = (topic: string, feature: string, weight: number): void => {
      let row = merged.get(topic);
      if (!row) merged.set(topic, (row = new Map()));
      // A term both learned and curated keeps its stronger weight rather than double-counting.
      row.set(feature, Math.max(row.get(feature) ?? 0, weight));
    };
    const model = options.model ?? (shippedModel as TopicModel);
    for (const [topic, weights] of Object.entries(model.weights)) {
      for (const [f, w] of Object.entries(weights)) put(topic, f, w);
    }
    for (const [topic, lexicon] of Object.entries(options.lexicons ?? LEXICONS)) {
      for (const tier of Object.keys(LEXICON_TIERS) as LexiconTier[]) {
        for (const entry of lexicon[tier] ?? []) {
          const key = phraseKey(entry);
          if (key) put(topic, key, LEXICON_TIERS[tier] * (lexicon.scale ?? 1));
        }
      }
    }
    for (const wt of options.workspaceTopics ?? []) {
      for (const k of [...wt.keywords, ...wt.phrases]) {
        const key = phraseKey(k);
        if (key) put(wt.id, key, key.includes(' ') ? WORKSPACE_PHRASE_WEIGHT : WORKSPACE_KEYWORD_WEIGHT);
        else this.phrases.push({ topic: wt.id, pattern: phrasePattern(k), weight: WORKSPACE_PHRASE_WEIGHT });
      }
    }
    for (const [topic, row] of [...merged].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      for (const f of row.keys()) {
        const h = filterHash(f.split(' ')[0]);
        this.firstWords[h >>> 5] |= 1 << (h & 31);
      }
      for (const [f, weight] of row) {
        const words = f.split(' ');
        let level = this.index;
        let node: IndexNode | undefined;
        for (const w of words) {
          node = level.get(w);
          if (!node) level.set(w, (node = { hits: [], next: new Map(), count: 0, pass: 0 }));
          level = node.next;
        }
        node!.hits.push({ topic, weight });
      }
    }
  }

  /** Ranked topics for an article, best first (empty when there is no topical evidence). */
  classify(headline: string, body: string): TopicScore[] {
    const evidence = new Map<string, number>();
    const add = (text: string, factor: number): void => {
      const tokens = contentTokens(text);
      // Matched n-grams in order of first occurrence, counted on the index nodes themselves
      // (the order of first occurrence is the order evidence is summed in).
      const pass = ++this.pass;
      const seen: IndexNode[] = [];
      const count = (node: IndexNode): void => {
        if (!node.hits.length) return;
        if (node.pass !== pass) {
          node.pass = pass;
          node.count = 0;
          seen.push(node);
        }
        node.count++;
      };
      for (let i = 0; i < tokens.length; i++) {
        const a = tokens[i];
        if (a === null) continue;
        const h = filterHash(a);
        if ((this.firstWords[h >>> 5] & (1 << (h & 31))) === 0) continue; // not a first word of any feature
        const first = this.index.get(a);
        if (!first) continue;
        count(first);
        const b = tokens[i + 1];
        const second = b == null ? undefined : first.next.get(b);
        if (!second) continue;
        count(second);
        const c = tokens[i + 2];
        const third = c == null ? undefined : second.next.get(c);
        if (third) count(third);
      }
      for (const node of seen) {
        const tf = factor * (1 + Math.log(node.count));
        for (const h of node.hits) evidence.set(h.topic, (evidence.get(h.topic) ?? 0) + tf * h.weight);
      }
    };
    add(headline, HEADLINE_BOOST);
    add(body, 1);
    if (this.phrases.length) {
      const text = `${headline}\n${body}`.toLowerCase().replace(/\s+/g, ' ');
      for (const p of this.phrases) {
        const n = text.match(p.pattern)?.length ?? 0;
        if (n) evidence.set(p.topic, (evidence.get(p.topic) ?? 0) + (1 + Math.log(n)) * p.weight);
      }
    }
    const ranked = [...evidence].filter(([, s]) => s > 0).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    if (ranked.length === 0) return [];
    const total = ranked.reduce((sum, [, s]) => sum + s, 0);
    const top = ranked[0][1];
    return ranked
      .filter(([, s], i) => i === 0 || s >= top * this.secondaryRatio)
      .slice(0, this.maxTopics)
      .map(([id, s]) => ({ id, score: Math.round((s / total) * 1000) / 1000 }));
  }
}

const FILTER_BITS = 1 << 16;

/** A hash of a word, FILTER_BITS wide. */
function filterHash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> 16)) & (FILTER_BITS - 1);
}

function phrasePattern(phrase: string): RegExp {
  const escaped = phrase.toLowerCase().trim().replace(/\s+/g, ' ').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu');
}

let defaultClassifier: TopicClassifier | undefined;

/** Ranked topics for an article's text, best first, with the shipped model and lexicons. */
export function classifyTopics(headline: string, body: string): TopicScore[] {
  defaultClassifier ??= new TopicClassifier();
  return defaultClassifier.classify(headline, body);
}
