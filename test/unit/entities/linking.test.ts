import * as assert from 'node:assert/strict';
import { initials, isAllCapitals, linkNames, mentionOf, splitWords, type LinkedName } from '../../../src/core/entities/linking';
import { linkActor } from '../../../src/core/entities/recognize';
import { KnowledgeBase } from '../../../src/core/kb/knowledgeBase';
import { parseActors } from '../../../src/core/kb/parse';
import type { NameSpan } from '../../../src/core/types';

/** A span over the `nth` occurrence (0-based) of `name` in `text`. */
function at(text: string, name: string, type: NameSpan['type'], confidence: number, nth = 0): NameSpan {
  let start = -1;
  for (let k = 0; k <= nth; k++) start = text.indexOf(name, start + 1);
  assert.ok(start >= 0, name);
  return { start, end: start + name.length, type, confidence };
}

describe('article-level name linking', () => {
  it('splits names into words as the regex split on white space does, for every kind of white space', () => {
    const spaces = ' \t\n\v\f\r\u00a0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
    const samples = ['Mohsin Naqvi', '  Li   Wei ', 'Tehreek-e-Taliban Pakistan', '', ' ', 'São\u00a0Paulo', 'a\u200bb'];
    for (const c of spaces) samples.push(`Jean${c}Dupont`, `${c}Jean${c}${c}Dupont${c}`);
    for (const s of samples) assert.deepEqual(splitWords(s), s.split(/\s+/).filter(Boolean), JSON.stringify(s));
  });

  it('tells all-capital names as /^\\p{Lu}+$/u does, ASCII by hand', () => {
    const samples = ['NATO', 'Nato', 'N', '', 'UN5', 'ÉTAT', 'ÉTat', 'US-UK', 'ΣΑΣ', 'AΣ', 'Aσ', '\u{1D400}\u{1D401}', 'A\u{1D400}', 'AB\u00a0', 'İSTANBUL'];
    for (const s of samples) assert.equal(isAllCapitals(s), /^\p{Lu}+$/u.test(s), JSON.stringify(s));
  });

  it('takes the capital initials of a name split on white space and hyphens', () => {
    const byRegex = (s: string) => s.split(/[\s\-‐]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
    const samples = ['Tehreek-e-Taliban Pakistan', 'National Electoral Council', 'Ministry of Tourism and Sports', '  São\u00a0Paulo‐Élan ', 'Ğazi-Çelik', '𝐀lpha Beta', 'über Alles', '-A-b-C-', ''];
    for (const s of samples) assert.equal(initials(s), byRegex(s), JSON.stringify(s));
    assert.equal(initials('Tehreek-e-Taliban Pakistan'), 'TTP');
  });

  it('merges spans given in any order as it merges them sorted', () => {
    const text = 'Prime Minister Anwar Kabir met the Grain Traders Association. Kabir said the Association agreed.';
    const spans = [
      at(text, 'Anwar Kabir', 'person', 0.9),
      at(text, 'Minister Anwar Kabir', 'person', 0.6),
      at(text, 'Grain Traders Association', 'organization', 0.9),
      at(text, 'Traders', 'misc', 0.3),
      at(text, 'Kabir', 'misc', 0.3, 1),
      at(text, 'Association', 'organization', 0.5, 1),
    ];
    const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
    const expected = linkNames(text, sorted);
    assert.deepEqual(linkNames(text, [...spans].reverse()), expected);
    assert.deepEqual(linkNames(text, spans), expected);
    assert.deepEqual(expected.map((n) => n.text), ['Anwar Kabir', 'Grain Traders Association', 'Kabir', 'Association']);
  });

  it('links a surname to a full name that repeats one of its words, and prefers a person to an organisation', () => {
    const text = 'Abdul Rahman Abdul spoke. Rahman Foundation staff agreed. Later Rahman left.';
    const names = linkNames(text, [
      at(text, 'Abdul Rahman Abdul', 'person', 0.9),
      at(text, 'Rahman Foundation', 'organization', 0.9),
      at(text, 'Rahman', 'misc', 0.3, 2),
    ]);
    const rahman = names.find((n) => n.text === 'Rahman');
    assert.equal(rahman?.type, 'person');
    assert.equal(rahman?.canonical, 'Abdul Rahman Abdul');
  });

  it('links the plural of an acronym introduced in parentheses', () => {
    const text = 'The National Electoral Council (NEC) met. Both NECs agreed.';
    const names = linkNames(text, [at(text, 'National Electoral Council', 'organization', 0.6), at(text, 'NECs', 'misc', 0.3)]);
    assert.deepEqual(
      names.map((n) => [n.text, n.type, n.canonical]),
      [
        ['National Electoral Council', 'organization', undefined],
        ['NECs', 'organization', 'National Electoral Council'],
      ],
    );
  });

  it('leaves a hyphenated pair whole unless both halves are people the article introduced', () => {
    const text = 'Mohsin Naqvi met the Grain Council. The Naqvi-Grain talks and the Naqvi-Zedong talks went on. Jian Zedong left.';
    const names = linkNames(text, [
      at(text, 'Mohsin Naqvi', 'person', 0.9),
      at(text, 'Grain Council', 'organization', 0.9),
      at(text, 'Naqvi-Grain', 'misc', 0.5),
      at(text, 'Naqvi-Zedong', 'misc', 0.5),
      at(text, 'Jian Zedong', 'person', 0.9),
    ]);
    assert.ok(names.some((n) => n.text === 'Naqvi-Grain' && n.type === 'misc'));
    const parts = names.filter((n) => n.text === 'Naqvi' || n.text === 'Zedong');
    assert.deepEqual(
      parts.map((n) => [text.slice(n.start, n.end), n.type, n.canonical]),
      [
        ['Naqvi', 'person', 'Mohsin Naqvi'],
        ['Zedong', 'person', 'Jian Zedong'],
      ],
    );
  });
});

describe('mentions of linked names', () => {
  const name = (canonical?: string): LinkedName => ({ start: 3, end: 9, text: 'Zedong', type: 'person', confidence: 0.7, ...(canonical ? { canonical } : {}) });

  it('builds mentions with the optional fields present only when set, always in one order', () => {
    assert.equal(JSON.stringify(mentionOf(name(), 'person', 0.7)), '{"start":3,"end":9,"text":"Zedong","type":"person","confidence":0.7}');
    assert.deepEqual(Object.keys(mentionOf(name('Jian Zedong'), 'misc', 0.4, 'a', 'a')), ['start', 'end', 'text', 'type', 'confidence', 'canonical', 'actor', 'misspellingOf']);
    assert.deepEqual(Object.keys(mentionOf(name(), 'person', 0.4, 'a')), ['start', 'end', 'text', 'type', 'confidence', 'actor']);
    assert.ok(!('canonical' in mentionOf({ ...name(), canonical: undefined }, 'person', 0.7)));
  });

  it('links a name, else its canonical form, to the knowledge base', () => {
    const kb = new KnowledgeBase(
      parseActors(
        `- { id: jiang-zaidong, name: Jiang Zaidong, type: person, aliases: [] }
- { id: cpec, name: China–Pakistan Economic Corridor, type: misc, aliases: [CPEC] }`,
        'kb.yaml',
      ).actors,
    );
    // Exact alias: the knowledge base decides the type and raises the confidence.
    assert.deepEqual(linkActor({ start: 0, end: 4, text: 'CPEC', type: 'organization', confidence: 0.6 }, kb), { start: 0, end: 4, text: 'CPEC', type: 'misc', confidence: 0.95, actor: 'cpec' });
    // Through the canonical form, as a near-miss spelling: type kept, confidence lowered.
    const fuzzy = linkActor(name('Jian Zedong'), kb);
    assert.equal(JSON.stringify(Object.keys(fuzzy)), '["start","end","text","type","confidence","canonical","actor","misspellingOf"]');
    assert.equal(fuzzy.type, 'person');
    assert.equal(fuzzy.actor, 'jiang-zaidong');
    assert.ok(fuzzy.confidence < 0.5);
    // Unknown, or an empty knowledge base: the name as it is.
    const plain = { start: 0, end: 5, text: 'Kabir', type: 'person' as const, confidence: 0.8 };
    assert.deepEqual(linkActor(plain, kb), plain);
    assert.deepEqual(linkActor(name('Jian Zedong'), new KnowledgeBase()), { ...name('Jian Zedong') });
  });
});
