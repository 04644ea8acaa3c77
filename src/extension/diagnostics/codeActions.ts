import * as vscode from 'vscode';
import { isRuleId } from '../../core/claims/catalog';
import { ruleOf } from './convert';

/** Command ids of the claims feature. */
export const COMMANDS = {
  triage: 'byline.triageFinding',
  addNote: 'byline.addFindingNote',
  disableRule: 'byline.disableRuleInWorkspace',
  showDocs: 'byline.showRuleDocumentation',
} as const;

/** Arguments the quick fixes pass to the triage commands. */
export interface FindingArgs {
  readonly uri: string;
  readonly rule: string;
  /** The finding's text when the fix was offered; the command checks it is still there. */
  readonly text: string;
  readonly range: { readonly start: { line: number; character: number }; readonly end: { line: number; character: number } };
  readonly status?: 'verified' | 'false-positive' | 'needs-source';
}

/** Quick fixes on claims diagnostics: triage, notes, disabling a rule, the rule's documentation. */
export class ClaimsCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    for (const d of context.diagnostics) {
      const rule = ruleOf(d);
      if (!rule) continue;
      const base: FindingArgs = {
        uri: document.uri.toString(),
        rule,
        text: document.getText(d.range),
        range: { start: { line: d.range.start.line, character: d.range.start.character }, end: { line: d.range.end.line, character: d.range.end.character } },
      };
      const add = (title: string, command: string, args: unknown, preferred = false): void => {
        const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        a.command = { title, command, arguments: [args] };
        a.diagnostics = [d];
        a.isPreferred = preferred;
        actions.push(a);
      };
      add('Mark as verified', COMMANDS.triage, { ...base, status: 'verified' });
      add('Mark as false positive', COMMANDS.triage, { ...base, status: 'false-positive' });
      add('Needs source', COMMANDS.triage, { ...base, status: 'needs-source' });
      add('Add note…', COMMANDS.addNote, base);
      if (isRuleId(rule)) add(`Disable rule ${rule} in this workspace`, COMMANDS.disableRule, { rule });
      add(`Show documentation for ${rule}`, COMMANDS.showDocs, { rule, uri: base.uri });
    }
    return actions;
  }
}
