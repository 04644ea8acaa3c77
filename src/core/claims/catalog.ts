import type { RuleId } from '../types';
import { RULES } from './rules/index';
import vagueAttribution from '../../../docs/rules/vague-attribution.md';
import unsourcedStatistic from '../../../docs/rules/unsourced-statistic.md';
import implausibleQuantity from '../../../docs/rules/implausible-quantity.md';
import dateInconsistency from '../../../docs/rules/date-inconsistency.md';
import relativeTimestamp from '../../../docs/rules/relative-timestamp.md';
import nameInconsistency from '../../../docs/rules/name-inconsistency.md';
import unattributedQuote from '../../../docs/rules/unattributed-quote.md';
import numericContradiction from '../../../docs/rules/numeric-contradiction.md';
import speculativeClaim from '../../../docs/rules/speculative-claim.md';

/** Each built-in rule's documentation page (docs/rules/<id>.md), bundled as text. */
export const RULE_DOCS: Readonly<Record<RuleId, string>> = {
  'vague-attribution': vagueAttribution,
  'unsourced-statistic': unsourcedStatistic,
  'implausible-quantity': implausibleQuantity,
  'date-inconsistency': dateInconsistency,
  'relative-timestamp': relativeTimestamp,
  'name-inconsistency': nameInconsistency,
  'unattributed-quote': unattributedQuote,
  'numeric-contradiction': numericContradiction,
  'speculative-claim': speculativeClaim,
};

/** True for the id of a built-in rule. */
export function isRuleId(id: string): id is RuleId {
  return RULES.some((r) => r.id === id);
}
