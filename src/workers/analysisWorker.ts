// Entry of an analysis worker thread (bundled to dist/analysisWorker.js): it gets the engine inputs
// once (workerData: the knowledge base's actors and the workspace topics, as JSON), then summarizes
// the texts it is sent exactly as `CorpusIndex.update` does in the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { corpusAnalyzerFor, knowledgeBaseOf, type EngineInputs } from '../core/corpus/engine';
import { summarizeAnalysis } from '../core/corpus/summary';
import type { AnalysisJob, AnalysisReply } from './protocol';

const port = parentPort;
if (!port) throw new Error('analysisWorker.js runs in a worker thread');

const inputs = (workerData ?? {}) as EngineInputs;
const kb = knowledgeBaseOf(inputs);
const analyze = corpusAnalyzerFor(inputs, kb);
const reply = (message: AnalysisReply): void => port.postMessage(message);

port.on('message', (job: AnalysisJob) => {
  let message: AnalysisReply;
  try {
    message = { type: 'done', id: job.id, summary: summarizeAnalysis(job.hash, analyze(job.text), kb) };
  } catch (e) {
    // An engine error fails this file only; the worker goes on with the next.
    const error = e instanceof Error ? e : new Error(String(e));
    message = { type: 'failed', id: job.id, message: error.message, stack: error.stack };
  }
  reply(message);
});

reply({ type: 'ready' });
