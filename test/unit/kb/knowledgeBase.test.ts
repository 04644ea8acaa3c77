import * as assert from 'node:assert/strict';
import { KnowledgeBase, rolesAt } from '../../../src/core/kb/knowledgeBase';
import { parseActors } from '../../../src/core/kb/parse';
import { defaultActors, defaultActorsSource } from '../../../src/core/kb/defaultKnowledgeBase';
import { editDistance } from '../../../src/core/kb/names';
import { loadLabelled } from '../../support/labels';

const kb = (yaml: string) => new KnowledgeBase(parseActors(yaml, 'x.yaml').actors);

describe('knowledge base', () => {
  it('finds actors by name or alias, ignoring case, diacritics and a leading "the"', () => {
    const k = kb('- { id: un, name: United Nations, type: organization, aliases: [UN] }\n- { id: manabi, name: Manabí, type: place }\n- { id: hague, name: The Hague, type: place }');
    assert.equal(k.lookup('united nations')?.id, 'un');
    assert.equal(k.lookup('UN')?.id, 'un');
    assert.equal(k.lookup('Manabi')?.id, 'manabi');
    assert.equal(k.lookup('Hague')?.id, 'hague');
    assert.equal(k.lookup('Nations'), undefined);
  });

  it('links a near-miss person name with low confidence (possible misspelling)', () => {
    const k = kb('- { id: jiang-zaidong, name: Jiang Zaidong, type: person }');
    const m = k.match('Jian Zedong', 'person');
    assert.equal(m?.actor.id, 'jiang-zaidong');
    assert.equal(m?.fuzzy, true);
    assert.ok(m!.confidence < 0.5);
    assert.equal(k.match('Jiang Zaidong')?.fuzzy, false);
  });

  it('does not fuzzy-link different names, short tokens, other initials or non-persons', () => {
    const k = kb('- { id: a, name: Jiang Zaidong, type: person }\n- { id: b, name: Li Wei, type: person }\n- { id: c, name: Bank of Thailand, type: organization }');
    assert.equal(k.match('Wang Xiaohong'), undefined);
    assert.equal(k.match('Li Wen'), undefined, 'three-letter tokens must match exactly');
    assert.equal(k.match('Xiang Zaidong'), undefined);
    assert.equal(k.match('Bank of Thailnd', 'organization'), undefined);
  });

  it('answers as the unfiltered match does for names of no actor, near misses and unplain spellings', () => {
    const k = new KnowledgeBase(defaultActors());
    const unfiltered = (text: string, type?: 'person' | 'place' | 'organization') => (k as unknown as { matchUncached(t: string, ty?: string): unknown }).matchUncached(text, type);
    const texts = new Set<string>(['', ' ', 'The', 'the UN', 'The  Hague', 'x`y', 'Naqvi', 'Smith Jones', 'Beijing ', ' Beijing', 'A  B', 'Tab\tName', 'Zürich']);
    for (const actor of k.actors) {
      for (const name of [actor.name, ...actor.aliases]) {
        const words = name.split(' ');
        texts.add(name).add(name.toUpperCase()).add(name.toLowerCase()).add(`The ${name}`).add(`the  ${name}`).add(`${name} `).add(name.replace(/'/g, '`'));
        // Near misses: a letter changed, dropped or doubled in each word (fuzzy matching's territory).
        for (let w = 0; w < words.length; w++) {
          const word = words[w];
          for (const changed of [word.slice(0, -1), word + 'e', word.slice(0, 1) + word.slice(2), word.slice(0, 2) + 'x' + word.slice(3), 'Q' + word.slice(1)])
            texts.add([...words.slice(0, w), changed, ...words.slice(w + 1)].join(' '));
        }
      }
    }
    for (const text of texts)
      for (const type of [undefined, 'person', 'place', 'organization'] as const) assert.deepEqual(k.match(text, type), unfiltered(text, type), `${JSON.stringify(text)} as ${type}`);
  });

  it('gives the roles held on a date', () => {
    const k = kb(`- id: p
  name: P Q
  type: person
  roles:
    - { title: Finance Minister, from: 2022-09, to: 2023-08 }
    - { title: Foreign Minister, from: 2024-03 }`);
    const p = k.byId('p')!;
    assert.deepEqual(rolesAt(p, '2023-01-15').map((r) => r.title), ['Finance Minister']);
    assert.deepEqual(rolesAt(p, '2025-11-18').map((r) => r.title), ['Foreign Minister']);
    assert.deepEqual(rolesAt(p, '2023-12-01'), []);
  });

  it('measures edit distance with transpositions and an early cut-off', () => {
    assert.equal(editDistance('zedong', 'zaidong'), 2);
    assert.equal(editDistance('ab', 'ba'), 1);
    assert.ok(editDistance('abcdef', 'uvwxyz', 2) > 2);
  });

  it('ships a default knowledge base with every named actor of the seed corpus', () => {
    const { problems } = parseActors(defaultActorsSource(), 'default');
    assert.deepEqual(problems, []);
    const k = new KnowledgeBase(defaultActors());
    const names = k.actors.flatMap((a) => [a.name, ...a.aliases]);
    let checked = 0;
    for (const f of loadLabelled('seeds')) {
      const labels = f.entities.filter((e) => ['person', 'organization', 'place'].includes(e.type));
      for (const e of labels) {
        // A partial mention (`Zedong` of `Jian Zedong`) is checked through its full name.
        const full = labels.find((o) => o !== e && o.text.split(/\s+/).includes(e.text));
        const text = full?.text ?? e.text;
        const known = k.match(text) ?? names.find((n) => n.includes(text));
        assert.ok(known, `${e.text} (${e.type}) is not in the default knowledge base`);
        checked++;
      }
    }
    assert.ok(checked > 20);
    assert.equal(k.match('Jian Zedong', 'person')?.actor.id, 'jiang-zaidong');
  });
});
