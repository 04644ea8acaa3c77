import type { Article, Finding, Mention } from './types';
import { LineIndex } from './text/lineIndex';
import { segmentArticles } from './articles/segment';
import { recognizeEntities } from './entities/recognize';
import { checkArticle } from './claims/check';
import { buildContext } from './claims/context';
import { articleFacts, type ArticleFacts } from './claims/corpusFacts';
import { classifyTopics, type TopicScore } from './topics/classify';
import { KnowledgeBase } from './kb/knowledgeBase';

/** One article with everything found in it. */
export interface ArticleAnalysis {
  readonly article: Article;
  readonly mentions: readonly Mention[];
  readonly findings: readonly Finding[];
  readonly topics: readonly TopicScore[];
  /** What the cross-file checks need of the article (with the `facts` option). */
  readonly facts?: ArticleFacts;
}

/** Everything the engine knows about one document: a plain value, testable without VS Code. */
export interface DocumentAnalysis {
  readonly text: string;
  readonly lines: LineIndex;
  readonly articles: readonly ArticleAnalysis[];
}

export interface AnalysisOptions {
  readonly kb?: KnowledgeBase;
  /** Skip claim checks (e.g. for highlighting-only consumers). */
  readonly skipClaims?: boolean;
  /** Skip topic classification. */
  readonly skipTopics?: boolean;
  /** Also gather each article's cross-file facts, from the claims context its checks ran on. */
  readonly facts?: boolean;
}

const EMPTY_KB = new KnowledgeBase();

/** Analyses a whole document's text: segmentation, entities, claims and topics per article. */
export function analyzeDocument(text: string, options: AnalysisOptions = {}): DocumentAnalysis {
  const kb = options.kb ?? EMPTY_KB;
  const articles = segmentArticles(text).map((article): ArticleAnalysis => {
    const mentions = recognizeEntities(text, article, kb);
    // One claims context serves both the checks and the facts.
    const claims = options.skipClaims && !options.facts ? undefined : buildContext(text, article, mentions, kb);
    const findings = claims && !options.skipClaims ? checkArticle({ text, article, mentions, kb }, claims) : [];
    const topics = options.skipTopics
      ? []
      : classifyTopics(article.headline, text.slice(article.bodyStart, article.end));
    if (!options.facts || !claims) return { article, mentions, findings, topics };
    return { article, mentions, findings, topics, facts: articleFacts(claims) };
  });
  return { text, lines: new LineIndex(text), articles };
}
