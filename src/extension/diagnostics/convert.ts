import * as vscode from 'vscode';
import type { DocumentAnalysis } from '../../core/analysis';
import type { Finding, Severity } from '../../core/types';
import { runRulePack, type RulePack } from '../../core/claims/packs';
import { isRuleId } from '../../core/claims/catalog';
import type { ClaimsSettings } from './settings';
import type { TriageService } from './triageService';
import { RULE_PACK_PATH } from './rulePackService';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** Findings of the cross-article checks for one document, and how to locate a span of another file. */
export interface CrossFileFindings {
  readonly findings: readonly Finding[];
  locate(file: string, span: { start: number; end: number }): vscode.Location | undefined;
}

/** Source label of every claims diagnostic; code actions key on it and on `code`. */
export const DIAGNOSTIC_SOURCE = 'byline';

/** Where a rule's explanation lives: the shipped docs page, or the workspace's rule pack. */
export function ruleDocUri(extensionUri: vscode.Uri, rule: string, document?: vscode.Uri): vscode.Uri | undefined {
  if (isRuleId(rule)) return vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${rule}.md`);
  const folder = document ? vscode.workspace.getWorkspaceFolder(document) : undefined;
  return folder ? vscode.Uri.joinPath(folder.uri, RULE_PACK_PATH) : undefined;
}

/** The rule id a diagnostic carries in its `code`. */
export function ruleOf(d: vscode.Diagnostic): string | undefined {
  if (d.source !== DIAGNOSTIC_SOURCE) return undefined;
  return typeof d.code === 'object' ? String(d.code.value) : d.code === undefined ? undefined : String(d.code);
}

/**
 * A document's findings as diagnostics: rule severities from settings, rule-pack findings,
 * and triage applied (verified/false positive → hint or hidden; notes appended).
 */
export function toDiagnostics(
  document: vscode.TextDocument,
  analysis: DocumentAnalysis,
  settings: ClaimsSettings,
  triage: TriageService,
  pack: RulePack | undefined,
  extensionUri: vscode.Uri,
  corpus: CrossFileFindings = { findings: [], locate: () => undefined },
): vscode.Diagnostic[] {
  const out: vscode.Diagnostic[] = [];
  const findings: Finding[] = [];
  for (const a of analysis.articles) {
    findings.push(...a.findings);
    if (pack) findings.push(...runRulePack(pack, analysis.text, a.article));
  }
  findings.push(...corpus.findings);
  const range = (s: { start: number; end: number }): vscode.Range => {
    const r = analysis.lines.rangeOf(s);
    return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
  };
  for (const f of findings) {
    const setting = isRuleId(f.rule) ? settings.severities[f.rule] : f.severity;
    if (setting === 'off') continue;
    const text = analysis.text.slice(f.start, f.end);
    const entry = triage.entryFor(document.uri, f.rule, text, f);
    let severity = SEVERITY[isRuleId(f.rule) ? (setting as Severity) : f.severity];
    let message = f.message;
    if (entry?.status === 'verified' || entry?.status === 'false-positive') {
      if (settings.triaged === 'hidden') continue;
      severity = vscode.DiagnosticSeverity.Hint;
      message = `[${entry.status === 'verified' ? 'verified' : 'false positive'}] ${message}`;
    } else if (entry?.status === 'needs-source') message = `[needs source] ${message}`;
    if (entry?.note) message += `\nNote: ${entry.note}`;
    const d = new vscode.Diagnostic(range(f), message, severity);
    d.source = DIAGNOSTIC_SOURCE;
    const target = ruleDocUri(extensionUri, f.rule, document.uri);
    d.code = target ? { value: f.rule, target } : f.rule;
    if (f.related.length)
      d.relatedInformation = f.related.flatMap((r) => {
        // A related place in another file (cross-article checks) is located by the corpus.
        const location = r.file ? corpus.locate(r.file, r) : new vscode.Location(document.uri, range(r));
        return location ? [new vscode.DiagnosticRelatedInformation(location, r.message)] : [];
      });
    out.push(d);
  }
  return out;
}
