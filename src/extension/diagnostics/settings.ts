import * as vscode from 'vscode';
import type { RuleId } from '../../core/types';
import type { RuleSetting } from '../../core/claims/check';
import { RULES } from '../../core/claims/rules/index';

/** How a finding marked verified or false positive shows: as a hint, or not at all. */
export type TriagedDisplay = 'hint' | 'hidden';

/** The claims feature's settings, read from `byline.rules.<id>` and `byline.diagnostics.*`. */
export interface ClaimsSettings {
  readonly severities: Readonly<Record<RuleId, RuleSetting>>;
  readonly triaged: TriagedDisplay;
  readonly enabled: boolean;
}

const LEVELS: readonly RuleSetting[] = ['off', 'hint', 'information', 'warning', 'error'];

/** Current settings for a document's scope (folder settings win over workspace and user). */
export function readSettings(scope?: vscode.ConfigurationScope): ClaimsSettings {
  const config = vscode.workspace.getConfiguration('byline', scope);
  const severities = {} as Record<RuleId, RuleSetting>;
  for (const r of RULES) {
    const v = config.get<string>(`rules.${r.id}`);
    severities[r.id] = LEVELS.includes(v as RuleSetting) ? (v as RuleSetting) : r.defaultSeverity;
  }
  const triaged = config.get<string>('diagnostics.triagedFindings') === 'hidden' ? 'hidden' : 'hint';
  return { severities, triaged, enabled: config.get<boolean>('diagnostics.enabled') !== false };
}

/** True when a configuration change concerns this feature. */
export function affectsClaims(e: vscode.ConfigurationChangeEvent): boolean {
  return e.affectsConfiguration('byline.rules') || e.affectsConfiguration('byline.diagnostics');
}
