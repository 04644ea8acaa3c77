import * as vscode from 'vscode';
import { CorpusTree } from './corpusTree';
import { actorIcon, articleItem, mentionItem, moreItem, openCommand } from './items';
import { firstMentionRange } from '../../core/corpus/summary';
import { page, type SidebarNode } from './nodes';

/** Actors view: actor (mention count, type icon) → articles → mentions with line previews. */
export class ActorsTree extends CorpusTree {
  getChildren(node?: SidebarNode): SidebarNode[] | Promise<SidebarNode[]> {
    const index = this.corpus.index;
    const filter = this.state.filter;
    if (!node) {
      return page(index.actors(filter), 'actors', this.paging, undefined, (a) => ({ kind: 'actor', id: `actor:${a.key}`, actorKey: a.key }));
    }
    switch (node.kind) {
      case 'actor':
        return page(index.articlesByActor(node.actorKey, filter), node.id, this.paging, node, (ref) => ({
          kind: 'article', id: `${node.id}/${ref.path}#${ref.article.index}`, path: ref.path, index: ref.article.index, actorKey: node.actorKey, parent: node,
        }));
      case 'article':
        return node.actorKey ? this.mentionNodes(node, node.path, node.index, node.actorKey) : [];
      default:
        return [];
    }
  }

  getTreeItem(node: SidebarNode): vscode.TreeItem {
    switch (node.kind) {
      case 'actor': {
        const a = this.corpus.index.actor(node.actorKey);
        if (!a) return this.missing(node);
        const item = new vscode.TreeItem(a.label, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = node.id;
        item.description = `${a.mentions} mention${a.mentions === 1 ? '' : 's'} · ${a.articles} article${a.articles === 1 ? '' : 's'}`;
        item.tooltip = `${a.label} (${a.type}${a.actor ? `, knowledge base: ${a.actor}` : ', not in the knowledge base'})`;
        item.iconPath = actorIcon(a.type);
        item.contextValue = 'bylineActor';
        return item;
      }
      case 'article': {
        const a = this.article(node.path, node.index);
        if (!a) return this.missing(node);
        const item = articleItem(node, a, (id) => this.corpus.topicLabel(id), true);
        const actor = a.actors.find((x) => x.key === node.actorKey);
        item.description = `${actor?.count ?? 0}× · ${item.description}`;
        if (actor) item.command = openCommand(node.path, firstMentionRange(actor), 'Open First Mention');
        return item;
      }
      case 'mention':
        return mentionItem(node);
      case 'more':
        return moreItem(node);
      default:
        return this.missing(node);
    }
  }
}
