import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../../src/core/analysis';
import { checkCorpus } from '../../../src/core/claims/corpus';
import { checkAgainstCorpus, factsOf, spellingIndex, type FileFacts } from '../../../src/core/claims/corpusFacts';
import type { Finding } from '../../../src/core/types';
import { page } from './helpers';

/** Cross-article findings of a corpus given as file → text, with the recognizer's mentions. */
function corpus(files: Record<string, string>): Map<string, Finding[]> {
  const docs = Object.entries(files).map(([file, text]) => {
    const a = analyzeDocument(text, { skipClaims: true, skipTopics: true });
    return { file, text, articles: a.articles.map((x) => x.article), mentions: a.articles.map((x) => x.mentions) };
  });
  return checkCorpus(docs);
}

const quoted = (files: Record<string, string>, found: Map<string, Finding[]>, rule: string): string[] =>
  [...found].flatMap(([file, list]) => list.filter((f) => f.rule === rule).map((f) => `${file}:${files[file].slice(f.start, f.end)}`)).sort();

const said = (name: string): string => `${name}, the harbour master, told reporters the timetable had not changed.`;

describe('claims: cross-article checks', () => {
  describe('name-inconsistency across files', () => {
    it('flags the rarer spelling, with related information at the usual one in the other file', () => {
      const files = {
        'a.txt': page([said('Amara Okonkwo')]),
        'b.txt': page([`Talks resumed. ${said('Amara Okonkwo')}`]),
        'c.txt': page([said('Amara Okonkow')]),
      };
      const found = corpus(files);
      assert.deepEqual(quoted(files, found, 'name-inconsistency'), ['c.txt:Amara Okonkow']);
      const [f] = found.get('c.txt')!;
      assert.equal(f.related[0].file, 'a.txt');
      assert.equal(files['a.txt'].slice(f.related[0].start, f.related[0].end), 'Amara Okonkwo');
      assert.match(f.message, /spelled "Amara Okonkwo" in a\.txt and 1 other file/);
    });

    it('on a full tie tells both files of the other spelling', () => {
      const files = { 'a.txt': page([said('Amara Okonkwo')]), 'b.txt': page([said('Amara Okonkow')]) };
      assert.deepEqual(quoted(files, corpus(files), 'name-inconsistency'), ['a.txt:Amara Okonkwo', 'b.txt:Amara Okonkow']);
    });

    it('stays quiet on different given names, derived forms, and a file using both spellings', () => {
      const files = {
        'a.txt': page([said('Amara Okonkwo'), said('Peter Smith')]),
        'b.txt': page([said('Chidi Okonkow'), said('Peter Smiths')]),
        'c.txt': page([said('Ngozi Adeyemi'), `Later ${said('Ngozi Adeyemy')}`]),
        'd.txt': page([said('Ngozi Adeyemi')]),
      };
      assert.deepEqual(quoted(files, corpus(files), 'name-inconsistency'), []);
    });

    it('checks one document against an index of the others (what the editor does on each edit)', () => {
      const others: FileFacts[] = ['a.txt', 'b.txt'].map((file) => factsOf({ file, text: page([said('Amara Okonkwo')]), articles: analyzeDocument(page([said('Amara Okonkwo')]), { skipClaims: true, skipTopics: true }).articles }));
      const text = page([said('Amara Okonkow')]);
      const mine = factsOf({ file: 'c.txt', text, articles: analyzeDocument(text, { skipClaims: true, skipTopics: true }).articles });
      const found = checkAgainstCorpus(mine, spellingIndex(others), others, { names: 'information', figures: 'warning', label: (f) => `./${f}` });
      assert.deepEqual(found.map((f) => [f.rule, text.slice(f.start, f.end)]), [['name-inconsistency', 'Amara Okonkow']]);
      assert.match(found[0].message, /in \.\/a\.txt/);
      // A stale copy of the document itself in the index changes nothing.
      const withSelf = [...others, { ...mine, names: mine.names.map((n) => ({ ...n, surname: 'Okonkwo' })) }];
      assert.equal(checkAgainstCorpus(mine, spellingIndex(withSelf), withSelf, { names: 'information', figures: 'off' }).length, 1);
    });
  });

  describe('numeric-contradiction across files (same event)', () => {
    const killed = (n: string, place: string, rest = ''): string => `${n} people were killed when floods swept through ${place}, officials said.${rest}`;

    it('flags a different death toll for the same place on the same day, both ways, with related information', () => {
      const files = { 'a.txt': page([killed('14', 'Maiduguri')]), 'b.txt': page([killed('17', 'Maiduguri')]) };
      const found = corpus(files);
      assert.deepEqual(quoted(files, found, 'numeric-contradiction'), ['a.txt:14 people', 'b.txt:17 people']);
      const [f] = found.get('a.txt')!;
      assert.equal(f.severity, 'warning');
      assert.equal(f.related[0].file, 'b.txt');
      assert.equal(files['b.txt'].slice(f.related[0].start, f.related[0].end), '17 people');
      assert.match(f.message, /Maiduguri, same day/);
    });

    it('flags a toll that shrank in a later report, not one that grew (an update)', () => {
      const shrank = { 'a.txt': page([killed('17', 'Maiduguri')], '07 January 2026'), 'b.txt': page([killed('14', 'Maiduguri')], '08 January 2026') };
      assert.deepEqual(quoted(shrank, corpus(shrank), 'numeric-contradiction'), ['a.txt:17 people', 'b.txt:14 people']);
      const grew = { 'a.txt': page([killed('14', 'Maiduguri')], '07 January 2026'), 'b.txt': page([killed('17', 'Maiduguri')], '08 January 2026') };
      assert.deepEqual(quoted(grew, corpus(grew), 'numeric-contradiction'), []);
    });

    it('stays quiet on other events: another place, another week, another kind of count, a bound, a rounding, no date', () => {
      const cases: Record<string, string>[] = [
        { 'a.txt': page([killed('14', 'Maiduguri')]), 'b.txt': page([killed('17', 'Kano')]) },
        { 'a.txt': page([killed('14', 'Maiduguri')], '07 January 2026'), 'b.txt': page([killed('11', 'Maiduguri')], '19 January 2026') },
        { 'a.txt': page([killed('14', 'Maiduguri')]), 'b.txt': page(['17 people were injured when floods swept through Maiduguri, officials said.']) },
        { 'a.txt': page([killed('at least 14', 'Maiduguri')]), 'b.txt': page([killed('17', 'Maiduguri')]) },
        { 'a.txt': page([killed('300', 'Maiduguri')]), 'b.txt': page([killed('312', 'Maiduguri')]) },
        { 'a.txt': `Floods hit the north\n\n${killed('14', 'Maiduguri')}\n`, 'b.txt': `Floods hit the north\n\n${killed('17', 'Maiduguri')}\n` },
        { 'a.txt': page(['The company said 14 workers were hired in Maiduguri.']), 'b.txt': page(['The company said 17 workers were hired in Maiduguri.']) },
      ];
      for (const files of cases) assert.deepEqual(quoted(files, corpus(files), 'numeric-contradiction'), [], JSON.stringify(files));
    });

    it('uses a dated mention in the sentence as the event day over the page date', () => {
      const files = {
        'a.txt': page([killed('14', 'Maiduguri').replace('officials said.', 'officials said on 2 March 2025.')]),
        'b.txt': page([killed('17', 'Maiduguri').replace('officials said.', 'officials said on 30 June 2025.')]),
      };
      assert.deepEqual(quoted(files, corpus(files), 'numeric-contradiction'), []);
    });
  });
});
