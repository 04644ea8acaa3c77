// The Byline sidebar inside a real VS Code: the seeds are indexed in the background, appear
// under their topics in the Topics view, an article item opens its file at the headline, and
// a file added to the folder shows up through the file watcher.
import * as assert from 'node:assert/strict';
import * as os from 'node:os';
import * as vscode from 'vscode';
import { loadLabelled } from '../support/labels';
import { EXTENSION_ID, seedsUri, waitFor } from './support';


interface Tree {
  getChildren(node?: unknown): unknown[] | Promise<unknown[]>;
  getTreeItem(node: unknown): vscode.TreeItem;
}

interface CorpusApi {
  services: {
    corpus: {
      whenReady: Promise<void>;
      index: { has(path: string): boolean; paths(): string[] };
      lastRun?: { files: number; read: number; threads: number; cancelled: boolean };
    };
  };
}

/** Topic label → article headlines, as the Topics view lists them. */
function topicsView(topics: Tree): Map<string, { label: string; item: vscode.TreeItem }[]> {
  const out = new Map<string, { label: string; item: vscode.TreeItem }[]>();
  for (const topic of topics.getChildren() as unknown[]) {
    const topicItem = topics.getTreeItem(topic);
    out.set(String(topicItem.label), (topics.getChildren(topic) as unknown[]).map((n) => {
      const item = topics.getTreeItem(n);
      return { label: String(item.label), item };
    }));
  }
  return out;
}

describe('Byline sidebar (extension host)', function () {
  this.timeout(60_000);
  const seeds = loadLabelled('seeds');
  let api: CorpusApi;
  let topics: Tree;
  let actors: Tree;
  let views: vscode.TreeView<unknown>[];
  const added = vscode.Uri.joinPath(seedsUri(), 'zz-sidebar-integration.news');
  const renamed = vscode.Uri.joinPath(seedsUri(), 'zz-sidebar-integration-renamed.news');

  before(async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed in this extension host`);
    api = (await extension.activate()) as CorpusApi;
    await api.services.corpus.whenReady;
    ({ topics, actors, views } = (await vscode.commands.executeCommand('byline.internal.sidebarTrees')) as { topics: Tree; actors: Tree; views: vscode.TreeView<unknown>[] });
  });

  after(async () => {
    for (const uri of [added, renamed]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  it('lists the seed articles under their labelled topics', () => {
    const view = topicsView(topics);
    const headlinesUnder = (label: string) => (view.get(label) ?? []).map((a) => a.label);
    const counterTerror = seeds.flatMap((s) => s.articles).filter((a) => /counter-?terror/i.test(a.headline));
    assert.equal(counterTerror.length, 2);
    for (const a of counterTerror) assert.ok(headlinesUnder('Conflict & security').includes(a.headline), `${a.headline} not under Conflict & security: ${[...view.keys()]}`);
    const water = seeds.flatMap((s) => s.articles).find((a) => /water/i.test(a.headline))!;
    assert.ok(headlinesUnder('Environment').includes(water.headline));
    const topicItem = topics.getTreeItem((topics.getChildren() as unknown[]).find((t) => topics.getTreeItem(t).label === 'Environment'));
    assert.ok(Number(topicItem.description) >= 1, 'topic items show their article count');
  });

  it('opens an article at its headline when its item is clicked', async () => {
    const view = topicsView(topics);
    const water = seeds.flatMap((s) => s.articles.map((a) => ({ file: s.file, text: s.text, ...a }))).find((a) => /water/i.test(a.headline))!;
    const entry = view.get('Environment')!.find((a) => a.label === water.headline)!;
    assert.ok(entry.item.command, 'article items carry an open command');
    await vscode.commands.executeCommand(entry.item.command.command, ...(entry.item.command.arguments ?? []));
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    assert.ok(editor.document.uri.path.endsWith(water.file));
    const line = editor.document.lineAt(editor.selection.active.line).text;
    assert.equal(line.trim(), water.headline);
  });

  it('lists actors with their articles and mentions with line previews', async () => {
    const roots = (await actors.getChildren()) as unknown[];
    const naqvi = roots.find((n) => /Naqvi/.test(String(actors.getTreeItem(n).label)));
    assert.ok(naqvi, `no Naqvi among ${roots.length} actors`);
    assert.match(String(actors.getTreeItem(naqvi).description), /\d+ mentions? · \d+ articles?/);
    const articles = (await actors.getChildren(naqvi)) as unknown[];
    assert.ok(articles.length >= 2, 'Naqvi is in both counter-terrorism articles');
    const mentions = (await actors.getChildren(articles[0])) as unknown[];
    assert.ok(mentions.length >= 1);
    const mention = actors.getTreeItem(mentions[0]);
    assert.match(String(mention.label), /Naqvi/);
    await vscode.commands.executeCommand(mention.command!.command, ...(mention.command!.arguments ?? []));
    const editor = vscode.window.activeTextEditor!;
    assert.match(editor.document.lineAt(editor.selection.active.line).text, /Naqvi/);
  });

  it('follows the editor: the article under the cursor is selected in the Topics view', async () => {
    await vscode.commands.executeCommand('byline.topics.focus');
    const seed = seeds.find((f) => f.articles.some((a) => /water/i.test(a.headline)))!;
    const water = seed.articles.find((a) => /water/i.test(a.headline))!;
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(seedsUri(), seed.file));
    const editor = await vscode.window.showTextDocument(document);
    const line = document.getText().split('\n').lastIndexOf(water.headline);
    editor.selection = new vscode.Selection(line + 2, 0, line + 2, 0);
    const selected = () => views[0].selection.map((n) => String(topics.getTreeItem(n).label));
    await waitFor(() => selected().includes(water.headline), `the water article to be selected (selected: ${selected()})`, 5_000);
  });

  it('shows a file added to the folder', async () => {
    const text = 'Drought empties reservoirs across the southern plains\n\nMarch 3, 2025\n\nReservoirs across the southern plains fell to record lows after a second year of drought, water officials said, and farmers were told to cut irrigation by half. Climate scientists warned that groundwater would take years to recover.\n';
    await vscode.workspace.fs.writeFile(added, new TextEncoder().encode(text));
    await waitFor(() => api.services.corpus.index.has(added.toString()), 'the watcher to index the new file');
    await waitFor(() => (topicsView(topics).get('Environment') ?? []).some((a) => a.label.startsWith('Drought empties reservoirs')), 'the new article under Environment', 5_000);
  });

  it('follows a rename and a delete', async () => {
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(added, renamed);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const index = api.services.corpus.index;
    await waitFor(() => index.has(renamed.toString()) && !index.has(added.toString()), 'the index to follow the rename');
    await vscode.workspace.fs.delete(renamed);
    await waitFor(() => !index.has(renamed.toString()), 'the index to drop the deleted file');
    assert.ok(!(topicsView(topics).get('Environment') ?? []).some((a) => a.label.startsWith('Drought empties reservoirs')));
  });

  it('indexes a folder of many new files in worker threads', async function () {
    this.timeout(120_000);
    const folder = vscode.Uri.joinPath(seedsUri(), `zz-many-${process.pid}`);
    const places = ['Lagos', 'Quito', 'Tbilisi', 'Hanoi', 'Lima', 'Accra', 'Dhaka'];
    const uris: vscode.Uri[] = [];
    try {
      // Written at once, as a checkout or a copied folder would: the watcher sees one batch.
      await Promise.all(Array.from({ length: 210 }, (_, i) => {
        const uri = vscode.Uri.joinPath(folder, `brief-${i}.news`);
        const place = places[i % places.length];
        const text = `Port workers in ${place} end strike number ${i}\n\nMarch ${1 + (i % 28)}, 2025\n\nDockworkers in ${place} returned to work on Monday after ${i + 2} days, union leader Amara Bello said.\n`;
        uris.push(uri);
        return vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
      }));
      const corpus = api.services.corpus;
      await waitFor(() => uris.every((u) => corpus.index.has(u.toString())), 'all 210 files in the index', 90_000);
      const cores = Math.min(os.availableParallelism?.() ?? os.cpus().length, 4);
      const run = corpus.lastRun;
      assert.ok(run && !run.cancelled && run.read >= 200, `a full pass read the new files: ${JSON.stringify(run)}`);
      assert.equal(run!.threads, cores > 1 ? cores : 1, 'one worker thread per core');
    } finally {
      await Promise.resolve(vscode.workspace.fs.delete(folder, { recursive: true })).catch(() => undefined);
    }
    await waitFor(() => !api.services.corpus.index.paths().some((p) => p.includes(`zz-many-${process.pid}`)), 'the deleted folder to leave the index', 60_000);
  });
});
