import * as vscode from 'vscode';
import type { ArticleAnalysis, DocumentAnalysis } from '../../core/analysis';
import { analyzeDocument } from '../../core/analysis';
import type { KnowledgeBase } from '../../core/kb/knowledgeBase';
import type { Mention } from '../../core/types';
import { LineIndex } from '../../core/text/lineIndex';
import { LANGUAGE_ID } from '../analysisCache';
import { findCorpusFiles } from '../corpus/files';

/** The mention under an offset, with its article. */
export function mentionAt(analysis: DocumentAnalysis, offset: number): { mention: Mention; article: ArticleAnalysis } | undefined {
  for (const article of analysis.articles) {
    if (offset < article.article.start || offset > article.article.end) continue;
    const mention = article.mentions.find((m) => m.start <= offset && offset <= m.end && m.end > m.start);
    if (mention) return { mention, article };
  }
  return undefined;
}

/** What identifies "the same entity" across files: the actor id, else type + fullest surface form. */
export function entityKey(m: Mention): string {
  return m.actor ? `actor:${m.actor}` : `${m.type}:${(m.canonical ?? m.text).toLowerCase()}`;
}

/** Mentions of one entity in one workspace file. */
export interface FileMentions {
  readonly uri: vscode.Uri;
  /** First article headline of the file, for link titles. */
  readonly title: string;
  readonly locations: readonly vscode.Location[];
}

/**
 * Where entities are mentioned across the workspace. A simple scan for now; the corpus index
 * can replace it behind this interface.
 */
export interface WorkspaceMentions {
  find(key: string, token?: vscode.CancellationToken): Promise<FileMentions[]>;
}

interface Scanned {
  readonly mtime: number;
  readonly kb: KnowledgeBase;
  readonly title: string;
  readonly byKey: Map<string, vscode.Location[]>;
}

const MAX_FILES = 2000;

/** Scans the workspace's news files (open documents from memory), caching per file modification time. */
export class WorkspaceScan implements WorkspaceMentions {
  private readonly cache = new Map<string, Scanned>();

  constructor(private readonly kb: () => KnowledgeBase) {}

  async find(key: string, token?: vscode.CancellationToken): Promise<FileMentions[]> {
    const out: FileMentions[] = [];
    for (const uri of await this.files()) {
      if (token?.isCancellationRequested) break;
      const scanned = await this.scan(uri);
      const locations = scanned?.byKey.get(key);
      if (scanned && locations?.length) out.push({ uri, title: scanned.title, locations });
    }
    return out;
  }

  private async files(): Promise<vscode.Uri[]> {
    const seen = new Map<string, vscode.Uri>();
    // The corpus' own file finder: it matches `byline.articleGlobs` against full paths (a workspace folder may be `seeds/`).
    for (const uri of (await findCorpusFiles()).slice(0, MAX_FILES)) seen.set(uri.toString(), uri);
    for (const d of vscode.workspace.textDocuments) if (d.languageId === LANGUAGE_ID) seen.set(d.uri.toString(), d.uri);
    return [...seen.values()].sort((a, b) => a.toString().localeCompare(b.toString()));
  }

  private async scan(uri: vscode.Uri): Promise<Scanned | undefined> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    let mtime: number;
    let text: string;
    try {
      mtime = open?.isDirty ? -open.version : (await vscode.workspace.fs.stat(uri)).mtime;
      const hit = this.cache.get(uri.toString());
      if (hit && hit.mtime === mtime && hit.kb === this.kb()) return hit;
      text = open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      return undefined;
    }
    const kb = this.kb();
    const analysis = analyzeDocument(text, { kb, skipClaims: true, skipTopics: true });
    const lines = new LineIndex(text);
    const byKey = new Map<string, vscode.Location[]>();
    for (const a of analysis.articles)
      for (const m of a.mentions) {
        if (m.type === 'date' || m.type === 'quantity') continue;
        const r = lines.rangeOf(m);
        const loc = new vscode.Location(uri, new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character));
        const k = entityKey(m);
        byKey.set(k, [...(byKey.get(k) ?? []), loc]);
      }
    const scanned: Scanned = { mtime, kb, title: analysis.articles[0]?.article.headline ?? uri.path.split('/').pop() ?? '', byKey };
    this.cache.set(uri.toString(), scanned);
    return scanned;
  }
}
