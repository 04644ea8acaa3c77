// Entities inside a real VS Code: the semantic-token legend and tokens on a seed, the hover
// card at `Mohsin Naqvi`, Go to Definition into the knowledge base, and Find All References
// across the seed corpus, all through VS Code's own provider commands.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { loadLabelled } from '../support/labels';
import { EXTENSION_ID, poll, seedsUri } from './support';

/** How long a provider may take to answer after activation. */
const PROBE_MS = 10_000;

const TYPES = ['person', 'organization', 'place', 'date', 'quantity', 'misc'];

async function openSeed(file: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(seedsUri(), file));
  await vscode.window.showTextDocument(document);
  await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
  return document;
}

/** Decoded semantic tokens: absolute line/character, length, type name and modifier names. */
function decode(tokens: vscode.SemanticTokens, legend: vscode.SemanticTokensLegend) {
  const out: { line: number; character: number; length: number; type: string; modifiers: string[] }[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [dLine, dChar, length, type, mods] = tokens.data.slice(i, i + 5);
    line += dLine;
    character = dLine === 0 ? character + dChar : dChar;
    out.push({ line, character, length, type: legend.tokenTypes[type], modifiers: legend.tokenModifiers.filter((_, b) => mods & (1 << b)) });
  }
  return out;
}

describe('entities (extension host)', function () {
  this.timeout(60_000);
  const seed = loadLabelled('seeds').find((s) => s.text.includes('Interior Minister Mohsin Naqvi'));
  let document: vscode.TextDocument;
  let naqvi: vscode.Position;

  before(async function () {
    if (!seed) this.skip();
    document = await openSeed(seed!.file);
    naqvi = document.positionAt(document.getText().indexOf('Mohsin Naqvi') + 3);
  });

  it('declares the entity token legend', async () => {
    const legend = await poll(() => vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', document.uri), PROBE_MS);
    assert.ok(legend, 'no semantic tokens legend');
    assert.deepEqual(legend.tokenTypes, TYPES);
    assert.deepEqual(legend.tokenModifiers, ['linked', 'unknown']);
  });

  it('colours people, organisations, places, dates and quantities on a seed', async () => {
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', document.uri);
    const tokens = await poll(() => vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', document.uri), PROBE_MS);
    assert.ok(tokens && legend, 'no semantic tokens');
    const decoded = decode(tokens, legend);
    const at = (text: string) => {
      const p = document.positionAt(document.getText().indexOf(text));
      return decoded.find((t) => t.line === p.line && t.character === p.character);
    };
    assert.deepEqual(at('Mohsin Naqvi'), { ...at('Mohsin Naqvi')!, type: 'person', length: 'Mohsin Naqvi'.length, modifiers: ['linked'] });
    assert.equal(at('Tehreek-e-Taliban Pakistan')?.type, 'organization');
    assert.equal(at('Islamabad')?.type, 'place');
    assert.equal(at('12 people')?.type, 'quantity');
    assert.equal(at('Tuesday, November 18, 2025')?.type, 'date');
    for (const t of TYPES.filter((x) => x !== 'misc')) assert.ok(decoded.some((d) => d.type === t), `no ${t} token`);
  });

  it('answers range requests with the tokens of that range only', async () => {
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentRangeSemanticTokensLegend', document.uri);
    const range = new vscode.Range(naqvi.line, 0, naqvi.line + 1, 0);
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentRangeSemanticTokens', document.uri, range);
    assert.ok(tokens && legend);
    const decoded = decode(tokens, legend);
    assert.ok(decoded.length > 0 && decoded.every((t) => t.line === naqvi.line));
  });

  it('shows the actor card when hovering Mohsin Naqvi', async () => {
    const hovers = await poll(() => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, naqvi), PROBE_MS);
    const text = (hovers ?? []).flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /\*\*Mohsin Naqvi\*\*/);
    assert.match(text, /Interior/);
    assert.match(text, /as of 2025-11-18/);
    assert.match(text, /In this article:\*\* \d+ mentions/);
  });

  it('goes to the actor entry in the knowledge base', async () => {
    const defs = await poll(() => vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', document.uri, naqvi), PROBE_MS);
    assert.ok(defs && defs.length === 1, 'no definition');
    const def = defs[0];
    const uri = 'uri' in def ? def.uri : def.targetUri;
    const range = 'range' in def ? def.range : def.targetRange;
    const yaml = await vscode.workspace.openTextDocument(uri);
    assert.match(yaml.lineAt(range.start.line).text, /id: mohsin-naqvi/);
  });

  it('adds a stub to .byline/actors.yaml, links to it, and reports a malformed entry at its line', async () => {
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    assert.ok(folder, 'the seed is not in a workspace folder');
    const kbDir = vscode.Uri.joinPath(folder.uri, '.byline');
    const kbFile = vscode.Uri.joinPath(kbDir, 'actors.yaml');
    try {
      await vscode.commands.executeCommand('byline.addActorStub', { name: 'Sajid Ullah', type: 'person', uri: document.uri.toString() });
      const yaml = await vscode.workspace.openTextDocument(kbFile);
      assert.match(yaml.getText(), /- id: sajid-ullah\n  name: "Sajid Ullah"\n  type: person/);
      // A broken entry: the valid ones still load, the broken one shows as a diagnostic at its line.
      const edit = new vscode.WorkspaceEdit();
      edit.insert(kbFile, yaml.positionAt(yaml.getText().length), '\n- id: Bad Id\n  name: Broken\n  type: robot\n');
      await vscode.workspace.applyEdit(edit);
      await yaml.save();
      const lines = yaml.getText().split('\n');
      const badLine = lines.findIndex((l) => l.includes('type: robot'));
      const idLine = lines.findIndex((l) => l.includes('id: Bad Id'));
      const diags = await poll(() => {
        const d = vscode.languages.getDiagnostics(kbFile);
        return d.some((x) => /type must be one of/.test(x.message)) ? d : undefined;
      }, PROBE_MS);
      assert.ok(diags, 'no diagnostic for the malformed entry');
      assert.deepEqual(
        diags.map((d) => [d.range.start.line, d.severity]),
        [
          [idLine, vscode.DiagnosticSeverity.Error],
          [badLine, vscode.DiagnosticSeverity.Error],
        ],
        JSON.stringify(diags.map((d) => [d.range.start.line, d.message])),
      );
      const defs = await poll(async () => {
        const d = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeDefinitionProvider', document.uri, document.positionAt(document.getText().indexOf('Sajid Ullah') + 2));
        return d?.length && d[0].uri.toString() === kbFile.toString() ? d : undefined;
      }, PROBE_MS);
      assert.ok(defs, 'the workspace entry does not replace the default one for Go to Definition');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(kbDir, { recursive: true, useTrash: false });
    }
  });

  it('finds references to the actor across the seed corpus', async () => {
    const refs = await poll(() => vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, naqvi), 20_000);
    assert.ok(refs && refs.length >= 4, `expected references, got ${refs?.length ?? 0}`);
    const files = new Set(refs.map((r) => r.uri.path.split('/').pop()));
    assert.ok(files.size >= 2, `expected both seeds, got ${[...files].join(', ')}`);
    for (const r of refs.filter((x) => x.uri.toString() === document.uri.toString())) assert.match(document.getText(r.range), /Naqvi/);
  });
});
