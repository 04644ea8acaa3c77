import type { RelatedLocation, RuleId, Severity, Span } from '../types';
import type { RuleContext } from './context';

/** What a rule reports before severity settings are applied. */
export interface RuleHit extends Span {
  readonly message: string;
  readonly related?: readonly RelatedLocation[];
  readonly data?: Readonly<Record<string, unknown>>;
}

/** One built-in rule: an id, a title, a default severity and a check over one article. */
export interface Rule {
  readonly id: RuleId;
  readonly title: string;
  readonly defaultSeverity: Severity;
  /** One sentence on what the rule flags (the full page is docs/rules/<id>.md). */
  readonly summary: string;
  check(ctx: RuleContext): RuleHit[];
}
