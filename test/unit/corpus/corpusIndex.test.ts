import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../../src/core/analysis';
import { CorpusIndex, type FileStamp } from '../../../src/core/corpus/corpusIndex';
import { syncCorpus, type CorpusFileSource } from '../../../src/core/corpus/sync';
import { matchesFilter, parseDateRange } from '../../../src/core/corpus/filter';
import { contentHash } from '../../../src/core/corpus/hash';
import { firstMentionRange } from '../../../src/core/corpus/summary';
import { loadLabelled } from '../../support/labels';

const labelled = loadLabelled();
const text = (prefix: string): string => labelled.find((f) => f.file.startsWith(prefix))!.text;
const WATER_AND_TERROR = text('003_'); // a counter-terrorism article and the water article
const FLOODS = text('03_');
const MATCH = text('07_');

/** An index whose analyser counts its calls, so tests can tell "re-analysed" from "reused". */
function countingIndex(engine = 'test'): { index: CorpusIndex; calls: () => number } {
  let n = 0;
  const index = new CorpusIndex({
    engine,
    analyze: (t) => {
      n++;
      return analyzeDocument(t);
    },
  });
  return { index, calls: () => n };
}

describe('CorpusIndex', () => {
  it('indexes articles with headline, topics, first paragraph and ranges', () => {
    const { index } = countingIndex();
    index.update('a.news', WATER_AND_TERROR);
    const s = index.get('a.news')!;
    assert.equal(s.articles.length, 2);
    const water = s.articles.find((a) => /water/i.test(a.headline))!;
    assert.equal(water.topics[0].id, 'environment');
    assert.ok(water.firstParagraph.length > 20);
    const line = WATER_AND_TERROR.split('\n')[water.headlineRange.start.line];
    assert.ok(line.includes(water.headline));
    assert.equal(index.articlesByTopic('conflict-security')[0].path, 'a.news');
  });

  it('analyses a text once, and not again when it is unchanged', () => {
    const { index, calls } = countingIndex();
    assert.equal(index.update('a.news', FLOODS), true);
    assert.equal(index.update('a.news', FLOODS), false);
    assert.equal(calls(), 1);
    // A copy of the same page elsewhere shares the summary.
    index.update('copy/a.news', FLOODS);
    assert.equal(calls(), 1);
    assert.equal(index.articleCount, 2);
  });

  it('re-analyses on change and updates topic queries', () => {
    const { index, calls } = countingIndex();
    index.update('a.news', FLOODS);
    assert.ok(index.topicCounts().has('environment'));
    const v = index.version;
    index.update('a.news', MATCH);
    assert.equal(calls(), 2);
    assert.ok(index.version > v);
    assert.equal(index.topicCounts().get('environment'), undefined);
    assert.equal(index.articlesByTopic('sport')[0].path, 'a.news');
  });

  it('forgets deleted files', () => {
    const { index } = countingIndex();
    index.update('a.news', FLOODS);
    index.update('b.news', MATCH);
    const changed: string[][] = [];
    index.onDidChange((p) => changed.push([...p]));
    assert.equal(index.delete('a.news'), true);
    assert.deepEqual(index.paths(), ['b.news']);
    assert.equal(index.topicCounts().get('environment'), undefined);
    assert.deepEqual(changed, [['a.news']]);
    assert.equal(index.delete('a.news'), false);
  });

  it('moves renamed files without re-reading or re-analysing them', () => {
    const { index, calls } = countingIndex();
    index.update('old/a.news', FLOODS, { mtime: 1, size: 10 });
    assert.equal(index.rename('old/a.news', 'new/a.news'), true);
    assert.equal(calls(), 1);
    assert.deepEqual(index.paths(), ['new/a.news']);
    assert.ok(index.isCurrent('new/a.news', { mtime: 1, size: 10 }));
    assert.equal(index.articlesByTopic('environment')[0].path, 'new/a.news');
  });

  it('answers queries by actor and by rule from whatever the analysis provides', () => {
    const index = new CorpusIndex({
      analyze: (t) => {
        const a = analyzeDocument(t);
        // Stand-in mentions and findings, as the entity and claims engines will produce.
        return {
          ...a,
          articles: a.articles.map((x) => ({
            ...x,
            mentions: [{ start: x.article.bodyStart, end: x.article.bodyStart + 4, text: 'Kofi', type: 'person' as const, actor: 'kofi-x', confidence: 1 }],
            findings: [{ start: x.article.bodyStart, end: x.article.bodyStart + 4, rule: 'vague-attribution', severity: 'warning' as const, message: 'who?', related: [] }],
          })),
        };
      },
    });
    index.update('a.news', FLOODS);
    index.update('b.news', MATCH);
    assert.deepEqual(index.actors().map((a) => [a.key, a.mentions, a.articles]), [['actor:kofi-x', 2, 2]]);
    assert.equal(index.articlesByActor('actor:kofi-x').length, 2);
    assert.equal(index.ruleCounts().get('vague-attribution'), 2);
    const f = index.findingsByRule('vague-attribution')[0];
    assert.equal(f.finding.quote.length, 4);
    const m = firstMentionRange(f.article.actors[0]);
    assert.deepEqual(m.end, { line: m.start.line, character: m.start.character + 4 });
  });

  it('groups an unlinked spelling of a linked actor in the same article under that actor', () => {
    const index = new CorpusIndex({
      analyze: (t) => {
        const a = analyzeDocument(t);
        const at = a.articles[0].article.bodyStart;
        const mentions = [
          { start: at, end: at + 9, text: 'ISLAMABAD', type: 'place' as const, confidence: 0.6 },
          { start: at + 20, end: at + 29, text: 'Islamabad', type: 'place' as const, actor: 'islamabad', confidence: 1 },
        ];
        return { ...a, articles: [{ ...a.articles[0], mentions }] };
      },
    });
    index.update('a.news', FLOODS);
    const [actor] = index.get('a.news')!.articles[0].actors;
    assert.deepEqual([actor.key, actor.label, actor.count, actor.actor], ['actor:islamabad', 'Islamabad', 2, 'islamabad']);
  });

  it('round-trips through its serialized cache and rejects another engine’s cache', () => {
    const { index } = countingIndex('v1');
    index.update('a.news', FLOODS, { mtime: 5, size: FLOODS.length });
    const data = JSON.parse(JSON.stringify(index.serialize()));
    const warm = countingIndex('v1');
    assert.equal(warm.index.load(data), true);
    assert.equal(warm.calls(), 0);
    assert.ok(warm.index.isCurrent('a.news', { mtime: 5, size: FLOODS.length }));
    assert.deepEqual(warm.index.get('a.news'), index.get('a.news'));
    assert.equal(countingIndex('v2').index.load(data), false);
  });
});

describe('syncCorpus', () => {
  function memorySource(files: Map<string, { text: string; stamp: FileStamp }>): CorpusFileSource & { reads: string[] } {
    const reads: string[] = [];
    return {
      reads,
      list: async () => [...files].map(([path, f]) => ({ path, stamp: f.stamp })),
      read: async (path) => {
        reads.push(path);
        return files.get(path)!.text;
      },
    };
  }

  it('reads only new or changed files and drops removed ones', async () => {
    const files = new Map([
      ['a.news', { text: FLOODS, stamp: { mtime: 1, size: 1 } }],
      ['b.news', { text: MATCH, stamp: { mtime: 1, size: 2 } }],
    ]);
    const { index } = countingIndex();
    let source = memorySource(files);
    const first = await syncCorpus(index, source, { chunkSize: 1 });
    assert.equal(first.read, 2);
    source = memorySource(files);
    assert.equal((await syncCorpus(index, source)).read, 0);
    files.set('b.news', { text: MATCH + '\nA new closing line.\n', stamp: { mtime: 2, size: 3 } });
    files.delete('a.news');
    source = memorySource(files);
    const third = await syncCorpus(index, source);
    assert.deepEqual(source.reads, ['b.news']);
    assert.equal(third.removed, 1);
    assert.deepEqual(index.paths(), ['b.news']);
  });

  it('stops when cancelled and reports progress', async () => {
    const files = new Map<string, { text: string; stamp: FileStamp }>(Array.from({ length: 10 }, (_, i) => [`f${i}.news`, { text: `${FLOODS}\n${i}\n`, stamp: { mtime: i, size: i } }]));
    const { index } = countingIndex();
    const progress: number[] = [];
    const result = await syncCorpus(index, { list: async () => [...files].map(([path, f]) => ({ path, stamp: f.stamp })), read: async (p) => files.get(p)!.text }, {
      chunkSize: 2,
      isCancelled: () => index.size >= 4,
      onProgress: (done) => progress.push(done),
    });
    assert.equal(result.cancelled, true);
    assert.equal(index.size, 4);
    assert.deepEqual(progress, [2, 4]);
  });

  it('lets other work run every sliceMs, whatever the chunk size', async () => {
    const files = new Map<string, { text: string; stamp: FileStamp }>(Array.from({ length: 10 }, (_, i) => [`f${i}.news`, { text: `${FLOODS}\n${i}\n`, stamp: { mtime: i, size: i } }]));
    const source: CorpusFileSource = { list: async () => [...files].map(([path, f]) => ({ path, stamp: f.stamp })), read: async (p) => files.get(p)!.text };
    // Counts the turns another task of the event loop gets while the corpus is being indexed.
    const turnsDuring = async (options: { chunkSize: number; sliceMs?: number }): Promise<number> => {
      let turns = 0;
      let running = true;
      const turn = (): void => {
        if (!running) return;
        turns++;
        setImmediate(turn);
      };
      setImmediate(turn);
      await syncCorpus(countingIndex().index, source, options);
      running = false;
      return turns;
    };
    assert.ok((await turnsDuring({ chunkSize: 1000 })) <= 1);
    assert.ok((await turnsDuring({ chunkSize: 1000, sliceMs: 0 })) >= 9);
  });

  it('reads ahead of the analysis, at most readAhead files at a time', async () => {
    const files = new Map<string, { text: string; stamp: FileStamp }>(Array.from({ length: 12 }, (_, i) => [`f${i}.news`, { text: `${FLOODS}\n${i}\n`, stamp: { mtime: i, size: i } }]));
    const { index } = countingIndex();
    let pending = 0;
    let most = 0;
    const read = (p: string) => {
      most = Math.max(most, ++pending);
      return new Promise<string>((resolve) => setTimeout(() => (pending--, resolve(files.get(p)!.text)), 5));
    };
    const result = await syncCorpus(index, { list: async () => [...files].map(([path, f]) => ({ path, stamp: f.stamp })), read }, { readAhead: 4 });
    assert.equal(result.read, 12);
    assert.equal(index.size, 12);
    assert.equal(most, 4);
  });
});

describe('corpus filter and hash', () => {
  const article = {
    index: 0, headline: 'Port strike spreads', headlineRange: { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } },
    range: { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } }, published: '2025-11-18', publisher: 'Harbour Times',
    topics: [{ id: 'economy', score: 0.6 }], firstParagraph: 'Dockworkers walked out on Monday.', actors: [], findings: [],
  };
  it('matches text, topic and date range', () => {
    assert.ok(matchesFilter(article, { text: 'dockworkers PORT', topic: 'economy', from: '2025-11', to: '2025-11-30' }));
    assert.ok(!matchesFilter(article, { topic: 'sport' }));
    assert.ok(!matchesFilter(article, { from: '2025-12-01' }));
    assert.ok(!matchesFilter({ ...article, published: null }, { to: '2030' }));
  });
  it('parses date ranges for the filter quick pick', () => {
    assert.deepEqual(parseDateRange('2025-01..2025-06-30'), { from: '2025-01', to: '2025-06-30' });
    assert.deepEqual(parseDateRange('2024'), { from: '2024', to: '2024' });
    assert.deepEqual(parseDateRange('..2024-12'), { from: undefined, to: '2024-12' });
    assert.equal(typeof parseDateRange('last week'), 'string');
    assert.equal(typeof parseDateRange('2025..2024'), 'string');
  });

  it('hashes different texts differently and equal texts equally', () => {
    assert.equal(contentHash(FLOODS), contentHash(String(FLOODS)));
    assert.notEqual(contentHash(FLOODS), contentHash(FLOODS + ' '));
  });
});
