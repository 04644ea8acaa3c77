import * as assert from 'node:assert/strict';
import { recognizeEntities } from '../../../src/core/entities/recognize';
import { KnowledgeBase } from '../../../src/core/kb/knowledgeBase';
import { parseActors } from '../../../src/core/kb/parse';
import type { Article, NameRecognizer } from '../../../src/core/types';

function article(text: string, published: string | null = '2025-11-18'): Article {
  return {
    start: 0, end: text.length, index: 0, headline: '', headlineSpan: { start: 0, end: 0 }, published, bodyStart: 0,
    paragraphs: [], subheadings: [], bullets: [], captions: [], chrome: [], meta: [],
  };
}

const KB = new KnowledgeBase(
  parseActors(
    `- { id: jiang-zaidong, name: Jiang Zaidong, type: person, aliases: [] }
- { id: cpec, name: China–Pakistan Economic Corridor, type: misc, aliases: [CPEC] }`,
    'kb.yaml',
  ).actors,
);

describe('recognizeEntities (composite)', () => {
  const text = 'ISLAMABAD: Ambassador Jian Zedong met officials on Monday. Zedong said 12 people died and CPEC sites were guarded.';

  it('links a near-miss person name to the knowledge base with low confidence and marks the misspelling', () => {
    const ms = recognizeEntities(text, article(text), KB);
    const full = ms.find((m) => m.text === 'Jian Zedong');
    assert.equal(full?.actor, 'jiang-zaidong');
    assert.equal(full?.misspellingOf, 'jiang-zaidong');
    assert.ok(full!.confidence < 0.5);
    const partial = ms.find((m) => m.text === 'Zedong');
    assert.equal(partial?.canonical, 'Jian Zedong');
    assert.equal(partial?.misspellingOf, 'jiang-zaidong');
  });

  it('lets the knowledge base decide the type of a known actor', () => {
    const ms = recognizeEntities(text, article(text), KB);
    assert.equal(ms.find((m) => m.text === 'CPEC')?.type, 'misc');
    assert.equal(recognizeEntities(text, article(text), new KnowledgeBase()).find((m) => m.text === 'CPEC')?.type, 'organization');
  });

  it('includes normalized dates and quantities, sorted by offset', () => {
    const ms = recognizeEntities(text, article(text), KB);
    const date = ms.find((m) => m.type === 'date');
    assert.equal(date?.normalized?.kind, 'date');
    assert.ok(ms.some((m) => m.type === 'quantity' && m.text.startsWith('12 people')));
    for (let i = 1; i < ms.length; i++) assert.ok(ms[i - 1].start <= ms[i].start);
  });

  it('joins names from every recognizer it is given', () => {
    const extra: NameRecognizer = { id: 'fake', recognize: () => [{ start: text.indexOf('officials'), end: text.indexOf('officials') + 9, type: 'organization', confidence: 0.9 }] };
    const ms = recognizeEntities(text, article(text), KB, [extra]);
    assert.ok(ms.some((m) => m.text === 'officials' && m.type === 'organization'));
    assert.ok(!ms.some((m) => m.text === 'ISLAMABAD'), 'only the given recognizers find names');
  });

  it('ignores names inside page chrome', () => {
    const t = 'Follow NewsDesk on Facebook\n\nKenya and Uganda met.';
    const a = { ...article(t), chrome: [{ start: 0, end: 27, text: 'Follow NewsDesk on Facebook' }] };
    const ms = recognizeEntities(t, a, new KnowledgeBase());
    assert.ok(!ms.some((m) => m.text === 'Facebook'));
    assert.ok(ms.some((m) => m.text === 'Kenya'));
  });

  it('lets the learned model read a religion or nationality word as a given name when the rest is unknown', () => {
    const t = 'Olympic champion Christian Olsson will not take part, and the Afghan Taliban did not comment.';
    const names = recognizeEntities(t, article(t), new KnowledgeBase()).map((m) => `${m.type}:${m.text}`);
    assert.ok(names.includes('person:Christian Olsson'), names.join(', '));
    assert.ok(names.includes('misc:Afghan') && names.includes('organization:Taliban'), names.join(', '));
  });

  it('reads a name set off by commas after a place as an appositive, not the next item of a list', () => {
    const t = 'The agency\'s correspondent in Jakarta, Rachel Harvey, told reporters the plan would pass. Floods hit Batken, Isfana and Osh.';
    const types = new Map(recognizeEntities(t, article(t), new KnowledgeBase()).map((m) => [m.text, m.type]));
    assert.equal(types.get('Rachel Harvey'), 'person');
    assert.equal(types.get('Isfana'), 'place');
  });
});
