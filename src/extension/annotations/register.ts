import * as vscode from 'vscode';
import type { Services } from '../services';
import { annotateSelection } from './annotate';
import { registerNoteComments } from './comments';
import { toRange, toSpan } from './convert';
import { registerDecorations } from './decorations';
import { exportAnnotationsCommand } from './exportCommand';
import { AnnotationsTree, type AnnotationNode, type GroupBy } from './view';

/** Reader annotations: the Annotate command, note threads, decorations, the Annotations view, export. */
export function register(_context: vscode.ExtensionContext, services: Services): vscode.Disposable {
  const store = services.annotations;
  const tree = new AnnotationsTree(store);
  const view = vscode.window.createTreeView('byline.annotations', { treeDataProvider: tree, showCollapseAll: true });

  const reveal = async (node: AnnotationNode): Promise<void> => {
    const document = await vscode.workspace.openTextDocument(node.uri);
    const editor = await vscode.window.showTextDocument(document, { preview: true });
    const span = store.spanOf(node.uri, node.annotation.id);
    if (!span) {
      void vscode.window.showWarningMessage(`Byline: the passage “${node.annotation.target.exact.slice(0, 60)}” is no longer in this article. Select where it belongs and use “Re-attach to Selection”, or delete the annotation.`);
      return;
    }
    const range = toRange(document, span);
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  };

  return vscode.Disposable.from(
    view,
    registerNoteComments(store),
    registerDecorations(store),
    store.onDidChange(() => tree.refresh()),
    vscode.commands.registerCommand('byline.annotateSelection', () => annotateSelection(store, services)),
    vscode.commands.registerCommand('byline.revealAnnotation', reveal),
    vscode.commands.registerCommand('byline.reattachAnnotation', async (node: AnnotationNode) => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document.uri.toString() !== node.uri.toString() || editor.selection.isEmpty) {
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(node.uri));
        void vscode.window.showInformationMessage('Byline: select the passage in this article, then run “Re-attach to Selection” again.');
        return;
      }
      store.reattachTo(node.uri, node.annotation.id, toSpan(editor.document, editor.selection));
    }),
    vscode.commands.registerCommand('byline.deleteAnnotation', async (node: AnnotationNode) => {
      const pick = await vscode.window.showWarningMessage(`Delete this ${node.annotation.kind} annotation?`, { modal: true }, 'Delete');
      if (pick) store.remove(node.uri, node.annotation.id);
    }),
    vscode.commands.registerCommand('byline.groupAnnotations', async () => {
      const pick = await vscode.window.showQuickPick(
        (['article', 'kind', 'tag'] as GroupBy[]).map((g) => ({ label: `By ${g}`, g, picked: g === tree.groupBy })),
        { title: 'Group annotations' },
      );
      if (pick) {
        tree.groupBy = pick.g;
        tree.refresh();
      }
    }),
    vscode.commands.registerCommand('byline.refreshAnnotations', () => tree.refresh()),
    vscode.commands.registerCommand('byline.exportAnnotations', () => exportAnnotationsCommand(store)),
  );
}
