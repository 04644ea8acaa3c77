import { FeatureIndex } from './featureIndex';
import { contentTokenIdsInto, phraseKey, TokenIds, tokenTable } from './features';
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
  /** Every word of the features, with an id; a text is scored as the ids of its tokens. */
  private readonly words = tokenTable();
  /**
   * Feature → (topic, weight) pairs, by word ids (the unigram's node by its word id → next word →
   * third word), so a document's n-grams are looked up without building a string for each of them.
   */
  private readonly index = new FeatureIndex();
  /** Topic ids; evidence is summed per index in this list. */
  private readonly topics: string[] = [];
  /** Scratch for `classify`: the token ids of the text being scored. */
  private readonly tokenIds = new TokenIds();
  /**
   * Scratch for `classify`, per index node: its occurrences in the text being scored, valid while
   * its `nodePass` is the current pass; and the nodes matched, in order of first match.
   */
  private readonly nodeCount: Int32Array;
  private readonly nodePass: Int32Array;
  private readonly seen: Int32Array;
  private seenCount = 0;
  /** Scratch for `classify`: evidence per topic index. */
  private readonly evidence: Float64Array;
  /** Scratch for `ranked`: the indices of the topics with evidence. */
  private readonly rankedTopics: Int32Array;
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
      const t = this.topicIndex(topic);
      for (const [f, weight] of row) {
        this.index.add(f.split(' ').map((w) => this.words.add(w)), t, weight);
      }
    }
    this.index.seal();
    this.nodeCount = new Int32Array(this.index.size);
    this.nodePass = new Int32Array(this.index.size);
    this.seen = new Int32Array(this.index.size);
    for (const p of this.phrases) this.topicIndex(p.topic);
    this.evidence = new Float64Array(this.topics.length);
    this.rankedTopics = new Int32Array(this.topics.length);
  }

  /** The index of a topic in `topics`, adding it when new. */
  private topicIndex(topic: string): number {
    const i = this.topics.indexOf(topic);
    return i !== -1 ? i : this.topics.push(topic) - 1;
  }

  /** Adds the evidence of the features of `text`, each counted `factor` times per occurrence, to `evidence`. */
  private addEvidence(text: string, factor: number, evidence: Float64Array): void {
    contentTokenIdsInto(text, this.words, this.tokenIds);
    const tokens = this.tokenIds.ids;
    // Matched n-grams in order of first occurrence, counted per node
    // (the order of first occurrence is the order evidence is summed in).
    this.startPass();
    const index = this.index;
    const n = this.tokenIds.length;
    for (let i = 0; i < n; i++) {
      const a = tokens[i];
      if (a === -1) continue; // a null token, or a word in no feature
      const first = index.root(a);
      if (first === -1) continue;
      this.count(first);
      const b = i + 1 < n ? tokens[i + 1] : -1;
      const second = b === -1 ? -1 : index.child(first, b);
      if (second === -1) continue;
      this.count(second);
      const c = i + 2 < n ? tokens[i + 2] : -1;
      const third = c === -1 ? -1 : index.child(second, c);
      if (third !== -1) this.count(third);
    }
    for (let k = 0; k < this.seenCount; k++) {
      const node = this.seen[k];
      index.addHits(node, factor * sublinear(this.nodeCount[node]), evidence);
    }
  }

  /** Starts counting the matches of a new text: its pass number marks the node counts that are current. */
  private startPass(): void {
    this.pass = (this.pass + 1) | 0;
    if (this.pass === 0) {
      // Wrapped around (after 2^32 texts): forget old passes' marks.
      this.nodePass.fill(0);
      this.pass = 1;
    }
    this.seenCount = 0;
  }

  /** Counts a match of `node` in the current pass (nodes carrying no hit need no count). */
  private count(node: number): void {
    if (!this.index.hasHits(node)) return;
    if (this.nodePass[node] !== this.pass) {
      this.nodePass[node] = this.pass;
      this.nodeCount[node] = 0;
      this.seen[this.seenCount++] = node;
    }
    this.nodeCount[node]++;
  }

  /** Ranked topics for an article, best first (empty when there is no topical evidence). */
  classify(headline: string, body: string): TopicScore[] {
    // Evidence per topic index (a topic without any stays at 0 and is left out below).
    const evidence = this.evidence.fill(0);
    this.addEvidence(headline, HEADLINE_BOOST, evidence);
    this.addEvidence(body, 1, evidence);
    if (this.phrases.length) {
      const text = `${headline}\n${body}`.toLowerCase().replace(/\s+/g, ' ');
      for (const p of this.phrases) {
        const n = text.match(p.pattern)?.length ?? 0;
        if (n) evidence[this.topicIndex(p.topic)] += (1 + Math.log(n)) * p.weight;
      }
    }
    return this.ranked(evidence);
  }

  /** The topics with evidence, best first (ties by id), as shares of the total, cut as the options say. */
  private ranked(evidence: Float64Array): TopicScore[] {
    const topics = this.topics;
    const ranked = this.rankedTopics;
    // Insertion sort (there are few topics): more evidence first, then by id, as the sort it replaces.
    let count = 0;
    for (let t = 0; t < evidence.length; t++) {
      if (!(evidence[t] > 0)) continue;
      let k = count++;
      for (; k > 0 && ranksBefore(t, ranked[k - 1], evidence, topics); k--) ranked[k] = ranked[k - 1];
      ranked[k] = t;
    }
    if (count === 0) return [];
    let total = 0; // summed best first
    for (let i = 0; i < count; i++) total += evidence[ranked[i]];
    const top = evidence[ranked[0]];
    const out: TopicScore[] = [];
    // A secondary topic needs secondaryRatio of the top's evidence: sorted, the first to fall short ends the list.
    for (let i = 0; i < count; i++) {
      const s = evidence[ranked[i]];
      if (i > 0 && !(s >= top * this.secondaryRatio)) break;
      out.push({ id: topics[ranked[i]], score: Math.round((s / total) * 1000) / 1000 });
    }
    return out.length <= this.maxTopics ? out : out.slice(0, this.maxTopics);
  }
}

// 1 + ln(n) for the small counts nearly every feature has in an article, worked out once (the same numbers, bit for bit).
const SUBLINEAR = Float64Array.from({ length: 64 }, (_, n) => 1 + Math.log(n));

/** The sub-linear term frequency of a feature found `n` times: 1 + ln(n). */
function sublinear(n: number): number {
  return n < SUBLINEAR.length ? SUBLINEAR[n] : 1 + Math.log(n);
}

/** True when topic `a` ranks before topic `b`: more evidence, or as much and an id before b's. */
function ranksBefore(a: number, b: number, evidence: Float64Array, topics: readonly string[]): boolean {
  return evidence[a] > evidence[b] || (evidence[a] === evidence[b] && topics[a] < topics[b]);
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
