import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TopicClassifier, classifyTopics } from '../../../src/core/topics/classify';
import { BUILTIN_TOPICS, BUILTIN_TOPIC_IDS } from '../../../src/core/topics/taxonomy';
import { trainTopicModel } from '../../../src/core/topics/train';
import { parseTopicsFile } from '../../../src/core/topics/workspaceTopics';
import model from '../../../src/core/topics/model.json';
import { segmentArticles } from '../../../src/core/articles/segment';
import { FIXTURES, loadLabelled } from '../../support/labels';

const fixture = (name: string): string => readFileSync(join(FIXTURES, 'topics', name), 'utf8');
const split = (text: string): [string, string] => {
  const nl = text.indexOf('\n');
  return [text.slice(0, nl), text.slice(nl + 1)];
};

describe('topic taxonomy', () => {
  it('has the ten topic ids with their IPTC Media Topic codes', () => {
    assert.deepEqual([...BUILTIN_TOPIC_IDS].sort(), ['conflict-security', 'culture', 'diplomacy', 'economy', 'environment', 'health', 'politics', 'science-technology', 'society', 'sport']);
    const code = Object.fromEntries(BUILTIN_TOPICS.map((t) => [t.id, t.iptc]));
    assert.equal(code.economy, 'medtop:04000000');
    assert.equal(code['conflict-security'], 'medtop:16000000');
    assert.equal(code.culture, 'medtop:01000000');
    assert.equal(code.politics, 'medtop:11000000');
    assert.equal(BUILTIN_TOPICS.find((t) => t.id === 'diplomacy')?.parent, 'politics');
  });
});

describe('classifyTopics', () => {
  const cases: [string, string][] = [
    ['conflict.txt', 'conflict-security'],
    ['health.txt', 'health'],
    ['environment.txt', 'environment'],
    ['sport.txt', 'sport'],
    ['economy.txt', 'economy'],
  ];
  for (const [file, topic] of cases) {
    it(`puts ${file} under ${topic} first`, () => {
      const [headline, body] = split(fixture(file));
      assert.equal(classifyTopics(headline, body)[0]?.id, topic);
    });
  }

  it('ranks topics best first with shares in (0, 1], and is deterministic', () => {
    const [headline, body] = split(fixture('conflict.txt'));
    const a = classifyTopics(headline, body);
    assert.deepEqual(classifyTopics(headline, body), a);
    assert.ok(a.length >= 1 && a.length <= 3);
    for (let i = 1; i < a.length; i++) assert.ok(a[i - 1].score >= a[i].score);
    assert.ok(a.every((t) => t.score > 0 && t.score <= 1));
  });

  it('returns nothing for text without topical words', () => {
    assert.deepEqual(classifyTopics('', 'the of and'), []);
  });

  it('puts the seed counter-terrorism articles under conflict-security and the water article under environment', () => {
    const seeds = loadLabelled('seeds');
    const found: Record<string, string[]> = {};
    for (const f of seeds) {
      for (const a of segmentArticles(f.text)) found[a.headline] = classifyTopics(a.headline, f.text.slice(a.bodyStart, a.end)).map((t) => t.id);
    }
    const counterTerror = Object.keys(found).filter((h) => /counter-?terror/i.test(h));
    assert.equal(counterTerror.length, 2);
    for (const h of counterTerror) assert.ok(found[h].includes('conflict-security'), `${h}: ${found[h]}`);
    const water = Object.keys(found).find((h) => /water/i.test(h))!;
    assert.equal(found[water][0], 'environment');
  });

  it('ranks ties by topic id and weighs a feature 1 + ln(n) times for n occurrences, however large n', () => {
    const m = { version: 1, trainedOn: 'test', weights: { zulu: { goal: 1 }, alpha: { goal: 1 }, mid: { match: 1, 'match goal': 0.5 } } };
    const c = new TopicClassifier({ model: m, lexicons: {}, maxTopics: 5, secondaryRatio: 0 });
    assert.deepEqual(c.classify('', 'goal goal').map((t) => t.id), ['alpha', 'zulu']);
    for (const n of [1, 2, 63, 64, 65, 200]) {
      const got = c.classify('', 'goal. '.repeat(n) + 'match goal');
      // Each share is computed as the classifier does: evidence over the total, best first, to 3 decimals.
      const goal = 1 + Math.log(n + 1);
      const mid = 1 + 0.5;
      const total = goal > mid ? goal + goal + mid : mid + goal + goal;
      const share = (e: number) => Math.round((e / total) * 1000) / 1000;
      const expected = [{ id: 'alpha', score: share(goal) }, { id: 'zulu', score: share(goal) }, { id: 'mid', score: share(mid) }];
      if (mid > goal) expected.unshift(expected.pop()!);
      assert.deepEqual(got, expected, String(n));
    }
  });

  it('ships a small model for the five trained topics', () => {
    assert.ok(JSON.stringify(model).length < 100_000);
    assert.deepEqual(Object.keys(model.weights).sort(), ['culture', 'economy', 'politics', 'science-technology', 'sport']);
  });
});

describe('trainTopicModel', () => {
  const examples = [
    ...['striker scored goal', 'goal keeper match', 'match goal win league'].map((b) => ({ topic: 'sport', headline: 'Match report', body: b })),
    ...['bank rate inflation', 'inflation bank prices', 'bank shares market'].map((b) => ({ topic: 'economy', headline: 'Markets', body: b })),
  ];
  it('learns positive evidence per topic, deterministically', () => {
    const m = trainTopicModel(examples, { minDocs: 2, minWeight: 0.1 });
    assert.deepEqual(trainTopicModel(examples, { minDocs: 2, minWeight: 0.1 }), m);
    assert.ok(m.weights.sport.goal > 0);
    assert.ok(m.weights.economy.bank > 0);
    assert.equal(m.weights.sport.bank, undefined);
    const c = new TopicClassifier({ model: m, lexicons: {} });
    assert.equal(c.classify('', 'a goal in the match')[0].id, 'sport');
    assert.equal(c.classify('', 'the bank and inflation')[0].id, 'economy');
  });
});

describe('workspace topics (.byline/topics.yaml)', () => {
  it('parses topics with keywords, phrases and parents', () => {
    const { topics, problems } = parseTopicsFile(fixture('topics.yaml'));
    assert.deepEqual(problems, []);
    assert.deepEqual(topics.map((t) => [t.id, t.parent]), [['water-security', 'environment'], ['ports', 'economy']]);
    const c = new TopicClassifier({ workspaceTopics: topics });
    const got = c.classify('Talks on the Indus Waters Treaty', 'Groundwater and aquifer levels fell; the Indus Waters Treaty was discussed.');
    assert.ok(got.some((t) => t.id === 'water-security'), JSON.stringify(got));
  });

  it('reports problems at their line and column and keeps the valid topics', () => {
    const { topics, problems } = parseTopicsFile(fixture('topics-invalid.yaml'));
    const at = (re: RegExp) => problems.find((p) => re.test(p.message));
    assert.deepEqual(at(/built-in/)?.range.start, { line: 1, character: 8 });
    assert.deepEqual(at(/lower-case/)?.range.start, { line: 4, character: 8 });
    assert.deepEqual(at(/at least one keyword/)?.range.start, { line: 6, character: 8 });
    assert.deepEqual(at(/Unknown parent/)?.range.start, { line: 10, character: 12 });
    assert.deepEqual(at(/must be a list/)?.range.start, { line: 14, character: 14 });
    assert.deepEqual(topics.map((t) => t.id), ['orphan']);
    assert.equal(topics[0].parent, undefined);
  });

  it('reports YAML syntax errors with a position', () => {
    const { problems } = parseTopicsFile('topics:\n  - id: a\n    keywords: [x\n');
    assert.ok(problems.length > 0);
    assert.equal(problems[0].severity, 'error');
    assert.ok(problems[0].range.start.line >= 2);
  });
});
