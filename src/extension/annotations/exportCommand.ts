import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { currentTargets } from '../../core/annotations/anchorAll';
import { EXPORT_EXTENSION, EXPORT_FORMATS, exportAnnotations, type ExportFormat } from '../../core/annotations/export/formats';
import type { ArticleAnnotations } from '../../core/annotations/export/types';
import type { AnnotationStore } from './store';

const FORMAT_LABEL: Record<ExportFormat, string> = {
  w3c: 'W3C Web Annotation (JSON-LD AnnotationCollection)',
  brat: 'brat standoff (.ann, one per article)',
  csv: 'CSV (one row per annotation)',
  claimreview: 'schema.org ClaimReview (verdicts only)',
};

/** "Byline: Export Annotations…": every annotation of the workspace in a standard format. */
export async function exportAnnotationsCommand(store: AnnotationStore): Promise<void> {
  const pick = await vscode.window.showQuickPick(EXPORT_FORMATS.map((f) => ({ label: FORMAT_LABEL[f], format: f })), { title: 'Export annotations as' });
  if (!pick) return;
  const states = await store.all();
  const articles: ArticleAnnotations[] = states.map((s) => {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === s.uri.toString());
    let text: string | undefined = open?.getText();
    if (text === undefined) {
      try { text = readFileSync(s.uri.fsPath, 'utf8'); } catch { text = undefined; }
    }
    const annotations = s.items.map((i) => i.annotation);
    return { source: vscode.workspace.asRelativePath(s.uri, false), text, annotations: text !== undefined ? currentTargets(text, annotations).annotations : annotations };
  });
  const { outputs, warnings } = exportAnnotations(pick.format, articles);
  const base = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (pick.format === 'brat') {
    const dir = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, title: 'Folder for the .ann files', defaultUri: base });
    if (!dir?.[0]) return;
    for (const o of outputs) {
      const name = (o.source ?? 'article').split('/').pop()!.replace(/\.[^.]*$/, '') + '.ann';
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir[0], name), new TextEncoder().encode(o.text));
    }
  } else {
    const target = await vscode.window.showSaveDialog({ defaultUri: base && vscode.Uri.joinPath(base, `annotations${EXPORT_EXTENSION[pick.format]}`), title: 'Export annotations' });
    if (!target) return;
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(outputs[0].text));
  }
  const n = states.reduce((k, s) => k + s.items.length, 0);
  void vscode.window.showInformationMessage(`Byline: exported ${n} annotations from ${states.length} articles${warnings.length ? ` (${warnings.length} warnings: ${warnings.slice(0, 2).join('; ')})` : ''}.`);
}
