import type { Rule } from '../rule';
import { vagueAttribution } from './vagueAttribution';
import { unsourcedStatistic } from './unsourcedStatistic';
import { implausibleQuantity } from './implausibleQuantity';
import { dateInconsistency } from './dateInconsistency';
import { relativeTimestamp } from './relativeTimestamp';
import { nameInconsistency } from './nameInconsistency';
import { unattributedQuote } from './unattributedQuote';
import { numericContradiction } from './numericContradiction';
import { speculativeClaim } from './speculativeClaim';

/** The nine built-in rules, in the order the issue lists them. */
export const RULES: readonly Rule[] = [
  vagueAttribution,
  unsourcedStatistic,
  implausibleQuantity,
  dateInconsistency,
  relativeTimestamp,
  nameInconsistency,
  unattributedQuote,
  numericContradiction,
  speculativeClaim,
];
