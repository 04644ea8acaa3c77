import type { Article, Finding, Mention } from './types';
import { LineIndex } from './text/lineIndex';
import { segmentArticles } from './articles/segment';
import { recognizeEntities } from './entities/recognize';
import { checkArticle } from './claims/check';
import { classifyTopics, type TopicScore } from './topics/classify';
import { KnowledgeBase } from './kb/knowledgeBase';

/** One article with everything found in it. */
export interface ArticleAnalysis {
  readonly article: Article;
  readonly mentions: readonly Mention[];
  readonly findings: readonly Finding[];
  readonly topics: readonly TopicScore[];
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
}

const EMPTY_KB = new KnowledgeBase();

/** Analyses a whole document's text: segmentation, entities, claims and topics per article. */
export function analyzeDocument(text: string, options: AnalysisOptions = {}): DocumentAnalysis {
  const kb = options.kb ?? EMPTY_KB;
  const articles = segmentArticles(text).map((article): ArticleAnalysis => {
    const mentions = recognizeEntities(text, article, kb);
    const findings = options.skipClaims ? [] : checkArticle({ text, article, mentions, kb });
    const topics = options.skipTopics
      ? []
      : classifyTopics(article.headline, text.slice(article.bodyStart, article.end));
    return { article, mentions, findings, topics };
  });
  return { text, lines: new LineIndex(text), articles };
}
