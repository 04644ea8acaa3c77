import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { CorpusIndex } from '../../../src/core/corpus/corpusIndex';
import { corpusAnalyzer } from '../../../src/core/corpus/engine';
import { contentHash } from '../../../src/core/corpus/hash';
import { summarizeAnalysis } from '../../../src/core/corpus/summary';
import { syncCorpus, type CorpusFileSource, type SyncOptions } from '../../../src/core/corpus/sync';
import { KnowledgeBase } from '../../../src/core/kb/knowledgeBase';
import { parseTopicsFile } from '../../../src/core/topics/workspaceTopics';
import { AnalysisPool, defaultPoolSize } from '../../../src/workers/analysisPool';
import { FIXTURES, ROOT } from '../../support/labels';

// The bundled worker (`node esbuild.mjs --tests` builds dist/ along with out/).
const SCRIPT = join(ROOT, 'dist', 'analysisWorker.js');

/** Every text fixture, a copy of one (same hash, other path) and edited variants of two. */
function corpusFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const add = (dir: string, prefix: string) => {
    for (const name of readdirSync(dir).sort()) if (name.endsWith('.txt')) files.set(`${prefix}/${name}`, readFileSync(join(dir, name), 'utf8'));
  };
  add(join(ROOT, 'seeds'), 'seeds');
  for (const sub of ['labelled/dev', 'topics', 'claims', 'entities']) add(join(FIXTURES, sub), sub);
  const [first, second] = [...files.values()];
  files.set('copies/first.txt', first);
  files.set('copies/first-edited.txt', `${first}\n\nUpdate: the minister resigned on Tuesday, officials said.\n`);
  files.set('copies/second-again.txt', second);
  return files;
}

/** The files, and one listed that is gone when read. */
function source(files: Map<string, string>): CorpusFileSource {
  const paths = [...files.keys()];
  paths.splice(5, 0, 'gone/deleted.txt');
  return {
    list: async () => paths.map((path, i) => ({ path, stamp: { mtime: 1000 + i, size: files.get(path)?.length ?? 1 } })),
    read: async (path) => {
      const text = files.get(path);
      if (text === undefined) throw new Error(`no ${path}`);
      return text;
    },
  };
}

/** A sync run with its index's change events and progress calls, to compare both paths. */
async function run(index: CorpusIndex, files: Map<string, string>, options: SyncOptions): Promise<{ events: string[]; progress: string[]; result: unknown }> {
  const events: string[] = [];
  const progress: string[] = [];
  index.onDidChange((paths) => events.push(paths.join(',')));
  const result = await syncCorpus(index, source(files), { chunkSize: 4, ...options, onProgress: (d, t) => progress.push(`${d}/${t}`) });
  return { events, progress, result };
}

describe('AnalysisPool (worker threads)', function () {
  this.timeout(20_000);
  before(function () {
    assert.ok(existsSync(SCRIPT), `${SCRIPT} is missing: run \`node esbuild.mjs --tests\``);
  });

  it('sizes itself to the cores, at most 4, at least 1', () => {
    const n = defaultPoolSize();
    assert.ok(n >= 1 && n <= 4 && n <= Math.max(1, os.cpus().length), String(n));
  });

  it('indexes a corpus exactly as the in-thread analysis does (knowledge base and workspace topics)', async () => {
    const files = corpusFiles();
    const kb = KnowledgeBase.loadDefault();
    const workspaceTopics = parseTopicsFile(readFileSync(join(FIXTURES, 'topics', 'topics.yaml'), 'utf8')).topics;
    assert.ok(workspaceTopics.length > 0);
    for (const inputs of [{ kb }, { kb, workspaceTopics }, {}]) {
      const inThread = new CorpusIndex({ engine: 't', analyze: corpusAnalyzer(inputs) });
      const expected = await run(inThread, files, {});
      const pool = await AnalysisPool.start({ script: SCRIPT, size: 2, inputs: { actors: inputs.kb?.actors, workspaceTopics: inputs.workspaceTopics } });
      try {
        let calls = 0;
        const pooled = new CorpusIndex({
          engine: 't',
          analyze: () => {
            throw new Error('analysed in the main thread');
          },
        });
        const actual = await run(pooled, files, { inFlight: pool.size * 2, summarize: (text, hash) => (calls++, pool.summarize(text, hash)) });
        assert.equal(JSON.stringify(pooled.serialize()), JSON.stringify(inThread.serialize()));
        assert.deepEqual(actual, expected);
        assert.equal(calls, new Set(files.values()).size, 'each distinct text is sent once');
        assert.ok(inThread.topicCounts().size > 0);
        if (inputs.workspaceTopics) assert.ok(workspaceTopics.some((t) => inThread.topicCounts().has(t.id)), 'a workspace topic is used');
        if (inputs.kb) assert.ok(inThread.actors().some((a) => a.actor), 'actors are linked to the knowledge base');
      } finally {
        await pool.dispose();
      }
    }
  });

  it('stops a cancelled run after the same files as the in-thread path', async () => {
    const files = corpusFiles();
    const kb = KnowledgeBase.loadDefault();
    const pool = await AnalysisPool.start({ script: SCRIPT, size: 2, inputs: { actors: kb.actors } });
    try {
      const cancelAfter = (index: CorpusIndex) => () => index.size >= 6;
      const inThread = new CorpusIndex({ engine: 't', analyze: corpusAnalyzer({ kb }) });
      const pooled = new CorpusIndex({ engine: 't' });
      const a = await run(inThread, files, { isCancelled: cancelAfter(inThread) });
      const b = await run(pooled, files, { isCancelled: cancelAfter(pooled), summarize: (text, hash) => pool.summarize(text, hash), inFlight: 4 });
      assert.deepEqual(b, a);
      assert.equal((b.result as { cancelled: boolean }).cancelled, true);
      assert.equal(JSON.stringify(pooled.serialize()), JSON.stringify(inThread.serialize()));
    } finally {
      await pool.dispose();
    }
  });

  it('rejects a job the engine fails on, and goes on with the next', async () => {
    const pool = await AnalysisPool.start({ script: SCRIPT, size: 1 });
    try {
      await assert.rejects(pool.summarize(null as unknown as string, 'bad'));
      const text = readFileSync(join(FIXTURES, 'topics', 'economy.txt'), 'utf8');
      const hash = contentHash(text);
      assert.deepEqual(await pool.summarize(text, hash), summarizeAnalysis(hash, corpusAnalyzer({})(text)));
    } finally {
      await pool.dispose();
    }
  });

  describe('with a stub worker', () => {
    let dir: string;
    let stub: string;
    before(() => {
      dir = mkdtempSync(join(os.tmpdir(), 'byline-pool-'));
      stub = join(dir, 'stub.js');
      // Dies (an uncaught error ends the thread) on the text `crash`; answers an empty summary otherwise.
      writeFileSync(
        stub,
        `const { parentPort } = require('node:worker_threads');
        parentPort.on('message', (job) => {
          if (job.text === 'crash') throw new Error('boom');
          setTimeout(() => parentPort.postMessage({ type: 'done', id: job.id, summary: { hash: job.hash, articles: [] } }), job.text === 'slow' ? 200 : 0);
        });
        parentPort.postMessage({ type: 'ready' });`,
      );
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('rejects the job of a worker that dies, replaces the worker and keeps working', async () => {
      const pool = await AnalysisPool.start({ script: stub, size: 2 });
      try {
        const jobs = ['a', 'crash', 'b', 'c'].map((t) => pool.summarize(t, t));
        const settled = await Promise.allSettled(jobs);
        assert.deepEqual(settled.map((s) => s.status), ['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
        assert.match(String((settled[1] as PromiseRejectedResult).reason), /boom/);
        const after = await Promise.all(['d', 'e', 'f', 'g', 'h'].map((t) => pool.summarize(t, t)));
        assert.deepEqual(after.map((s) => s.hash), ['d', 'e', 'f', 'g', 'h']);
        assert.equal(pool.threads, 2);
      } finally {
        await pool.dispose();
      }
    });

    it('dispose terminates the workers and fails pending and later jobs', async () => {
      const pool = await AnalysisPool.start({ script: stub, size: 2 });
      const pending = assert.rejects(pool.summarize('slow', 'x'), /disposed/);
      await pool.dispose();
      await pending;
      await assert.rejects(pool.summarize('a', 'a'), /disposed/);
      assert.equal(pool.threads, 0);
    });

    it('fails to start when the worker cannot load', async () => {
      await assert.rejects(AnalysisPool.start({ script: join(dir, 'missing.js'), size: 2 }));
    });
  });
});
