import * as vscode from 'vscode';
import { builtinTopic, BUILTIN_TOPIC_IDS } from '../../core/topics/taxonomy';
import type { ArticleRef } from '../../core/corpus/corpusIndex';
import { CorpusTree } from './corpusTree';
import { actorIcon, articleItem, findingItem, moreItem, mentionItem, openCommand } from './items';
import { firstMentionRange, type FindingRef } from '../../core/corpus/summary';
import type { CrossFileFindings } from './crossFile';
import { page, type SidebarNode } from './nodes';
import { triageIcon, type TriageReader } from './triage';
import type { CorpusService } from '../corpus/service';
import type { SidebarState } from './state';

type TopicNode = SidebarNode & { kind: 'topic' };
type ArticleNode = SidebarNode & { kind: 'article' };

/** Topics view: topic (article count) → article → its findings by rule and its actors. */
export class TopicsTree extends CorpusTree {
  constructor(
    corpus: CorpusService,
    state: SidebarState,
    private readonly triage: () => TriageReader | undefined,
    private readonly crossFile: CrossFileFindings,
  ) {
    super(corpus, state);
  }

  /** An article's findings: its own and those against other files. */
  private findingsOf(path: string, index: number): readonly FindingRef[] {
    const own = this.article(path, index)?.findings ?? [];
    const across = this.crossFile.ofArticle(path, index);
    return across.length ? [...own, ...across] : own;
  }

  /** The node of a topic, nested under its parent topic when it is a workspace topic with one. */
  topicNode(topic: string): TopicNode {
    const parent = builtinTopic(topic) ? undefined : this.corpus.topicParent(topic);
    return { kind: 'topic', id: `topic:${topic}`, topic, parent: parent ? this.topicNode(parent) : undefined };
  }

  articleNode(ref: ArticleRef, parent: TopicNode): ArticleNode {
    return { kind: 'article', id: `${parent.id}/${ref.path}#${ref.article.index}`, path: ref.path, index: ref.article.index, parent };
  }

  /** Shows the page that holds the article; returns its node under the article's main topic. */
  nodeForReveal(path: string, index: number): ArticleNode | undefined {
    const a = this.article(path, index);
    const topic = a?.topics[0]?.id;
    if (!a || !topic) return undefined;
    const parent = this.topicNode(topic);
    const list = this.corpus.index.articlesByTopic(topic, this.state.filter);
    const position = list.findIndex((r) => r.path === path && r.article.index === index);
    if (position < 0) return undefined;
    if (this.paging.include(parent.id, position)) this.refresh(parent);
    return this.articleNode(list[position], parent);
  }

  /** Articles under a topic or any of its workspace sub-topics. */
  private visible(topic: string, counts: Map<string, number>): boolean {
    return (counts.get(topic) ?? 0) > 0 || this.corpus.childTopics(topic).some((t) => this.visible(t.id, counts));
  }

  getChildren(node?: SidebarNode): SidebarNode[] | Promise<SidebarNode[]> {
    const index = this.corpus.index;
    const filter = this.state.filter;
    if (!node) {
      const counts = index.topicCounts(filter);
      const roots = [...BUILTIN_TOPIC_IDS, ...this.corpus.childTopics(undefined).map((t) => t.id)];
      return roots
        .filter((t) => this.visible(t, counts))
        .sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0))
        .map((t) => this.topicNode(t));
    }
    switch (node.kind) {
      case 'topic': {
        const counts = index.topicCounts(filter);
        const subtopics = this.corpus.childTopics(node.topic).filter((t) => this.visible(t.id, counts)).map((t) => this.topicNode(t.id));
        const articles = page(index.articlesByTopic(node.topic, filter), node.id, this.paging, node, (ref) => this.articleNode(ref, node));
        return [...subtopics, ...articles];
      }
      case 'article': {
        const a = this.article(node.path, node.index);
        if (!a) return [];
        const rules = [...new Set(this.findingsOf(node.path, node.index).map((f) => f.rule))].sort();
        return [
          ...rules.map((rule): SidebarNode => ({ kind: 'articleRule', id: `${node.id}/rule:${rule}`, path: node.path, index: node.index, rule, parent: node })),
          ...a.actors.map((actor): SidebarNode => ({ kind: 'articleActor', id: `${node.id}/actor:${actor.key}`, path: node.path, index: node.index, actorKey: actor.key, parent: node })),
        ];
      }
      case 'articleRule': {
        return this.findingsOf(node.path, node.index).filter((f) => f.rule === node.rule).map((f): SidebarNode => ({ kind: 'finding', id: `${node.id}/${f.id}`, path: node.path, findingId: f.id, parent: node }));
      }
      case 'articleActor':
        return this.mentionNodes(node, node.path, node.index, node.actorKey);
      default:
        return [];
    }
  }

  getTreeItem(node: SidebarNode): vscode.TreeItem {
    switch (node.kind) {
      case 'topic': {
        const count = this.corpus.index.topicCounts(this.state.filter).get(node.topic) ?? 0;
        const item = new vscode.TreeItem(this.corpus.topicLabel(node.topic), vscode.TreeItemCollapsibleState.Collapsed);
        item.id = node.id;
        item.description = String(count);
        const def = builtinTopic(node.topic);
        item.tooltip = def?.iptc ? `${def.label} — IPTC ${def.iptc} “${def.iptcLabel}” · ${count} articles` : `${this.corpus.topicLabel(node.topic)} (workspace topic) · ${count} articles`;
        item.iconPath = new vscode.ThemeIcon('tag');
        item.contextValue = 'bylineTopic';
        return item;
      }
      case 'article': {
        const a = this.article(node.path, node.index);
        if (!a) return this.missing(node);
        return articleItem(node, a, (id) => this.corpus.topicLabel(id), this.findingsOf(node.path, node.index).length + a.actors.length > 0);
      }
      case 'articleRule': {
        const n = this.findingsOf(node.path, node.index).filter((f) => f.rule === node.rule).length;
        const item = new vscode.TreeItem(node.rule, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = node.id;
        item.description = String(n);
        item.iconPath = new vscode.ThemeIcon('warning');
        return item;
      }
      case 'articleActor': {
        const actor = this.article(node.path, node.index)?.actors.find((x) => x.key === node.actorKey);
        if (!actor) return this.missing(node);
        const item = new vscode.TreeItem(actor.label, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = node.id;
        item.description = `${actor.count} mention${actor.count === 1 ? '' : 's'}`;
        item.iconPath = actorIcon(actor.type);
        item.command = openCommand(node.path, firstMentionRange(actor), 'Open First Mention');
        return item;
      }
      case 'finding': {
        const f = this.findingsOf(node.path, (node.parent as { index: number }).index).find((x) => x.id === node.findingId);
        if (!f) return this.missing(node);
        return findingItem(node, node.path, f, triageIcon(this.triage()?.stateOf(vscode.Uri.parse(node.path), f)), false);
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
