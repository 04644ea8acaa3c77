import * as vscode from 'vscode';
import type { EntityType, Mention } from '../../core/types';

/** Token types, in legend order; package.json declares each with a superType and scope fallbacks. */
export const TOKEN_TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'date', 'quantity', 'misc'];
/** `linked`: the knowledge base knows the actor; `unknown`: a name it does not know. */
export const TOKEN_MODIFIERS = ['linked', 'unknown'] as const;

export const LEGEND = new vscode.SemanticTokensLegend([...TOKEN_TYPES], [...TOKEN_MODIFIERS]);

/** The setting that switches each entity type's highlighting on or off. */
export const HIGHLIGHT_SETTING = 'byline.entityHighlighting';

/** Entity types whose highlighting is switched off in the settings. */
export function disabledTypes(scope?: vscode.Uri): Set<EntityType> {
  const cfg = vscode.workspace.getConfiguration('byline', scope).get<Partial<Record<EntityType, boolean>>>('entityHighlighting', {});
  return new Set(TOKEN_TYPES.filter((t) => cfg[t] === false));
}

/** Modifier bits of a mention. */
export function modifierBits(m: Mention): number {
  if (m.type === 'date' || m.type === 'quantity') return 0;
  return m.actor && !m.misspellingOf ? 1 << 0 : 1 << 1;
}
