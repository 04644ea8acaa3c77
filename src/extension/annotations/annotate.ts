import * as vscode from 'vscode';
import { VERDICTS, type Verdict } from '../../core/annotations/model';
import type { ActorType } from '../../core/kb/actor';
import { addActorStub, slugFor } from '../knowledge/stub';
import type { Services } from '../services';
import { toSpan } from './convert';
import type { AnnotationStore } from './store';

const VERDICT_DETAIL: Record<Verdict, string> = {
  verified: 'Checked against a reliable source and found accurate',
  false: 'Contradicted by reliable evidence',
  misleading: 'Accurate in part, but framed to mislead',
  unverifiable: 'Cannot be checked with available sources',
  'needs-source': 'Stated without attribution; a source is needed',
};

/** Asks for a tag, offering the tags already used (most used first) and the text typed as a new one. */
async function pickTag(store: AnnotationStore): Promise<string | undefined> {
  await store.all(); // Tags of articles not opened in this window count too.
  const used = store.usedTags();
  const qp = vscode.window.createQuickPick();
  qp.title = 'Tag the selection';
  qp.placeholder = 'Type a tag, or pick one already used';
  const itemsFor = (value: string): vscode.QuickPickItem[] => {
    const typed = value.trim();
    const existing = used.map((t) => ({ label: t, description: 'used before' }));
    return typed && !used.includes(typed) ? [{ label: typed, description: 'new tag' }, ...existing] : existing;
  };
  qp.items = itemsFor('');
  qp.onDidChangeValue((v) => (qp.items = itemsFor(v)));
  return new Promise((resolve) => {
    qp.onDidAccept(() => {
      const picked = qp.selectedItems[0]?.label ?? qp.value.trim();
      resolve(picked || undefined);
      qp.hide();
    });
    qp.onDidHide(() => {
      resolve(undefined);
      qp.dispose();
    });
    qp.show();
  });
}

/** Asks for an actor from the knowledge base, or a new stub added to `.byline/actors.yaml`. */
async function pickActor(services: Services, selected: string, document: vscode.TextDocument): Promise<{ id: string; label?: string; wikidata?: string } | undefined> {
  const actors = services.knowledge?.current.actors ?? [];
  type Item = vscode.QuickPickItem & { id?: string; wikidata?: string; stub?: boolean };
  const items: Item[] = [
    { label: `$(add) New actor “${selected}”…`, description: 'add a stub to the workspace knowledge base', stub: true },
    ...actors.map((a) => ({ label: a.name, description: `${a.type} · ${a.id}`, detail: [a.aliases.join(', '), a.wikidata].filter(Boolean).join(' · ') || undefined, id: a.id, wikidata: a.wikidata })),
  ];
  const pick = await vscode.window.showQuickPick(items, { title: 'Link the selection to an actor', placeHolder: 'Search the knowledge base', matchOnDescription: true, matchOnDetail: true });
  if (!pick) return undefined;
  if (!pick.stub) return { id: pick.id!, label: pick.label, wikidata: pick.wikidata };
  const name = await vscode.window.showInputBox({ title: 'New actor', prompt: 'Name', value: selected });
  if (!name) return undefined;
  const type = (await vscode.window.showQuickPick(['person', 'organization', 'place', 'misc'], { title: `What is ${name}?` })) as ActorType | undefined;
  if (!type) return undefined;
  const wikidata = (await vscode.window.showInputBox({ title: 'Wikidata id (optional)', prompt: 'Q-number, e.g. Q42; leave empty if unknown', validateInput: (v) => (!v || /^Q\d+$/.test(v.trim()) ? undefined : 'A Wikidata id looks like Q42') }))?.trim();
  const kbUri = await addActorStub(name, type, document);
  let id = slugFor(name);
  if (kbUri) {
    // The stub may have been given a numbered id when the slug was taken: read it back.
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(kbUri));
    const ids = [...text.matchAll(new RegExp(`^\\s*-?\\s*id:\\s*(${id}(?:-\\d+)?)\\s*$`, 'gm'))].map((m) => m[1]);
    id = ids[ids.length - 1] ?? id;
  }
  await vscode.window.showTextDocument(document);
  return { id, label: name, wikidata: wikidata || undefined };
}

/** "Byline: Annotate Selection": Note, Tag, Claim verdict or Link to actor on the selected passage. */
export async function annotateSelection(store: AnnotationStore, services: Services, editor = vscode.window.activeTextEditor): Promise<void> {
  if (!editor) return;
  const { document } = editor;
  let range: vscode.Range = editor.selection;
  if (range.isEmpty) range = document.getWordRangeAtPosition(range.start) ?? range;
  if (range.isEmpty) {
    void vscode.window.showInformationMessage('Byline: select the passage to annotate first.');
    return;
  }
  const span = toSpan(document, range);
  const selected = document.getText(range);
  const kind = await vscode.window.showQuickPick(
    [
      { label: '$(comment) Note', id: 'note', detail: 'A comment thread on the passage' },
      { label: '$(tag) Tag', id: 'tag', detail: 'A label, with completion from tags already used' },
      { label: '$(law) Claim verdict', id: 'verdict', detail: 'verified, false, misleading, unverifiable, needs source' },
      { label: '$(person) Link to actor', id: 'actor-link', detail: 'An actor of the knowledge base, or a new stub' },
    ],
    { title: `Annotate “${selected.length > 50 ? selected.slice(0, 50) + '…' : selected}”` },
  );
  if (!kind) return;
  switch (kind.id) {
    case 'note': {
      const text = await vscode.window.showInputBox({ title: 'Note', prompt: 'What should a reader know about this passage?' });
      if (text) await store.add(document.uri, span, 'note', text);
      return;
    }
    case 'tag': {
      const tag = await pickTag(store);
      if (tag) await store.add(document.uri, span, 'tag', tag);
      return;
    }
    case 'verdict': {
      const v = await vscode.window.showQuickPick(VERDICTS.map((id) => ({ label: id, detail: VERDICT_DETAIL[id] })), { title: 'Claim verdict' });
      if (!v) return;
      const comment = await vscode.window.showInputBox({ title: `Verdict: ${v.label}`, prompt: 'Why? (optional: a source, a reason)' });
      if (comment === undefined) return;
      await store.add(document.uri, span, 'verdict', v.label, { comment: comment || undefined });
      return;
    }
    case 'actor-link': {
      const actor = await pickActor(services, selected, document);
      if (actor) await store.add(document.uri, span, 'actor-link', actor.id, { label: actor.label, wikidata: actor.wikidata });
      return;
    }
  }
}
