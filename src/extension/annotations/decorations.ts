import * as vscode from 'vscode';
import type { Annotation, Verdict } from '../../core/annotations/model';
import { toRange } from './convert';
import type { AnnotationStore } from './store';

/** Decoration styles: a themable background (contributes.colors) and a small gutter mark. */
interface Style {
  readonly key: string;
  readonly color: string;
  /** Gutter mark colour; SVG icons cannot use theme colours, so a mid tone that reads on both themes. */
  readonly mark: string;
  readonly glyph: string;
}

const STYLES: readonly Style[] = [
  { key: 'tag', color: 'byline.annotation.tagBackground', mark: '#3794ff', glyph: '#' },
  { key: 'actor-link', color: 'byline.annotation.actorLinkBackground', mark: '#b180d7', glyph: '@' },
  { key: 'triage', color: 'byline.annotation.triageBackground', mark: '#888888', glyph: '?' },
  { key: 'verdict:verified', color: 'byline.annotation.verifiedBackground', mark: '#388a34', glyph: '✓' },
  { key: 'verdict:false', color: 'byline.annotation.falseBackground', mark: '#e51400', glyph: '✗' },
  { key: 'verdict:misleading', color: 'byline.annotation.misleadingBackground', mark: '#d18616', glyph: '!' },
  { key: 'verdict:unverifiable', color: 'byline.annotation.unverifiableBackground', mark: '#848484', glyph: '?' },
  { key: 'verdict:needs-source', color: 'byline.annotation.needsSourceBackground', mark: '#0078d4', glyph: '¶' },
];

function gutterIcon(s: Style): vscode.Uri {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><circle cx="8" cy="8" r="6" fill="${s.mark}"/><text x="8" y="11.5" font-size="9" font-family="sans-serif" text-anchor="middle" fill="#fff">${s.glyph.replace('&', '&amp;')}</text></svg>`;
  return vscode.Uri.parse(`data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`);
}

export function styleKey(a: Annotation): string | undefined {
  if (a.kind === 'note') return undefined; // Notes are comment threads.
  return a.kind === 'verdict' ? `verdict:${a.body as Verdict}` : a.kind;
}

const VERDICT_LABEL: Record<string, string> = { verified: 'Verified', false: 'False', misleading: 'Misleading', unverifiable: 'Unverifiable', 'needs-source': 'Needs source' };

/** The hover shown over a decorated passage. */
export function hoverFor(a: Annotation): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  const head = a.kind === 'tag' ? `**Tag** \`${a.body}\``
    : a.kind === 'verdict' ? `**Claim verdict: ${VERDICT_LABEL[a.body] ?? a.body}**`
    : a.kind === 'actor-link' ? `**Actor:** ${a.label ?? a.body}${a.wikidata ? ` ([${a.wikidata}](https://www.wikidata.org/wiki/${a.wikidata}))` : ''} — \`${a.body}\``
    : `**Triage:** ${a.body}${a.rule ? ` (${a.rule})` : ''}`;
  md.appendMarkdown(head);
  if (a.comment) md.appendMarkdown('\n\n').appendText(a.comment);
  md.appendMarkdown(`\n\n_${a.author || 'unknown'}, ${a.created.slice(0, 10)} · Byline annotation_`);
  return md;
}

/** Tags, verdicts, actor links and triage as background + gutter decorations with a hover. */
export function registerDecorations(store: AnnotationStore): vscode.Disposable {
  const types = new Map(STYLES.map((s) => [s.key, vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor(s.color),
    gutterIconPath: gutterIcon(s),
    gutterIconSize: 'contain',
    overviewRulerColor: new vscode.ThemeColor(s.color),
    overviewRulerLane: vscode.OverviewRulerLane.Right,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  })]));

  const paint = (editor: vscode.TextEditor): void => {
    const scheme = editor.document.uri.scheme;
    if (scheme !== 'file' && scheme !== 'vscode-remote') return;
    const byKey = new Map<string, vscode.DecorationOptions[]>();
    for (const { annotation, span } of store.get(editor.document.uri).items) {
      const key = styleKey(annotation);
      if (!key || !span || !types.has(key)) continue;
      const list = byKey.get(key) ?? [];
      list.push({ range: toRange(editor.document, span), hoverMessage: hoverFor(annotation) });
      byKey.set(key, list);
    }
    for (const [key, type] of types) editor.setDecorations(type, byKey.get(key) ?? []);
  };
  const paintUri = (uri?: vscode.Uri): void => {
    for (const e of vscode.window.visibleTextEditors) if (!uri || e.document.uri.toString() === uri.toString()) paint(e);
  };
  paintUri();
  return vscode.Disposable.from(
    ...types.values(),
    store.onDidChange(paintUri),
    vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach(paint)),
  );
}
