/**
 * The classifier's features (n-grams of up to three word ids) → the (topic, weight) pairs they
 * carry, as numbered nodes: a unigram's node by its word id, each longer n-gram's node by its prefix's
 * node and its last word. Everything lives in typed arrays, so scoring a text (a look-up per token,
 * most of them misses) reads no objects and allocates nothing.
 */
export class FeatureIndex {
  /** Per word id, the node of the unigram (-1 for none). */
  private roots = new Int32Array(64).fill(-1);
  /** Open addressing on (node, word): per slot the node + 1 (0 for an empty slot), the word and the child node. */
  private children = new Int32Array(3 * 64);
  private childSlots = 64;
  private childCount = 0;
  /** Hits of node k: hitTopics/hitWeights[hitStart[k] .. hitStart[k + 1]), in the order they were added. */
  private hitStart = new Int32Array(1);
  private hitTopics = new Int32Array(0);
  private hitWeights = new Float64Array(0);
  /**
   * Set by `seal`, per node: 1 when longer n-grams go through it. A look-up of a child of a node
   * without any (most unigrams) stops there, without a probe of the child table.
   */
  private parents = new Uint8Array(0);
  /** While adding: each node's hits, flattened into the arrays above by `seal`. */
  private pending: { topics: number[]; weights: number[] }[] = [];

  /** Number of nodes (n-grams and their prefixes). */
  get size(): number {
    return this.pending.length;
  }

  /** Adds a hit (topic, weight) to the feature made of `wordIds` (1 to 3 ids). Call `seal` after the last. */
  add(wordIds: readonly number[], topic: number, weight: number): void {
    let node = -1;
    for (const word of wordIds) {
      let next = node === -1 ? this.root(word) : this.child(node, word);
      if (next === -1) {
        next = this.pending.push({ topics: [], weights: [] }) - 1;
        if (node === -1) this.setRoot(word, next);
        else this.setChild(node, word, next);
      }
      node = next;
    }
    this.pending[node].topics.push(topic);
    this.pending[node].weights.push(weight);
  }

  /** Flattens the hits added so far for scoring (and for `hits`). */
  seal(): void {
    const count = this.pending.length;
    this.hitStart = new Int32Array(count + 1);
    let total = 0;
    for (let k = 0; k < count; k++) {
      this.hitStart[k] = total;
      total += this.pending[k].topics.length;
    }
    this.hitStart[count] = total;
    this.hitTopics = new Int32Array(total);
    this.hitWeights = new Float64Array(total);
    for (let k = 0; k < count; k++) {
      this.hitTopics.set(this.pending[k].topics, this.hitStart[k]);
      this.hitWeights.set(this.pending[k].weights, this.hitStart[k]);
    }
    this.parents = new Uint8Array(count);
    for (let s = 0; s < this.children.length; s += 3) if (this.children[s] !== 0) this.parents[this.children[s] - 1] = 1;
  }

  /** The unigram node of a word, or -1. */
  root(word: number): number {
    return word < this.roots.length ? this.roots[word] : -1;
  }

  /** The node of `node`'s n-gram followed by `word`, or -1. */
  child(node: number, word: number): number {
    // Before `seal` (while adding) every node is looked in.
    if (node < this.parents.length && this.parents[node] === 0) return -1;
    const slots = this.children;
    const mask = this.childSlots - 1;
    for (let s = childHash(node, word) & mask; slots[3 * s] !== 0; s = (s + 1) & mask) {
      if (slots[3 * s] === node + 1 && slots[3 * s + 1] === word) return slots[3 * s + 2];
    }
    return -1;
  }

  /** True when features end at `node` (not only longer ones through it). */
  hasHits(node: number): boolean {
    return this.hitStart[node + 1] !== this.hitStart[node];
  }

  /**
   * Adds `tf` times the weight of each of `node`'s hits to its topic's evidence, in the order the
   * hits were added (so the sums come out the same, bit for bit, however the index is stored).
   */
  addHits(node: number, tf: number, evidence: Float64Array): void {
    const end = this.hitStart[node + 1];
    for (let h = this.hitStart[node]; h < end; h++) evidence[this.hitTopics[h]] += tf * this.hitWeights[h];
  }

  /** The (topic, weight) pairs of a node, for tests. */
  hits(node: number): [number, number][] {
    const out: [number, number][] = [];
    for (let h = this.hitStart[node]; h < this.hitStart[node + 1]; h++) out.push([this.hitTopics[h], this.hitWeights[h]]);
    return out;
  }

  private setRoot(word: number, node: number): void {
    if (word >= this.roots.length) {
      const grown = new Int32Array(Math.max(2 * this.roots.length, word + 1)).fill(-1);
      grown.set(this.roots);
      this.roots = grown;
    }
    this.roots[word] = node;
  }

  private setChild(node: number, word: number, child: number): void {
    // Kept at most a quarter full: nearly every probe while scoring misses.
    if (4 * (this.childCount + 1) > this.childSlots) this.growChildren();
    this.placeChild(node, word, child);
    this.childCount++;
    if (node < this.parents.length) this.parents[node] = 1; // added after a `seal`
  }

  private placeChild(node: number, word: number, child: number): void {
    const mask = this.childSlots - 1;
    let s = childHash(node, word) & mask;
    while (this.children[3 * s] !== 0) s = (s + 1) & mask;
    this.children[3 * s] = node + 1;
    this.children[3 * s + 1] = word;
    this.children[3 * s + 2] = child;
  }

  private growChildren(): void {
    const old = this.children;
    this.childSlots *= 2;
    this.children = new Int32Array(3 * this.childSlots);
    for (let s = 0; s < old.length; s += 3) if (old[s] !== 0) this.placeChild(old[s] - 1, old[s + 1], old[s + 2]);
  }
}

/** Mixes a (node, word) pair into a slot hash (the high bits matter: the table takes the low ones). */
function childHash(node: number, word: number): number {
  const h = Math.imul(node, 0x9e3779b1) ^ Math.imul(word, 0x85ebca6b);
  return h ^ (h >>> 15);
}
