import * as vscode from 'vscode';
import type { ArticleSummary } from '../../core/corpus/summary';
import type { CorpusService } from '../corpus/service';
import { Paging, type SidebarNode } from './nodes';
import { previewOf } from './items';
import type { SidebarState } from './state';

const REFRESH_THROTTLE_MS = 400;

/** What the three views share: refresh on corpus and filter changes, paging, parents. */
export abstract class CorpusTree implements vscode.TreeDataProvider<SidebarNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<SidebarNode | undefined | void>();
  readonly onDidChangeTreeData = this.emitter.event;
  readonly paging = new Paging();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscriptions: vscode.Disposable[];

  constructor(protected readonly corpus: CorpusService, protected readonly state: SidebarState) {
    this.subscriptions = [
      // Throttled, not debounced: while thousands of files are indexed the views still fill in.
      corpus.onDidChange(() => {
        this.timer ??= setTimeout(() => {
          this.timer = undefined;
          this.refresh();
        }, REFRESH_THROTTLE_MS);
      }),
      state.onDidChange(() => {
        this.paging.reset();
        this.refresh();
      }),
    ];
  }

  abstract getTreeItem(node: SidebarNode): vscode.TreeItem;
  abstract getChildren(node?: SidebarNode): SidebarNode[] | Promise<SidebarNode[]>;

  getParent(node: SidebarNode): SidebarNode | undefined {
    return node.parent;
  }

  refresh(node?: SidebarNode): void {
    this.emitter.fire(node);
  }

  /** "Show more…" was clicked under `node.parent`. */
  showMore(node: SidebarNode & { kind: 'more' }): void {
    this.paging.more(node.owner);
    this.refresh(node.parent);
  }

  protected article(path: string, index: number): ArticleSummary | undefined {
    return this.corpus.index.get(path)?.articles[index];
  }

  /** Mention nodes of an actor in an article, found when the node is expanded. */
  protected async mentionNodes(parent: SidebarNode, path: string, index: number, actorKey: string): Promise<SidebarNode[]> {
    const mentions = await this.corpus.mentionsOf(path, index, actorKey);
    return mentions.map(({ range, line }, i): SidebarNode => ({ kind: 'mention', id: `${parent.id}/m${i}`, path, range, preview: previewOf(line), parent }));
  }

  protected missing(node: SidebarNode): vscode.TreeItem {
    const item = new vscode.TreeItem('(no longer in the corpus)');
    item.id = node.id;
    return item;
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const s of this.subscriptions) s.dispose();
    this.emitter.dispose();
  }
}
