import type { CorpusIndex, FileStamp } from './corpusIndex';

/** The file system as the corpus sees it: the extension and the CLI/bench each provide one. */
export interface CorpusFileSource {
  /** Every article file of the corpus, with stamps when the source knows them. */
  list(): Promise<readonly { readonly path: string; readonly stamp?: FileStamp }[]>;
  read(path: string): Promise<string>;
}

export interface SyncOptions {
  /** Files analysed between two yields to the event loop. */
  readonly chunkSize?: number;
  readonly isCancelled?: () => boolean;
  /** Files read ahead of the one being analysed (default 16). */
  readonly readAhead?: number;
  readonly onProgress?: (done: number, total: number) => void;
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

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Brings the index in line with the source: drops files that are gone, reads only files whose
 * stamp differs, and works in chunks so a host stays responsive; stops early when cancelled.
 */
export async function syncCorpus(index: CorpusIndex, source: CorpusFileSource, options: SyncOptions = {}): Promise<SyncResult> {
  const chunk = options.chunkSize ?? 25;
  const listed = await source.list();
  const present = new Set(listed.map((f) => f.path));
  let removed = 0;
  for (const path of index.paths()) if (!present.has(path) && index.delete(path)) removed++;
  const todo = listed.filter((f) => !f.stamp || !index.isCurrent(f.path, f.stamp));
  let read = 0;
  let changed = 0;
  // Reads run ahead of the analysis, so the disk (or the remote file system) is never waited on
  // one file at a time: with sequential reads a fifth of a cold index was idle time.
  const ahead = Math.max(1, options.readAhead ?? 16);
  const reads = new Map<number, Promise<string | undefined>>();
  const startRead = (k: number) => {
    if (k < todo.length && !reads.has(k)) reads.set(k, source.read(todo[k].path).catch(() => undefined));
  };
  for (let i = 0; i < todo.length; i++) {
    if (options.isCancelled?.()) return { total: listed.length, read, changed, removed, cancelled: true };
    const f = todo[i];
    for (let k = i; k < i + ahead; k++) startRead(k);
    const text = await reads.get(i)!;
    reads.delete(i);
    if (text === undefined) continue; // deleted between listing and reading: the watcher will tell
    read++;
    if (index.update(f.path, text, f.stamp)) changed++;
    if ((i + 1) % chunk === 0) {
      options.onProgress?.(listed.length - todo.length + i + 1, listed.length);
      await yieldToEventLoop();
    }
  }
  options.onProgress?.(listed.length, listed.length);
  return { total: listed.length, read, changed, removed, cancelled: false };
}
