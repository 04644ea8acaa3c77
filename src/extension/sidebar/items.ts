import * as vscode from 'vscode';
import type { ArticleSummary, FindingRef } from '../../core/corpus/summary';
import type { EntityType, Range } from '../../core/types';
import type { SidebarNode } from './nodes';

export const OPEN_COMMAND = 'byline.openCorpusLocation';

export function toRange(r: Range): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

export function openCommand(path: string, range: Range, title = 'Open'): vscode.Command {
  return { command: OPEN_COMMAND, title, arguments: [path, range] };
}

const TYPE_ICONS: Record<string, string> = { person: 'person', organization: 'organization', place: 'location', misc: 'symbol-misc' };

export function actorIcon(type: EntityType): vscode.ThemeIcon {
  return new vscode.ThemeIcon(TYPE_ICONS[type] ?? 'symbol-misc');
}

export function fileLabel(path: string): string {
  const uri = vscode.Uri.parse(path);
  return vscode.workspace.asRelativePath(uri, false);
}

/** An article: headline, date and publisher as description, first paragraph in the tooltip; opens at its headline. */
export function articleItem(node: SidebarNode & { kind: 'article' }, a: ArticleSummary, topicLabel: (id: string) => string, collapsible: boolean): vscode.TreeItem {
  const item = new vscode.TreeItem(a.headline || '(untitled)', collapsible ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  item.description = [a.published, a.publisher].filter(Boolean).join(' · ') || fileLabel(node.path);
  const md = new vscode.MarkdownString(undefined, true);
  md.appendMarkdown(`**${escapeMd(a.headline)}**\n\n`);
  const meta = [a.published, a.publisher, fileLabel(node.path)].filter(Boolean).map((s) => escapeMd(String(s)));
  md.appendMarkdown(`${meta.join(' · ')}\n\n`);
  if (a.topics.length) md.appendMarkdown(`$(tag) ${a.topics.map((t) => `${escapeMd(topicLabel(t.id))} ${Math.round(t.score * 100)}%`).join(', ')}\n\n`);
  if (a.firstParagraph) md.appendMarkdown(escapeMd(a.firstParagraph));
  item.tooltip = md;
  item.iconPath = new vscode.ThemeIcon('note');
  item.contextValue = 'bylineArticle';
  item.command = openCommand(node.path, a.headlineRange, 'Open Article');
  return item;
}

export function findingItem(node: SidebarNode, path: string, f: FindingRef, icon: string, withFile: boolean): vscode.TreeItem {
  const label = f.quote.replace(/\s+/g, ' ').trim() || f.message;
  const item = new vscode.TreeItem(label.length > 90 ? label.slice(0, 89) + '…' : label, vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  item.description = withFile ? `${fileLabel(path)}:${f.range.start.line + 1}` : `line ${f.range.start.line + 1}`;
  item.tooltip = new vscode.MarkdownString(`**${escapeMd(f.rule)}** (${f.severity})\n\n${escapeMd(f.message)}`);
  item.iconPath = new vscode.ThemeIcon(icon);
  item.contextValue = 'bylineFinding';
  item.command = openCommand(path, f.range, 'Open Finding');
  return item;
}

export function mentionItem(node: SidebarNode & { kind: 'mention' }): vscode.TreeItem {
  const item = new vscode.TreeItem(node.preview || '(empty line)', vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  item.description = `line ${node.range.start.line + 1}`;
  item.iconPath = new vscode.ThemeIcon('quote');
  item.command = openCommand(node.path, node.range, 'Open Mention');
  return item;
}

export function moreItem(node: SidebarNode & { kind: 'more' }): vscode.TreeItem {
  const item = new vscode.TreeItem(`Show more… (${node.remaining} more)`, vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  item.iconPath = new vscode.ThemeIcon('ellipsis');
  item.command = { command: 'byline.showMoreInView', title: 'Show More', arguments: [node] };
  return item;
}

const MAX_PREVIEW = 160;

/** A line of text as a one-line tree label. */
export function previewOf(line: string): string {
  const t = line.trim();
  return t.length > MAX_PREVIEW ? `${t.slice(0, MAX_PREVIEW - 1)}…` : t;
}

function escapeMd(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
