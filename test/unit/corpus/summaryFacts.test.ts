import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../../src/core/analysis';
import { checkAgainstCorpus, factsOf, spellingIndex } from '../../../src/core/claims/corpusFacts';
import { CorpusIndex } from '../../../src/core/corpus/corpusIndex';
import { factRange, fileFacts, summarizeAnalysis } from '../../../src/core/corpus/summary';
import { KnowledgeBase } from '../../../src/core/kb/knowledgeBase';
import { page } from '../claims/helpers';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findRoot } from '../../support/root';

const said = (name: string): string => `${name}, the harbour master, told reporters the timetable had not changed.`;
const killed = (n: string): string => `${n} people were killed when floods swept through Maiduguri, officials said.`;

describe('corpus summaries: the cross-file facts', () => {
  it('carry the facts factsOf finds in the analysis, each with where it lies', () => {
    const text = page([said('Amara Okonkwo'), killed('14')]);
    const analysis = analyzeDocument(text);
    const summary = summarizeAnalysis('h', analysis);
    const expected = factsOf({ file: 'a.txt', text, articles: analysis.articles.map(({ article, mentions }) => ({ article, mentions })) });
    const facts = fileFacts('a.txt', summary);
    assert.deepEqual(facts.names.map(({ start, end, given, surname }) => ({ start, end, given, surname })), expected.names);
    assert.equal(facts.figures.length, 1);
    assert.deepEqual(summary.facts!.figures.map(({ at: _at, ...f }) => f), expected.figures);
    for (const f of [...facts.names, ...facts.figures]) {
      const r = factRange(summary, f)!;
      assert.equal(analysis.lines.offsetAt(r.start), f.start);
      assert.equal(analysis.lines.offsetAt(r.end), f.end);
    }
    assert.equal(factRange(summary, { start: 0, end: 1 }), undefined);
  });

  it('leave the facts out of a file with none, and keep them through the index cache', () => {
    assert.equal(summarizeAnalysis('h', analyzeDocument(page(['The timetable had not changed, the port said.']))).facts, undefined);
    const index = new CorpusIndex({ engine: 't' });
    index.update('a.txt', page([said('Amara Okonkwo')]));
    const restored = new CorpusIndex({ engine: 't' });
    assert.ok(restored.load(JSON.parse(JSON.stringify(index.serialize()))));
    assert.deepEqual(restored.get('a.txt'), index.get('a.txt'));
    assert.equal(fileFacts('a.txt', restored.get('a.txt')!).names[0].surname, 'Okonkwo');
  });

  it('find a misspelt name across files from the index alone, linking actors with its knowledge base', () => {
    const kb = new KnowledgeBase([{ id: 'okonkwo', name: 'Amara Okonkwo', type: 'person', aliases: [], roles: [], links: [] }]);
    const index = new CorpusIndex({ engine: 't', kb, analyze: (t) => analyzeDocument(t, { kb }) });
    for (const file of ['a.txt', 'b.txt']) index.update(file, page([said('Amara Okonkwo')]));
    index.update('c.txt', page([said('Amara Okonkow')]));
    const all = index.paths().map((p) => fileFacts(p, index.get(p)!));
    const found = checkAgainstCorpus(all[2], spellingIndex(all), all, { names: 'information', figures: 'warning' });
    assert.deepEqual(found.map((f) => f.rule), ['name-inconsistency']);
    assert.deepEqual(factRange(index.get('c.txt')!, found[0]), factRange(index.get('c.txt')!, all[2].names[0]));
  });

  it('are the same when the analysis gathers them from its own claims contexts (the `facts` option)', () => {
    const kb = KnowledgeBase.loadDefault();
    const seeds = join(findRoot(), 'seeds');
    const texts = [page([said('Amara Okonkwo'), killed('14'), killed('at least 9')]), ...readdirSync(seeds).map((f) => readFileSync(join(seeds, f), 'utf8'))];
    let figures = 0;
    for (const text of texts) {
      const plain = analyzeDocument(text, { kb });
      const gathered = analyzeDocument(text, { kb, facts: true });
      assert.ok(gathered.articles.every((a) => a.facts), 'every article has its facts');
      assert.deepEqual(gathered.articles.map(({ facts: _f, ...a }) => a), plain.articles, 'the rest of the analysis is unchanged');
      const expected = factsOf({ file: 'f', text, articles: plain.articles.map(({ article, mentions }) => ({ article, mentions })) }, kb);
      assert.deepEqual(factsOf({ file: 'f', text, articles: gathered.articles }, kb), expected);
      assert.deepEqual(summarizeAnalysis('h', gathered, kb), summarizeAnalysis('h', plain, kb));
      figures += expected.figures.length;
    }
    assert.ok(figures >= 1, 'the texts hold event counts');
  });
});

