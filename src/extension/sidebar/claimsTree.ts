import * as vscode from 'vscode';
import type { FindingEntry } from '../../core/corpus/corpusIndex';
import type { CrossFileFindings } from './crossFile';
import type { CorpusService } from '../corpus/service';
import { matchesFilter } from '../../core/corpus/filter';
import { CorpusTree } from './corpusTree';
import { findingItem, moreItem } from './items';
import { page, type SidebarNode } from './nodes';
import type { SidebarState } from './state';
import { triageIcon, type TriageReader } from './triage';

/**
 * Claims view: rule → finding, with triage state icons and a filter by state. Each file's own
 * findings come from the corpus index; findings across files (a name spelled differently
 * elsewhere, a death toll that disagrees) from the cross-article checks.
 */
export class ClaimsTree extends CorpusTree {
  constructor(
    corpus: CorpusService,
    state: SidebarState,
    private readonly triage: () => TriageReader | undefined,
    private readonly crossFile: CrossFileFindings,
  ) {
    super(corpus, state);
  }

  private allFindings(rule: string): FindingEntry[] {
    const own = this.corpus.index.findingsByRule(rule, this.state.filter);
    const filter = this.state.filter;
    const across = this.crossFile.entries().filter((e) => e.finding.rule === rule && (!filter || matchesFilter(e.article, filter)));
    return across.length ? [...own, ...across] : own;
  }

  private stateOf(e: FindingEntry): string {
    return this.triage()?.stateOf(vscode.Uri.parse(e.path), e.finding) ?? 'untriaged';
  }

  private findings(rule: string): FindingEntry[] {
    const all = this.allFindings(rule);
    const states = this.state.claimStates;
    return states ? all.filter((e) => states.has(this.stateOf(e))) : all;
  }

  getChildren(node?: SidebarNode): SidebarNode[] {
    if (!node) {
      const rules = new Set([...this.corpus.index.ruleCounts(this.state.filter).keys(), ...this.crossFile.entries().map((e) => e.finding.rule)]);
      return [...rules]
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
        const f =
          this.corpus.index.get(node.path)?.articles.flatMap((a) => a.findings).find((x) => x.id === node.findingId) ??
          this.crossFile.entries().find((e) => e.path === node.path && e.finding.id === node.findingId)?.finding;
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
