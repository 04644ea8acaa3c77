import * as vscode from 'vscode';
import type { Services } from '../services';
import { LANGUAGE_ID } from '../analysisCache';
import { ACTOR_TYPES, type ActorType } from '../../core/kb/actor';
import { entityKey, mentionAt } from './mentions';
import { addActorStub } from './stub';

const selector: vscode.DocumentSelector = { language: LANGUAGE_ID };

/** Command ids of this feature. */
export const ADD_SELECTION_COMMAND = 'byline.addSelectionToKnowledgeBase';
export const ADD_STUB_COMMAND = 'byline.addActorStub';

/** Arguments of the (hidden) add-stub command, as hover links pass them. */
export interface AddStubArgs {
  readonly name: string;
  readonly type: ActorType;
  readonly uri?: string;
}

/** Knowledge base in the editor: add-to-knowledge-base commands, Go to Definition, Find All References. */
export function register(_context: vscode.ExtensionContext, services: Services): vscode.Disposable {
  const { knowledge, analyses } = services;
  return vscode.Disposable.from(
    vscode.commands.registerCommand(ADD_STUB_COMMAND, async (args: AddStubArgs) => {
      if (!args?.name) return;
      const from = args.uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === args.uri) : undefined;
      await addActorStub(args.name, ACTOR_TYPES.includes(args.type) ? args.type : 'misc', from);
      await knowledge.reload();
    }),
    vscode.commands.registerCommand(ADD_SELECTION_COMMAND, async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      const doc = editor.document;
      let range: vscode.Range | undefined = editor.selection.isEmpty ? doc.getWordRangeAtPosition(editor.selection.active) : editor.selection;
      let type: ActorType | undefined;
      if (doc.languageId === LANGUAGE_ID) {
        const hit = mentionAt(analyses.get(doc), doc.offsetAt(editor.selection.active));
        if (hit && hit.mention.type !== 'date' && hit.mention.type !== 'quantity') {
          if (editor.selection.isEmpty) range = new vscode.Range(doc.positionAt(hit.mention.start), doc.positionAt(hit.mention.end));
          type = hit.mention.type;
        }
      }
      const name = range ? doc.getText(range).replace(/\s+/g, ' ').trim() : '';
      if (!name) {
        void vscode.window.showInformationMessage('Byline: select a name to add to the knowledge base.');
        return;
      }
      type ??= (await vscode.window.showQuickPick([...ACTOR_TYPES], { title: `Add “${name}” to the knowledge base as…` })) as ActorType | undefined;
      if (!type) return;
      await addActorStub(name, type, doc);
      await knowledge.reload();
    }),
    vscode.languages.registerDefinitionProvider(selector, {
      provideDefinition(document, position) {
        const hit = mentionAt(analyses.get(document), document.offsetAt(position));
        const actor = hit?.mention.actor ? knowledge.current.byId(hit.mention.actor) : undefined;
        return actor ? knowledge.location(actor) : undefined;
      },
    }),
    vscode.languages.registerReferenceProvider(selector, {
      async provideReferences(document, position, _context, token) {
        const hit = mentionAt(analyses.get(document), document.offsetAt(position));
        if (!hit || hit.mention.type === 'date' || hit.mention.type === 'quantity') return undefined;
        const files = await knowledge.mentions.find(entityKey(hit.mention), token);
        return files.flatMap((f) => f.locations);
      },
    }),
  );
}
