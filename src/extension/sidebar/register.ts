import * as vscode from 'vscode';
import { describeFilter } from '../../core/corpus/filter';
import type { Range } from '../../core/types';
import type { Services } from '../services';
import { ActorsTree } from './actorsTree';
import { ClaimsTree } from './claimsTree';
import { CrossFileFindings } from './crossFile';
import type { CorpusTree } from './corpusTree';
import { pickCorpusFilter } from './filterPick';
import { followEditor } from './follow';
import { OPEN_COMMAND, toRange } from './items';
import type { SidebarNode } from './nodes';
import { SidebarState } from './state';
import { TopicsTree } from './topicsTree';
import { TRIAGE_STATES, triageReader } from './triage';
import { affectsClaims, readSettings } from '../diagnostics/settings';

/** The Byline activity-bar container: Topics, Actors and Claims views over the corpus index. */
export function register(_context: vscode.ExtensionContext, services: Services): vscode.Disposable {
  const corpus = services.corpus;
  const state = new SidebarState();
  const triage = () => triageReader(services);
  const actors = new ActorsTree(corpus, state);
  // The cross-file rules' severities, read once and again when the settings change (not per tree item).
  const crossFileSeverities = () => {
    const s = readSettings().severities;
    return { names: s['name-inconsistency'], figures: s['numeric-contradiction'] };
  };
  let severities = crossFileSeverities();
  const acrossFiles = new CrossFileFindings(corpus, () => services.corpusChecks.corpusFindings(severities));
  const topics = new TopicsTree(corpus, state, triage, acrossFiles);
  const claims = new ClaimsTree(corpus, state, triage, acrossFiles);
  const trees: [string, CorpusTree][] = [['byline.topics', topics], ['byline.actors', actors], ['byline.claims', claims]];
  const views = trees.map(([id, tree]) => vscode.window.createTreeView<SidebarNode>(id, { treeDataProvider: tree, showCollapseAll: true }));
  const [topicsView] = views;

  // Progress and the active filter show in the views themselves.
  const describe = (): void => {
    const f = describeFilter(state.filter, (id) => corpus.topicLabel(id), (key) => corpus.index.actor(key)?.label ?? key);
    const { done, total } = corpus.progress;
    const progress = corpus.state === 'indexing' && total > 0 ? `Indexing ${done.toLocaleString()} / ${total.toLocaleString()} files…` : undefined;
    for (const v of views) {
      v.description = f ? `filtered: ${f}` : undefined;
      v.message = progress;
    }
    const states = state.claimStates;
    if (states) views[2].description = [views[2].description, `state: ${[...states].join(', ')}`].filter(Boolean).join(' · ');
  };

  const triageChanged = triage()?.onDidChange?.(() => {
    claims.refresh();
    topics.refresh();
  });
  const disposables: vscode.Disposable[] = [
    state, topics, actors, claims, ...views,
    corpus.onDidChangeState(describe),
    services.corpusChecks.onDidChange(() => {
      claims.refresh();
      topics.refresh();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!affectsClaims(e)) return;
      severities = crossFileSeverities();
      claims.refresh();
      topics.refresh();
    }),
    state.onDidChange(describe),
    followEditor(corpus, topics, topicsView),
    vscode.commands.registerCommand(OPEN_COMMAND, async (path: string, range: Range) => {
      const editor = await vscode.window.showTextDocument(vscode.Uri.parse(path), { preview: true });
      const r = toRange(range);
      editor.selection = new vscode.Selection(r.start, r.start);
      editor.revealRange(r, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }),
    vscode.commands.registerCommand('byline.showMoreInView', (node: SidebarNode & { kind: 'more' }) => {
      // Owners are node ids, and each view's ids have their own prefix.
      const tree = node.owner.startsWith('topic:') ? topics : node.owner.startsWith('rule:') ? claims : actors;
      tree.showMore(node);
    }),
    // Not in the palette (not contributed): lets integration tests read the trees as the views do.
    vscode.commands.registerCommand('byline.internal.sidebarTrees', () => ({ topics, actors, claims, views })),
    vscode.commands.registerCommand('byline.filterCorpus', async () => {
      const next = await pickCorpusFilter(corpus, state.filter);
      if (next) state.filter = next;
    }),
    vscode.commands.registerCommand('byline.clearCorpusFilter', () => {
      state.filter = {};
      state.claimStates = undefined;
    }),
    vscode.commands.registerCommand('byline.filterClaimsByState', async () => {
      const current = state.claimStates;
      const picks = await vscode.window.showQuickPick(
        TRIAGE_STATES.map((s) => ({ label: `$(${s.icon}) ${s.label}`, id: s.id, picked: !current || current.has(s.id) })),
        { title: 'Show Claims in State', canPickMany: true },
      );
      if (!picks) return;
      state.claimStates = picks.length === TRIAGE_STATES.length || picks.length === 0 ? undefined : new Set(picks.map((p) => p.id));
    }),
  ];
  if (triageChanged) disposables.push(triageChanged);
  describe();
  return vscode.Disposable.from(...disposables);
}
