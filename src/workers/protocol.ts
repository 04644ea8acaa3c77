import type { FileSummary } from '../core/corpus/summary';

/** Main thread → analysis worker: one file's text to summarize. */
export interface AnalysisJob {
  readonly id: number;
  readonly text: string;
  readonly hash: string;
}

/** Analysis worker → main thread. */
export type AnalysisReply =
  | { readonly type: 'ready' }
  | { readonly type: 'done'; readonly id: number; readonly summary: FileSummary }
  | { readonly type: 'failed'; readonly id: number; readonly message: string; readonly stack?: string };
