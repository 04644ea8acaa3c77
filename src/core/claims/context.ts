import type { Article, Mention, Span } from '../types';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import { extractDates } from '../entities/dates';
import { extractQuantities } from '../entities/quantities';
import { findQuotes, splitSentences, type Quote, type Sentence } from './text';
import { sentenceCues } from './cues';

export type BlockKind = 'headline' | 'meta' | 'caption' | 'bullet' | 'subheading' | 'paragraph' | 'chrome';

/** A block of the article with what it is; blocks are in document order. */
export interface ContextBlock extends Span {
  readonly kind: BlockKind;
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly quotes: readonly Quote[];
}

/** Everything a rule reads about one article, computed once and shared by all rules. */
export interface RuleContext {
  readonly text: string;
  readonly article: Article;
  readonly kb: KnowledgeBase;
  readonly mentions: readonly Mention[];
  readonly blocks: readonly ContextBlock[];
  /** Date and quantity mentions of the article (from the recognizer, or extracted here). */
  readonly dates: readonly Mention[];
  readonly quantities: readonly Mention[];
  /** The block and sentence holding an offset, if any. */
  locate(offset: number): { block: ContextBlock; sentence: Sentence; index: number } | undefined;
  /** True when the offset lies inside a quotation. */
  inQuote(offset: number): boolean;
  /** The cue families (CUE_* of ./cues) found in a sentence of a block, by its index; computed once per block. */
  cues(block: ContextBlock, index: number): number;
  /** The cue families found in any sentence of a block. */
  blockCues(block: ContextBlock): number;
}

/** Builds the shared context; dates/quantities come from `mentions` when the recognizer provides them. */
export function buildContext(text: string, article: Article, mentions: readonly Mention[], kb: KnowledgeBase): RuleContext {
  const raw: { kind: BlockKind; span: Span }[] = [{ kind: 'headline', span: article.headlineSpan }];
  const add = (kind: BlockKind, list: readonly Span[]): void => {
    for (const s of list) raw.push({ kind, span: s });
  };
  add('meta', article.meta);
  add('caption', article.captions);
  add('bullet', article.bullets);
  add('subheading', article.subheadings);
  add('paragraph', article.paragraphs);
  add('chrome', article.chrome);
  // The byline line can carry the page stamp ("By Jane Doe | 3 hours ago").
  if (article.byline) add('meta', [article.byline]);
  sortByStart(raw);
  // A span listed under two kinds (a byline that is also a meta line) is kept once.
  for (let i = raw.length - 1; i > 0; i--) if (raw[i].span.start === raw[i - 1].span.start && raw[i].span.end === raw[i - 1].span.end) raw.splice(i, 1);
  const blocks: ContextBlock[] = raw.map(({ kind, span }) => {
    const t = text.slice(span.start, span.end);
    return { kind, start: span.start, end: span.end, text: t, sentences: splitSentences(t, span.start), quotes: findQuotes(t, span.start) };
  });
  const allQuotes: Quote[] = [];
  for (const b of blocks) for (const q of b.quotes) allQuotes.push(q);
  const cueCache = new Map<ContextBlock, BlockCues>();
  // The rules ask for the cues of a block's sentences one after another: the last block's are kept at hand.
  let lastBlock: ContextBlock | undefined;
  let lastCues = NO_CUES;
  const cuesOf = (block: ContextBlock): BlockCues => {
    if (block === lastBlock) return lastCues;
    let cues = cueCache.get(block);
    if (!cues) cueCache.set(block, (cues = blockCuesOf(block)));
    lastBlock = block;
    lastCues = cues;
    return cues;
  };
  // Several rules locate the same mentions: each offset is located once (null: in no sentence).
  const located = new Map<number, Located | null>();
  let dates: Mention[] = [];
  let quantities: Mention[] = [];
  for (const m of mentions) {
    // The type read once: mentions come in many shapes, which makes each property read slow.
    const type = m.type;
    if (type === 'date') {
      if (m.normalized?.kind === 'date') dates.push(m);
    } else if (type === 'quantity' && m.normalized?.kind === 'quantity') quantities.push(m);
  }
  if (dates.length === 0) dates = blocks.flatMap((b) => extractDates(text, b, article.published));
  if (quantities.length === 0) quantities = blocks.flatMap((b) => extractQuantities(text, b));
  return {
    text,
    article,
    kb,
    mentions,
    blocks,
    dates,
    quantities,
    locate(offset) {
      let where = located.get(offset);
      if (where === undefined) located.set(offset, (where = locateIn(blocks, offset) ?? null));
      return where ?? undefined;
    },
    inQuote(offset) {
      return allQuotes.some((q) => q.inner.start <= offset && offset < q.inner.end);
    },
    cues(block, index) {
      return cuesOf(block).sentences[index];
    },
    blockCues(block) {
      return cuesOf(block).any;
    },
  };
}

/** Where an offset lies: its block, its sentence and the sentence's index in the block. */
type Located = { block: ContextBlock; sentence: Sentence; index: number };

/** The cue families of each sentence of a block, and of the block as a whole. */
interface BlockCues {
  readonly sentences: readonly number[];
  readonly any: number;
}

const NO_CUES: BlockCues = { sentences: [], any: 0 };

function blockCuesOf(block: ContextBlock): BlockCues {
  const sentences = sentenceCues(block.sentences);
  let any = 0;
  for (const c of sentences) any |= c;
  return { sentences, any };
}

/**
 * The first block (in order) holding the offset and its sentence holding it, if any. The
 * sentences of a block are in order and apart, so the one holding the offset is found by bisection.
 */
function locateIn(blocks: readonly ContextBlock[], offset: number): Located | undefined {
  for (const block of blocks) {
    // Blocks are sorted by start: none from here on holds the offset.
    if (block.start > offset) return undefined;
    if (offset >= block.end) continue;
    const sentences = block.sentences;
    // The last sentence starting at or before the offset: the only one that can hold it.
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    const s = sentences[lo];
    return s !== undefined && s.start <= offset && offset < s.end ? { block, sentence: s, index: lo } : undefined;
  }
  return undefined;
}

/**
 * Sorts the blocks by start in place, keeping the order of equal starts (as the stable
 * Array.prototype.sort does): an insertion sort, cheaper than the builtin's calls of a
 * comparator on the few blocks of an article, most of them already in order.
 */
function sortByStart(raw: { span: Span }[]): void {
  for (let i = 1; i < raw.length; i++) {
    const item = raw[i];
    let j = i;
    while (j > 0 && raw[j - 1].span.start > item.span.start) {
      raw[j] = raw[j - 1];
      j--;
    }
    raw[j] = item;
  }
}

/** The sentence before the given one in the same block, or the last one of the previous block. */
export function previousSentence(ctx: RuleContext, block: ContextBlock, index: number): { block: ContextBlock; sentence: Sentence } | undefined {
  if (index > 0) return { block, sentence: block.sentences[index - 1] };
  const bi = ctx.blocks.indexOf(block);
  const prev = ctx.blocks[bi - 1];
  if (!prev || prev.sentences.length === 0) return undefined;
  return { block: prev, sentence: prev.sentences[prev.sentences.length - 1] };
}
