import { segmentArticles } from '../../../src/core/articles/segment';
import { buildContext } from '../../../src/core/claims/context';
import type { Rule } from '../../../src/core/claims/rule';
import { KnowledgeBase } from '../../../src/core/kb/knowledgeBase';
import type { Mention } from '../../../src/core/types';

/** A one-article page: headline, an absolute date line, then the paragraphs. */
export function page(paragraphs: readonly string[], published = '07 January 2026', headline = 'Officials meet to discuss regional security'): string {
  return `${headline}\nUpdated ${published}\n\n${paragraphs.join('\n\n')}\n`;
}

/** The texts a rule flags in a page's first article. */
export function flagged(rule: Rule, text: string, mentions: Mention[] = [], kb = new KnowledgeBase()): string[] {
  const [article] = segmentArticles(text);
  const ctx = buildContext(text, article, mentions, kb);
  return rule.check(ctx).map((h) => text.slice(h.start, h.end));
}
