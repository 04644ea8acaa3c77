import * as vscode from 'vscode';
import { WORKSPACE_KB_PATH } from '../../core/kb/load';
import type { ActorType } from '../../core/kb/knowledgeBase';

const HEADER = `# Byline workspace knowledge base: actors merged over the bundled default (same id wins).
# Fields: id, name, type (person|organization|place|misc), aliases, roles [{title, organization, from, to}],
# country, description, wikidata, links. Leave a field out rather than guess.
`;

/** A YAML-safe id from a name: `Mohsin Naqvi` → `mohsin-naqvi`. */
export function slugFor(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'actor';
}

/** The YAML of a new actor entry (a stub to complete by hand). */
export function stubYaml(id: string, name: string, type: ActorType): string {
  return `\n- id: ${id}\n  name: ${JSON.stringify(name)}\n  type: ${type}\n  aliases: []\n  # country: \n  # description: \n  # roles: [{ title: , organization: , from: YYYY-MM-DD }]\n  # wikidata: Q…\n`;
}

function folderFor(document?: vscode.TextDocument): vscode.WorkspaceFolder | undefined {
  return (document && vscode.workspace.getWorkspaceFolder(document.uri)) ?? vscode.workspace.workspaceFolders?.[0];
}

/** Appends a stub for `name` to the workspace's `.byline/actors.yaml` (creating it) and opens it at the entry. */
export async function addActorStub(name: string, type: ActorType, from?: vscode.TextDocument): Promise<vscode.Uri | undefined> {
  const folder = folderFor(from);
  if (!folder) {
    void vscode.window.showWarningMessage('Byline: open a folder to keep a workspace knowledge base.');
    return undefined;
  }
  const uri = vscode.Uri.joinPath(folder.uri, WORKSPACE_KB_PATH);
  try {
    await vscode.workspace.fs.stat(uri);
  } catch {
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(HEADER));
  }
  const doc = await vscode.workspace.openTextDocument(uri);
  const existing = doc.getText();
  let id = slugFor(name);
  for (let n = 2; new RegExp(`^\\s*-?\\s*id:\\s*${id}\\s*$`, 'm').test(existing); n++) id = `${slugFor(name)}-${n}`;
  const end = doc.positionAt(existing.length);
  const edit = new vscode.WorkspaceEdit();
  edit.insert(uri, end, (existing.endsWith('\n') || !existing ? '' : '\n') + stubYaml(id, name, type));
  await vscode.workspace.applyEdit(edit);
  await doc.save();
  const line = doc.getText().split('\n').findIndex((l) => l.includes(`id: ${id}`));
  const editor = await vscode.window.showTextDocument(doc);
  const at = new vscode.Position(Math.max(0, line), 0);
  editor.selection = new vscode.Selection(at, at);
  editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenter);
  return uri;
}
