import * as vscode from 'vscode';
import type { CorpusService } from '../corpus/service';
import type { SidebarNode } from './nodes';
import type { TopicsTree } from './topicsTree';

const FOLLOW_DEBOUNCE_MS = 300;

/** Reveals the article under the cursor in the Topics view when `byline.sidebar.followEditor` is on. */
export function followEditor(corpus: CorpusService, tree: TopicsTree, view: vscode.TreeView<SidebarNode>): vscode.Disposable {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const reveal = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !view.visible) return;
      if (!vscode.workspace.getConfiguration('byline.sidebar').get<boolean>('followEditor', true)) return;
      const path = editor.document.uri.toString();
      const summary = corpus.index.get(path);
      if (!summary) return;
      const line = editor.selection.active.line;
      const article = [...summary.articles].reverse().find((a) => a.range.start.line <= line) ?? summary.articles[0];
      const node = article && tree.nodeForReveal(path, article.index);
      if (node) void Promise.resolve(view.reveal(node, { select: true, focus: false, expand: false })).catch(() => undefined);
    }, FOLLOW_DEBOUNCE_MS);
  };
  return vscode.Disposable.from(
    vscode.window.onDidChangeActiveTextEditor(reveal),
    vscode.window.onDidChangeTextEditorSelection((e) => {
      if (e.textEditor === vscode.window.activeTextEditor) reveal();
    }),
    view.onDidChangeVisibility(reveal),
    { dispose: () => clearTimeout(timer) },
  );
}
