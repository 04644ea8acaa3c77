import type * as vscode from 'vscode';
import type { FindingRef } from '../../core/corpus/summary';
import type { Services } from '../services';

/** Triage states the claims feature records (issue 5): a finding without one is untriaged. */
export const TRIAGE_STATES = [
  { id: 'untriaged', label: 'Untriaged', icon: 'circle-large-outline' },
  { id: 'verified', label: 'Verified', icon: 'pass' },
  { id: 'false-positive', label: 'False positive', icon: 'circle-slash' },
  { id: 'needs-source', label: 'Needs source', icon: 'question' },
] as const;

export type TriageStateId = (typeof TRIAGE_STATES)[number]['id'] | string;

/** What the sidebar needs from the triage store (the claims feature's `services.triage`). */
export interface TriageReader {
  stateOf(uri: vscode.Uri, finding: Pick<FindingRef, 'rule' | 'range' | 'quote' | 'id'>): TriageStateId | undefined;
  readonly onDidChange?: vscode.Event<unknown>;
}

export function triageReader(services: Services): TriageReader | undefined {
  return services.triage;
}

export function triageIcon(state: TriageStateId | undefined): string {
  return TRIAGE_STATES.find((s) => s.id === (state ?? 'untriaged'))?.icon ?? 'circle-large-outline';
}
