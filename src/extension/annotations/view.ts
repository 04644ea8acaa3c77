import { basename } from 'node:path';
import * as vscode from 'vscode';
import type { Annotation, AnnotationKind } from '../../core/annotations/model';
import type { AnnotationStore, ArticleAnnotationsState } from './store';

export type GroupBy = 'article' | 'kind' | 'tag';

type Node =
  | { type: 'group'; label: string; key: string; children: Leaf[]; icon: string }
  | Leaf;

interface Leaf {
  type: 'annotation';
  uri: vscode.Uri;
  annotation: Annotation;
  orphan: boolean;
}

const KIND_LABEL: Record<AnnotationKind, string> = { note: 'Notes', tag: 'Tags', verdict: 'Claim verdicts', 'actor-link': 'Actor links', triage: 'Triage' };
const KIND_ICON: Record<AnnotationKind, string> = { note: 'comment', tag: 'tag', verdict: 'law', 'actor-link': 'person', triage: 'checklist' };

function describe(a: Annotation): string {
  switch (a.kind) {
    case 'note': return a.body.split('\n')[0];
    case 'tag': return `#${a.body}`;
    case 'verdict': return `verdict: ${a.body}`;
    case 'actor-link': return `actor: ${a.label ?? a.body}`;
    case 'triage': return `triage: ${a.body}`;
  }
}

/** The Annotations view: by article, kind or tag; orphans listed apart with their own actions. */
export class AnnotationsTree implements vscode.TreeDataProvider<Node> {
  private readonly emitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  groupBy: GroupBy = 'article';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly store: AnnotationStore) {}

  /** Refreshes soon (typing moves anchors on every key; the tree needs far fewer updates). */
  refresh(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.emitter.fire(undefined), 250);
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node) return node.type === 'group' ? node.children : [];
    const articles = await this.store.all();
    const leaves: Leaf[] = articles.flatMap((s: ArticleAnnotationsState) => s.items.map((i) => ({ type: 'annotation' as const, uri: s.uri, annotation: i.annotation, orphan: !i.span })));
    const groups = new Map<string, { label: string; icon: string; children: Leaf[] }>();
    const add = (key: string, label: string, icon: string, leaf: Leaf) => {
      const g = groups.get(key) ?? { label, icon, children: [] };
      g.children.push(leaf);
      groups.set(key, g);
    };
    for (const leaf of leaves) {
      const a = leaf.annotation;
      if (leaf.orphan) { add('~orphans', 'Orphans (passage not found)', 'warning', leaf); continue; }
      if (this.groupBy === 'article') add(`a:${leaf.uri.toString()}`, vscode.workspace.asRelativePath(leaf.uri, false), 'file', leaf);
      else if (this.groupBy === 'kind') add(`k:${a.kind}`, KIND_LABEL[a.kind], KIND_ICON[a.kind], leaf);
      else if (a.kind === 'tag') add(`t:${a.body}`, `#${a.body}`, 'tag', leaf);
      else add('~untagged', 'Not tags', 'circle-outline', leaf);
    }
    for (const g of groups.values()) g.children.sort((x, y) => x.uri.toString().localeCompare(y.uri.toString()) || x.annotation.target.start - y.annotation.target.start);
    return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, g]) => ({ type: 'group', key, ...g }));
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.type === 'group') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `group:${node.key}:${this.groupBy}`;
      item.iconPath = new vscode.ThemeIcon(node.icon);
      item.description = String(node.children.length);
      return item;
    }
    const a = node.annotation;
    const item = new vscode.TreeItem(describe(a), vscode.TreeItemCollapsibleState.None);
    item.id = `annotation:${a.id}:${this.groupBy}`;
    item.description = `“${a.target.exact.replace(/\s+/g, ' ').slice(0, 60)}” · ${basename(node.uri.path)}`;
    item.tooltip = new vscode.MarkdownString().appendText(`${describe(a)}\n\n“${a.target.exact}”\n\n${a.author}, ${a.created.slice(0, 10)}${node.orphan ? '\n\nOrphan: the passage was not found in the article.' : ''}`);
    item.iconPath = new vscode.ThemeIcon(node.orphan ? 'debug-disconnect' : KIND_ICON[a.kind]);
    item.contextValue = node.orphan ? 'byline.annotation.orphan' : 'byline.annotation';
    item.command = { command: 'byline.revealAnnotation', title: 'Reveal', arguments: [node] };
    return item;
  }
}

export type AnnotationNode = Leaf;
