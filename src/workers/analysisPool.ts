import * as os from 'node:os';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { EngineInputs } from '../core/corpus/engine';
import type { FileSummary } from '../core/corpus/summary';
import type { AnalysisJob, AnalysisReply } from './protocol';

export interface AnalysisPoolOptions {
  /** The bundled worker entry (dist/analysisWorker.js). */
  readonly script: string;
  /** The engine inputs every worker builds its analysis from. */
  readonly inputs?: EngineInputs;
  /** Worker threads (default `defaultPoolSize()`). */
  readonly size?: number;
  /** How long the workers may take to load the engine before `start` gives up (default 30 s). */
  readonly startTimeoutMs?: number;
  /** V8 heap limits of each worker (default `WORKER_LIMITS`). */
  readonly resourceLimits?: ResourceLimits;
}

/**
 * A worker's live heap is small (≈ 18 MB: the engine, its models and one file's analysis), but V8's
 * default young generation lets each worker's heap grow to ≈ 55 MB of short-lived garbage; 16 MB
 * keeps it near 40 MB at the same speed (measured over 4,500 generated articles).
 */
export const WORKER_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 16 };

/** Threads worth starting: one per core, at most 4 (the main thread reads, hashes and indexes meanwhile). */
export function defaultPoolSize(): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(cores || 1, 4));
}

/** Jobs a worker holds at once: the next text is already there when it finishes one. */
const PER_WORKER = 2;

interface Job {
  readonly id: number;
  readonly text: string;
  readonly hash: string;
  readonly resolve: (summary: FileSummary) => void;
  readonly reject: (error: Error) => void;
}

interface Slot {
  readonly worker: Worker;
  readonly jobs: Map<number, Job>;
  ready: boolean;
  error?: Error;
}

/**
 * Worker threads that summarize corpus files (`summarizeAnalysis` of the corpus analysis) off the
 * main thread. Jobs queue and go to the least busy worker; a job the engine fails on rejects; a
 * worker that dies rejects the job it was on (its other jobs go to another worker) and is replaced.
 */
export class AnalysisPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;
  private disposed = false;

  private constructor(private readonly options: AnalysisPoolOptions, readonly size: number) {}

  /** Starts the workers; resolves once every one has loaded the engine, rejects (and stops them all) if one fails to. */
  static async start(options: AnalysisPoolOptions): Promise<AnalysisPool> {
    const pool = new AnalysisPool(options, Math.max(1, Math.floor(options.size ?? defaultPoolSize())));
    try {
      const ready = Array.from({ length: pool.size }, () => pool.spawn());
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('analysis workers did not start in time')), options.startTimeoutMs ?? 30_000);
      });
      await Promise.race([Promise.all(ready), timeout]).finally(() => clearTimeout(timer));
    } catch (e) {
      await pool.dispose();
      throw e;
    }
    return pool;
  }

  /** Workers running now: fewer than `size` once a replacement for a dead one has failed to start. */
  get threads(): number {
    return this.slots.length;
  }

  /** The summary of a text whose content hash is `hash`, computed in a worker. */
  summarize(text: string, hash: string): Promise<FileSummary> {
    if (this.disposed) return Promise.reject(new Error('analysis pool disposed'));
    if (this.slots.length === 0) return Promise.reject(new Error('no analysis worker running'));
    return new Promise<FileSummary>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, text, hash, resolve, reject });
      this.pump();
    });
  }

  /** Stops every worker; jobs not done yet reject. */
  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    const error = new Error('analysis pool disposed');
    for (const job of this.queue.splice(0)) job.reject(error);
    const slots = this.slots.splice(0);
    for (const slot of slots) {
      for (const job of slot.jobs.values()) job.reject(error);
      slot.jobs.clear();
    }
    await Promise.all(slots.map((s) => s.worker.terminate().catch(() => undefined)));
  }

  /** Starts one worker; the promise settles when it is ready (or dies before). */
  private spawn(): Promise<void> {
    const worker = new Worker(this.options.script, { workerData: this.options.inputs ?? {}, resourceLimits: this.options.resourceLimits ?? WORKER_LIMITS });
    const slot: Slot = { worker, jobs: new Map(), ready: false };
    this.slots.push(slot);
    return new Promise<void>((resolve, reject) => {
      worker.on('message', (m: AnalysisReply) => {
        if (m.type === 'ready') {
          slot.ready = true;
          if (slot.jobs.size === 0) worker.unref();
          resolve();
          return;
        }
        const job = slot.jobs.get(m.id);
        if (!job) return;
        slot.jobs.delete(m.id);
        if (m.type === 'done') job.resolve(m.summary);
        else {
          const error = new Error(m.message);
          if (m.stack) error.stack = m.stack;
          job.reject(error);
        }
        this.pump();
        // An idle pool does not keep a CLI or a test process alive.
        if (slot.jobs.size === 0) worker.unref();
      });
      worker.on('error', (e) => (slot.error = e));
      worker.on('exit', (code) => {
        const error = slot.error ?? new Error(`analysis worker exited with code ${code}`);
        reject(error);
        const at = this.slots.indexOf(slot);
        if (at < 0) return; // disposed
        this.slots.splice(at, 1);
        // A worker takes its jobs in order: the oldest is the one it died on; the others go to another worker.
        const [culprit, ...waiting] = slot.jobs.values();
        slot.jobs.clear();
        culprit?.reject(error);
        this.queue.unshift(...waiting);
        // A worker that was working is replaced; one that could not even start is not (it would fail again).
        if (slot.ready && !this.disposed) {
          try {
            this.spawn().catch(() => undefined);
          } catch {
            // could not start another: the others go on
          }
        }
        if (this.slots.length === 0) for (const job of this.queue.splice(0)) job.reject(error);
        else this.pump();
      });
    });
  }

  /** Hands queued jobs to the least busy workers. */
  private pump(): void {
    while (this.queue.length) {
      let best: Slot | undefined;
      for (const slot of this.slots) if (slot.jobs.size < PER_WORKER && (!best || slot.jobs.size < best.jobs.size)) best = slot;
      if (!best) return;
      const job = this.queue.shift()!;
      best.jobs.set(job.id, job);
      if (best.jobs.size === 1) best.worker.ref();
      const message: AnalysisJob = { id: job.id, text: job.text, hash: job.hash };
      best.worker.postMessage(message);
    }
  }
}
