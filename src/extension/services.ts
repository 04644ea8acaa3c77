import * as vscode from 'vscode';
import { AnalysisCache } from './analysisCache';
import { CorpusService } from './corpus/service';
import { KnowledgeService } from './knowledge/service';
import { TriageService } from './diagnostics/triageService';
import { AnnotationStore } from './annotations/store';
import { CorpusChecks } from './diagnostics/corpusChecks';

/** Shared, long-lived state the features use; created once per activation. */
export interface Services extends vscode.Disposable {
  readonly log: vscode.LogOutputChannel;
  readonly analyses: AnalysisCache;
  /** The workspace's article corpus (index, background indexing, cache). */
  readonly corpus: CorpusService;
  /** The actor knowledge base (default + workspace files), reloaded when they change. */
  readonly knowledge: KnowledgeService;
  /** Triage of claim findings (verified, false positive, needs source, notes), stored as annotations. */
  readonly triage: TriageService;
  /** Reader annotations (notes, tags, verdicts, actor links, triage) in `.byline/annotations/` sidecars. */
  readonly annotations: AnnotationStore;
  /** Cross-article checks (names, event counts) over the corpus files: diagnostics and the Claims view share them. */
  readonly corpusChecks: CorpusChecks;
}

export function createServices(context: vscode.ExtensionContext): Services {
  const log = vscode.window.createOutputChannel('Byline', { log: true });
  const knowledge = new KnowledgeService(log);
  const analyses = new AnalysisCache(() => knowledge.current);
  analyses.warmUp();
  const corpus = new CorpusService(context, log, knowledge);
  const annotations = new AnnotationStore(log);
  // Triage decisions are annotations (kind `triage`, W3C `assessing`) on the finding's passage.
  const triage = new TriageService(log, annotations);
  const corpusChecks = new CorpusChecks(corpus, () => knowledge.current, log);
  return {
    log,
    analyses,
    corpus,
    knowledge,
    triage,
    annotations,
    corpusChecks,
    dispose() {
      corpusChecks.dispose();
      triage.dispose();
      annotations.dispose();
      corpus.dispose();
      analyses.dispose();
      knowledge.dispose();
      log.dispose();
    },
  };
}
