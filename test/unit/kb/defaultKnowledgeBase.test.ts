import * as assert from 'node:assert';
import { DEFAULT_KB_FILE, defaultActors, defaultActorsSource } from '../../../src/core/kb/defaultKnowledgeBase';
import { parseActors } from '../../../src/core/kb/parse';
import { KnowledgeBase } from '../../../src/core/kb/knowledgeBase';
import { loadKnowledgeBase } from '../../../src/core/kb/load';

describe('default knowledge base (built from its YAML at build time)', () => {
  it('holds exactly what parsing the bundled YAML gives, with source positions', () => {
    const parsed = parseActors(defaultActorsSource(), DEFAULT_KB_FILE);
    assert.deepStrictEqual(parsed.problems, []);
    assert.ok(parsed.actors.length > 10);
    // The build ships JSON, which drops fields left undefined: compare in that form.
    assert.deepStrictEqual(defaultActors(), JSON.parse(JSON.stringify(parsed.actors)));
    assert.ok(defaultActors().every((a) => a.source?.file === DEFAULT_KB_FILE));
  });

  it('is decoded once', () => {
    assert.strictEqual(defaultActors(), defaultActors());
  });
});

describe('knowledge base sharing and remembered matches', () => {
  it('shares one default instance, also when no workspace file adds to it', () => {
    assert.strictEqual(KnowledgeBase.loadDefault(), KnowledgeBase.loadDefault());
    assert.strictEqual(loadKnowledgeBase([]).kb, KnowledgeBase.loadDefault());
    assert.notStrictEqual(loadKnowledgeBase([{ file: 'a.yaml', text: '' }]).kb, KnowledgeBase.loadDefault());
    assert.strictEqual(loadKnowledgeBase([], { includeDefault: false }).kb.size, 0);
  });

  it('answers a repeated match the same way, keeping the type asked for apart', () => {
    const k = new KnowledgeBase(parseActors('- { id: jz, name: Jiang Zaidong, type: person }', 'x.yaml').actors);
    assert.strictEqual(k.match('Jian Zedong', 'organization'), undefined);
    assert.strictEqual(k.match('Jian Zedong', 'person')?.fuzzy, true);
    assert.strictEqual(k.match('Jian Zedong', 'organization'), undefined);
    assert.strictEqual(k.match('Jian Zedong')?.actor.id, 'jz');
    assert.strictEqual(k.match('Jiang Zaidong', 'organization')?.fuzzy, false);
    assert.strictEqual(k.match('Nobody Here'), undefined);
    assert.strictEqual(k.match('Nobody Here'), undefined);
  });
});
