import * as vscode from 'vscode';
import type { FindingEntry } from '../../core/corpus/corpusIndex';
import type { CorpusService } from '../corpus/service';
import { CorpusTree } from './corpusTree';
import { findingItem, moreItem } from './items';
import { page, type SidebarNode } from './nodes';
import type { SidebarState } from './state';
import { triageIcon, type TriageReader } from './triage';

/** Claims view: rule → finding, with triage state icons and a filter by state. */
export class ClaimsTree extends CorpusTree {
  constructor(corpus: CorpusService, state: SidebarState, private readonly triage: () => TriageReader | undefined) {
    super(corpus, state);
  }

  private stateOf(e: FindingEntry): string {
    return this.triage()?.stateOf(vscode.Uri.parse(e.path), e.finding) ?? 'untriaged';
  }

  private findings(rule: string): FindingEntry[] {
    const all = this.corpus.index.findingsByRule(rule, this.state.filter);
    const states = this.state.claimStates;
    return states ? all.filter((e) => states.has(this.stateOf(e))) : all;
  }

  getChildren(node?: SidebarNode): SidebarNode[] {
    if (!node) {
      return [...this.corpus.index.ruleCounts(this.state.filter).keys()]
        .filter((rule) => this.findings(rule).length > 0)
        .sort()
        .map((rule): SidebarNode => ({ kind: 'rule', id: `rule:${rule}`, rule }));
    }
    if (node.kind !== 'rule') return [];
    return page(this.findings(node.rule), node.id, this.paging, node, (e) => ({
      kind: 'finding', id: `${node.id}/${e.path}#${e.finding.id}`, path: e.path, findingId: e.finding.id, parent: node,
    }));
  }

  getTreeItem(node: SidebarNode): vscode.TreeItem {
    switch (node.kind) {
      case 'rule': {
        const item = new vscode.TreeItem(node.rule, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = node.id;
        item.description = String(this.findings(node.rule).length);
        item.iconPath = new vscode.ThemeIcon('law');
        item.contextValue = 'bylineRule';
        return item;
      }
      case 'finding': {
        const f = this.corpus.index.get(node.path)?.articles.flatMap((a) => a.findings).find((x) => x.id === node.findingId);
        if (!f) return this.missing(node);
        return findingItem(node, node.path, f, triageIcon(this.triage()?.stateOf(vscode.Uri.parse(node.path), f)), true);
      }
      case 'more':
        return moreItem(node);
      default:
        return this.missing(node);
    }
  }
}
