import * as vscode from 'vscode';
import type { DocumentAnalysis } from '../../core/analysis';
import type { KnowledgeBase } from '../../core/kb/knowledgeBase';
import { checkAgainstCorpus, factsOf, spellingIndex, type FileFacts, type SpellingIndex } from '../../core/claims/corpusFacts';
import type { RuleSetting } from '../../core/claims/check';
import { factRange, fileFacts, type FileSummary } from '../../core/corpus/summary';
import type { Finding, Range, Span } from '../../core/types';
import type { CorpusService } from '../corpus/service';
import type { CrossFileFindings } from './convert';

const SYNC_DEBOUNCE_MS = 500;

interface Cached {
  readonly facts: FileFacts;
  /** The file's summary in the corpus index, whose facts say where each fact lies. */
  readonly summary: FileSummary;
}

/**
 * Cross-article checks in the editor: the facts of every corpus file (names, event counts), which
 * the corpus index computes with each file's analysis, gathered when the index changes, so an edit
 * only recomputes the open document's own facts against them.
 */
export class CorpusChecks implements vscode.Disposable {
  private readonly cache = new Map<string, Cached>();
  private spellings: SpellingIndex | undefined;
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires when other files' facts changed: open documents should be checked again. */
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;
  /** Every file's cross-file findings, computed when first asked for after a change. */
  private everywhere: { key: string; entries: CorpusFinding[] } | undefined;

  constructor(
    private readonly corpus: CorpusService | undefined,
    private readonly kb: () => KnowledgeBase | undefined,
    private readonly log: vscode.LogOutputChannel,
  ) {
    if (!corpus) return;
    this.disposables.push(corpus.onDidChange(() => this.schedule()));
    void corpus.whenReady.then(() => this.schedule());
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.sync(), SYNC_DEBOUNCE_MS);
  }

  /** Brings the facts up to date with the corpus index (which computed them with each file's analysis). */
  sync(): void {
    const index = this.corpus?.index;
    if (!index || this.disposed) return;
    const started = Date.now();
    const paths = new Set(index.paths());
    let changed = 0;
    for (const path of [...this.cache.keys()]) if (!paths.has(path) && this.cache.delete(path)) changed++;
    for (const path of paths) {
      const summary = index.get(path);
      // By identity: a new knowledge base re-indexes the same texts (same hashes) with new facts.
      if (!summary || this.cache.get(path)?.summary === summary) continue;
      this.cache.set(path, { facts: fileFacts(path, summary), summary });
      changed++;
    }
    if (!changed) return;
    this.spellings = undefined;
    this.everywhere = undefined;
    this.log.info(`corpus checks: ${changed} files updated (${this.cache.size} in all) in ${Date.now() - started} ms`);
    this.emitter.fire();
  }

  /** Findings of `document` against the rest of the corpus, and how to locate their related spans. */
  findingsFor(document: vscode.TextDocument, analysis: DocumentAnalysis, severities: { names: RuleSetting; figures: RuleSetting }): CrossFileFindings {
    const locate = (file: string, span: Span): vscode.Location | undefined => this.locate(file, span);
    if (!this.cache.size || (severities.names === 'off' && severities.figures === 'off')) return { findings: [], locate };
    const self = document.uri.toString();
    this.spellings ??= spellingIndex([...this.cache.values()].map((c) => c.facts));
    const findings: Finding[] = checkAgainstCorpus(factsFrom(self, analysis, this.kb()), this.spellings, [...this.cache.values()].map((c) => c.facts), {
      names: severities.names,
      figures: severities.figures,
      label: (file) => vscode.workspace.asRelativePath(vscode.Uri.parse(file), false),
    });
    return { findings, locate };
  }

  /**
   * The cross-file findings of every corpus file as saved on disk (what the Claims view lists
   * beside each file's own findings), with ranges from the file's line starts.
   */
  corpusFindings(severities: { names: RuleSetting; figures: RuleSetting }): readonly CorpusFinding[] {
    const key = `${severities.names}/${severities.figures}`;
    if (this.everywhere?.key === key) return this.everywhere.entries;
    const entries: CorpusFinding[] = [];
    if (this.cache.size > 1 && (severities.names !== 'off' || severities.figures !== 'off')) {
      this.spellings ??= spellingIndex([...this.cache.values()].map((c) => c.facts));
      const all = [...this.cache.values()].map((c) => c.facts);
      const label = (file: string) => vscode.workspace.asRelativePath(vscode.Uri.parse(file), false);
      for (const [path, c] of this.cache) {
        for (const finding of checkAgainstCorpus(c.facts, this.spellings, all, { names: severities.names, figures: severities.figures, label })) {
          const range = factRange(c.summary, finding);
          if (range) entries.push({ path, finding, range, quote: quoteOf(c.facts, finding) });
        }
      }
    }
    this.everywhere = { key, entries };
    return entries;
  }

  private locate(file: string, span: Span): vscode.Location | undefined {
    const uri = vscode.Uri.parse(file);
    // The facts come from the file on disk: an open document with unsaved edits may have moved them.
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === file && !d.isDirty);
    if (open) return new vscode.Location(uri, new vscode.Range(open.positionAt(span.start), open.positionAt(span.end)));
    const cached = this.cache.get(file);
    const range = cached && factRange(cached.summary, span);
    return range && new vscode.Location(uri, new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character));
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}

/** A cross-file finding of a corpus file, located without the file's text. */
export interface CorpusFinding {
  readonly path: string;
  readonly finding: Finding;
  readonly range: Range;
  /** The finding's text (a name as `Given Surname`, or the figure as written). */
  readonly quote: string;
}

/** The text a cross-file finding covers, from the facts it was found in. */
function quoteOf(facts: FileFacts, f: Finding): string {
  const at = (x: Span) => x.start === f.start && x.end === f.end;
  const figure = facts.figures.find(at);
  if (figure) return figure.text;
  const name = facts.names.find(at);
  return name ? `${name.given} ${name.surname}` : '';
}

function factsFrom(file: string, analysis: DocumentAnalysis, kb: KnowledgeBase | undefined): FileFacts {
  return factsOf({ file, text: analysis.text, articles: analysis.articles }, kb);
}
