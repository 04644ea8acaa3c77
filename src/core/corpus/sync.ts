import type { CorpusIndex, FileStamp } from './corpusIndex';
import { contentHash } from './hash';
import type { FileSummary } from './summary';

/** The file system as the corpus sees it: the extension and the CLI/bench each provide one. */
export interface CorpusFileSource {
  /** Every article file of the corpus, with stamps when the source knows them. */
  list(): Promise<readonly { readonly path: string; readonly stamp?: FileStamp }[]>;
  read(path: string): Promise<string>;
}

export interface SyncOptions {
  /** Files analysed between two yields to the event loop (and progress reports). */
  readonly chunkSize?: number;
  /**
   * Also yield once this many milliseconds have passed since the last yield: a host (the editor's
   * extension host) then answers an opened document or a keystroke within about one slice.
   */
  readonly sliceMs?: number;
  readonly isCancelled?: () => boolean;
  /** Files read ahead of the one being analysed (default 16). */
  readonly readAhead?: number;
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * Summarizes a text elsewhere (a pool of worker threads) instead of the index's own analysis in
   * this thread. Several files are summarized at once; their results still go into the index one
   * by one in listing order, so progress, cancellation and the index's contents are the same.
   */
  readonly summarize?: (text: string, hash: string) => Promise<FileSummary>;
  /** Files being summarized at once with `summarize` (default 8; a pool's size × 2 keeps each worker busy). */
  readonly inFlight?: number;
  /** With fewer files than this to read, `summarize` is not used (default 0: always when given). */
  readonly summarizeFrom?: number;
}

export interface SyncResult {
  readonly total: number;
  /** Files whose text was read (stamp changed or unknown). */
  readonly read: number;
  /** Files whose summary changed. */
  readonly changed: number;
  readonly removed: number;
  readonly cancelled: boolean;
}

/** A file read for `summarize`: its summary on its way, or its text when the index has one for it already. */
interface Job {
  readonly hash: string;
  readonly text?: string;
  readonly summary?: Promise<FileSummary>;
}

const ignore = (): void => undefined;

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Brings the index in line with the source: drops files that are gone, reads only files whose
 * stamp differs, and works in chunks so a host stays responsive; stops early when cancelled.
 */
export async function syncCorpus(index: CorpusIndex, source: CorpusFileSource, options: SyncOptions = {}): Promise<SyncResult> {
  const chunk = options.chunkSize ?? 25;
  const sliceMs = options.sliceMs ?? Infinity;
  let lastYield = performance.now();
  const listed = await source.list();
  const present = new Set(listed.map((f) => f.path));
  let removed = 0;
  for (const path of index.paths()) if (!present.has(path) && index.delete(path)) removed++;
  const todo = listed.filter((f) => !f.stamp || !index.isCurrent(f.path, f.stamp));
  let read = 0;
  let changed = 0;
  const cancelled = (): SyncResult => ({ total: listed.length, read, changed, removed, cancelled: true });
  const summarize = options.summarize && todo.length >= (options.summarizeFrom ?? 0) ? options.summarize : undefined;
  const inFlight = Math.max(1, options.inFlight ?? 8);
  // Reads run ahead of the analysis, so the disk (or the remote file system) is never waited on
  // one file at a time: with sequential reads a fifth of a cold index was idle time.
  const ahead = Math.max(1, options.readAhead ?? 16, summarize ? inFlight : 0);
  const reads = new Map<number, Promise<string | undefined>>();
  const startRead = (k: number) => {
    if (k < todo.length && !reads.has(k)) reads.set(k, source.read(todo[k].path).catch(() => undefined));
  };
  // With `summarize`, the files after the current one are already being summarized: a text new to
  // the index (and not already on its way under the same hash) goes out as soon as it is read.
  const jobs = new Map<number, Promise<Job | undefined>>();
  const summarizing = new Map<string, Promise<FileSummary>>();
  const startJob = (k: number) => {
    if (!summarize || k >= todo.length || jobs.has(k)) return;
    startRead(k);
    const job = reads.get(k)!.then((text): Job | undefined => {
      if (text === undefined) return undefined;
      const hash = contentHash(text);
      if (!index.needsSummary(hash)) return { text, hash };
      let summary = summarizing.get(hash);
      if (!summary) {
        summary = summarize(text, hash);
        summary.catch(ignore); // awaited in order below, unless the run stops first
        summarizing.set(hash, summary);
      }
      return { hash, summary };
    });
    job.catch(ignore);
    jobs.set(k, job);
  };
  for (let i = 0; i < todo.length; i++) {
    if (options.isCancelled?.()) return cancelled();
    const f = todo[i];
    for (let k = i; k < i + ahead; k++) startRead(k);
    if (summarize) {
      for (let k = i; k < i + inFlight; k++) startJob(k);
      let job: Job | undefined;
      let summary: FileSummary | undefined;
      try {
        job = await jobs.get(i)!;
        if (job?.summary) summary = await job.summary;
      } catch (e) {
        if (options.isCancelled?.()) return cancelled(); // a stopped pool fails the jobs of a run it no longer serves
        throw e;
      } finally {
        jobs.delete(i);
        reads.delete(i);
        if (job && summarizing.get(job.hash) === job.summary) summarizing.delete(job.hash);
      }
      if (!job) continue; // deleted between listing and reading
      read++;
      if (summary) {
        if (index.updateFromSummary(f.path, job.hash, summary, f.stamp)) changed++;
      } else if (index.update(f.path, job.text!, f.stamp)) changed++; // a text the index has a summary for already
    } else {
      const text = await reads.get(i)!;
      reads.delete(i);
      if (text === undefined) continue; // deleted between listing and reading: the watcher will tell
      read++;
      if (index.update(f.path, text, f.stamp)) changed++;
    }
    if ((i + 1) % chunk === 0) {
      options.onProgress?.(listed.length - todo.length + i + 1, listed.length);
      await yieldToEventLoop();
      lastYield = performance.now();
    } else if (performance.now() - lastYield >= sliceMs) {
      await yieldToEventLoop();
      lastYield = performance.now();
    }
  }
  options.onProgress?.(listed.length, listed.length);
  return { total: listed.length, read, changed, removed, cancelled: false };
}
