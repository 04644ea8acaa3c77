// Reader annotations inside a real VS Code: a note made through the store the Annotate command
// uses becomes a comment thread on its passage; text inserted above moves the thread with it;
// after saving, a fresh store (what a window reload builds) reads the sidecar back onto the
// same passage; and a sidecar changed on disk (a git pull) is reloaded by the file watcher.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { targetAt } from '../../src/core/annotations/model';
import { parseSidecar, serializeSidecar } from '../../src/core/annotations/sidecar';
import { AnnotationStore } from '../../src/extension/annotations/store';
import { loadLabelled, ROOT } from '../support/labels';
import { EXTENSION_ID, waitFor } from './support';


interface Api {
  services: { annotations: AnnotationStore; log: vscode.LogOutputChannel };
}

interface ThreadInfo {
  id: string;
  uri: string;
  range: vscode.Range;
  comments: string[];
}

/** Same scheme and authority as the workspace (vscode-remote under code-server), any path. */
function uriFor(path: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(ROOT);
  return folder.with({ path: vscode.Uri.file(path).path });
}

describe('annotations (extension host)', function () {
  this.timeout(60_000);
  let dir: string;
  let api: Api;
  const seed = loadLabelled('seeds')[0];
  const passage = 'suicide bombing near the district courts';

  before(async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed in this extension host`);
    api = (await extension.activate()) as Api;
    dir = mkdtempSync(join(tmpdir(), 'byline-annotations-'));
    writeFileSync(join(dir, 'article.txt'), seed.text);
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps a note on its passage through an edit above it, a save and a reload', async () => {
    assert.ok(seed.text.includes(passage), 'the seed holds the passage');
    const uri = uriFor(join(dir, 'article.txt'));
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    const store = api.services.annotations;
    const start = document.getText().indexOf(passage);
    const note = await store.add(uri, { start, end: start + passage.length }, 'note', 'Which courts? Check the police report.');

    const threadOf = async () => (await vscode.commands.executeCommand<ThreadInfo[]>('byline.internal.noteThreads')).find((t) => t.id === note.id);
    let thread: ThreadInfo | undefined = await waitFor(() => threadOf(), 'the note thread');
    assert.equal(document.getText(thread!.range), passage);
    assert.deepEqual(thread!.comments, ['Which courts? Check the police report.']);

    // Insert text above the passage: the thread must follow (VS Code does not move it: vscode#243834).
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'UPDATE 14:05: casualty figures revised.\n\n'));
    thread = await threadOf();
    assert.equal(document.getText(thread!.range), passage);
    assert.ok(await document.save());

    // The sidecar now holds the new offsets.
    const sidecar = join(dir, '.byline', 'annotations', 'article.txt.yaml');
    const saved = await waitFor(() => {
      const parsed = parseSidecar(readFileSync(sidecar, 'utf8'));
      const a = parsed.annotations.find((x) => x.id === note.id);
      return a && a.target.start === document.getText().indexOf(passage) ? a : undefined;
    }, 'the sidecar to hold the moved note');
    assert.equal(saved.target.exact, passage);

    // A window reload builds a new store from disk: the note lands on the same passage.
    const fresh = new AnnotationStore(api.services.log);
    try {
      const state = fresh.get(uri);
      const item = state.items.find((i) => i.annotation.id === note.id);
      assert.ok(item?.span, 'the reloaded note is attached, not an orphan');
      assert.equal(document.getText().slice(item.span.start, item.span.end), passage);
    } finally {
      fresh.dispose();
    }
  });

  it('reloads a sidecar changed outside the editor (git pull, another window)', async () => {
    const uri = uriFor(join(dir, 'article.txt'));
    const store = api.services.annotations;
    const sidecar = join(dir, '.byline', 'annotations', 'article.txt.yaml');
    const [note] = store.get(uri).items.filter((i) => i.annotation.kind === 'note');
    writeFileSync(sidecar, readFileSync(sidecar, 'utf8').replace('Which courts? Check the police report.', 'Edited elsewhere.'));
    // The file watcher reports the write; on a loaded machine that has taken over 15 s.
    await waitFor(() => store.find(uri, note.annotation.id)?.body === 'Edited elsewhere.', 'the watcher to reload the sidecar', 50_000);
  });

  it('keeps an entry another window just added when this window writes', async () => {
    const uri = uriFor(join(dir, 'article.txt'));
    const store = api.services.annotations;
    const sidecar = join(dir, '.byline', 'annotations', 'article.txt.yaml');
    const text = readFileSync(join(dir, 'article.txt'), 'utf8');
    const at = text.indexOf('Chinese Ambassador');
    const parsed = parseSidecar(readFileSync(sidecar, 'utf8'));
    const theirs = { id: 'other-window', kind: 'tag' as const, author: 'Bo', created: '2026-11-23T00:00:00.000Z', modified: '2026-11-23T00:00:00.000Z', body: 'diplomacy', target: targetAt(text, at, at + 18) };
    writeFileSync(sidecar, serializeSidecar([...parsed.annotations, theirs], 'article.txt'));
    // Write at once, before the watcher has necessarily reported the change.
    const ours = await store.add(uri, { start: at, end: at + 7 }, 'tag', 'china');
    const ids = parseSidecar(readFileSync(sidecar, 'utf8')).annotations.map((a) => a.id);
    assert.ok(ids.includes('other-window') && ids.includes(ours.id), `both entries kept: ${ids.join(', ')}`);
  });

  it('leaves a sidecar that does not parse alone, and shows its error at its line', async () => {
    const uri = uriFor(join(dir, 'article.txt'));
    const store = api.services.annotations;
    const sidecar = join(dir, '.byline', 'annotations', 'article.txt.yaml');
    const broken = readFileSync(sidecar, 'utf8').replace('kind: note', 'kind: [note');
    writeFileSync(sidecar, broken);
    await waitFor(() => store.get(uri).errors.length > 0, 'the store to see the broken sidecar', 50_000);
    const line = store.get(uri).errors[0].line;
    const diagnostics = await waitFor(() => {
      const d = vscode.languages.getDiagnostics(store.get(uri).sidecar);
      return d.length ? d : undefined;
    }, 'a diagnostic on the sidecar');
    assert.equal(diagnostics[0].range.start.line, line - 1);
    const document = await vscode.workspace.openTextDocument(uri);
    const at = document.getText().indexOf('Islamabad');
    await store.add(uri, { start: at, end: at + 9 }, 'tag', 'place');
    assert.equal(readFileSync(sidecar, 'utf8'), broken, 'the broken sidecar was not overwritten');
    assert.ok(store.get(uri).items.some((i) => i.annotation.body === 'place'), 'the new tag is kept in memory');
    // Once fixed outside, the tag made meanwhile is written too.
    writeFileSync(sidecar, broken.replace('kind: [note', 'kind: note'));
    await waitFor(() => readFileSync(sidecar, 'utf8').includes('body: place'), 'the pending tag to be written after the fix');
  });
});
