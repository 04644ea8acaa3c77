import * as vscode from 'vscode';
import { parseDateRange, type CorpusFilter } from '../../core/corpus/filter';
import { BUILTIN_TOPIC_IDS } from '../../core/topics/taxonomy';
import type { CorpusService } from '../corpus/service';

/** "Byline: Filter Corpus…": one quick pick over text, topic, actor and date range; returns the new filter. */
export async function pickCorpusFilter(corpus: CorpusService, current: CorpusFilter): Promise<CorpusFilter | undefined> {
  const index = corpus.index;
  type Choice = vscode.QuickPickItem & { apply: () => Promise<CorpusFilter | undefined> };
  const actorLabel = current.actor ? index.actor(current.actor)?.label ?? current.actor : undefined;
  const choices: Choice[] = [
    {
      label: '$(search) Text…', description: current.text ? `“${current.text}”` : 'words in headline, first paragraph or publisher',
      apply: async () => {
        const text = await vscode.window.showInputBox({ title: 'Filter Corpus: Text', value: current.text ?? '', prompt: 'All words must appear (case-insensitive); empty clears' });
        return text === undefined ? undefined : { ...current, text: text.trim() || undefined };
      },
    },
    {
      label: '$(tag) Topic…', description: current.topic ? corpus.topicLabel(current.topic) : undefined,
      apply: async () => {
        const counts = index.topicCounts();
        const ids = [...new Set([...BUILTIN_TOPIC_IDS, ...counts.keys()])];
        const items = [{ label: 'Any topic', id: undefined as string | undefined }, ...ids.map((id) => ({ label: corpus.topicLabel(id), description: `${counts.get(id) ?? 0} articles`, id }))];
        const pick = await vscode.window.showQuickPick(items, { title: 'Filter Corpus: Topic', matchOnDescription: true });
        return pick && { ...current, topic: pick.id };
      },
    },
    {
      label: '$(person) Actor…', description: actorLabel,
      apply: async () => {
        // The most mentioned first; VS Code's own filtering narrows the list as the reader types.
        const actors = index.actors().slice(0, 5000);
        const items = [{ label: 'Any actor', key: undefined as string | undefined }, ...actors.map((a) => ({ label: a.label, description: `${a.type} · ${a.mentions} mentions in ${a.articles} articles`, key: a.key }))];
        const pick = await vscode.window.showQuickPick(items, { title: 'Filter Corpus: Actor', matchOnDescription: true });
        return pick && { ...current, actor: pick.key };
      },
    },
    {
      label: '$(calendar) Date range…', description: current.from || current.to ? `${current.from ?? '…'} .. ${current.to ?? '…'}` : undefined,
      apply: async () => {
        const value = current.from || current.to ? `${current.from ?? ''}..${current.to ?? ''}` : '';
        const input = await vscode.window.showInputBox({
          title: 'Filter Corpus: Date Range', value, placeHolder: '2025-01..2025-06-30', prompt: 'FROM..TO in ISO form; either side may be empty; empty clears',
          validateInput: (v) => (typeof parseDateRange(v) === 'string' ? (parseDateRange(v) as string) : undefined),
        });
        if (input === undefined) return undefined;
        const range = parseDateRange(input) as { from?: string; to?: string };
        return { ...current, from: range.from, to: range.to };
      },
    },
    { label: '$(clear-all) Clear Filter', apply: async () => ({}) },
  ];
  const choice = await vscode.window.showQuickPick(choices, { title: 'Byline: Filter Corpus', placeHolder: 'Narrow the Topics, Actors and Claims views by…' });
  return choice?.apply();
}
