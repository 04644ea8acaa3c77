import type { Article, Finding, Mention, RuleId, Severity } from '../types';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import { buildContext, type RuleContext } from './context';
import { RULES } from './rules/index';

/** Per-rule severity, or `off` to skip the rule. */
export type RuleSetting = Severity | 'off';

/** What a rule sees of one article. */
export interface ArticleContext {
  readonly text: string;
  readonly article: Article;
  readonly mentions: readonly Mention[];
  readonly kb: KnowledgeBase;
  /** Severity overrides by rule id (settings `byline.rules.<id>`); absent means the rule's default. */
  readonly settings?: Readonly<Partial<Record<RuleId, RuleSetting>>>;
}

/**
 * Findings for one article, sorted by offset; one finding per rule and span. `rc` is the rules'
 * context of the same article, when the caller built it for more than the checks.
 */
export function checkArticle(ctx: ArticleContext, rc: RuleContext = buildContext(ctx.text, ctx.article, ctx.mentions, ctx.kb)): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const setting = ctx.settings?.[rule.id] ?? rule.defaultSeverity;
    if (setting === 'off') continue;
    let hits;
    try {
      hits = rule.check(rc);
    } catch (e) {
      // One broken rule must not hide the others' findings.
      console.error(`byline: rule ${rule.id} failed: ${(e as Error).message}`);
      continue;
    }
    for (const h of hits) {
      if (h.end <= h.start) continue;
      findings.push({ rule: rule.id, severity: setting, start: h.start, end: h.end, message: h.message, related: h.related ?? [], ...(h.data ? { data: h.data } : {}) });
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
  return findings.filter((f, i) => i === 0 || !(f.rule === findings[i - 1].rule && f.start === findings[i - 1].start && f.end === findings[i - 1].end));
}
