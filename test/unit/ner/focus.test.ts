import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLearnedRecognizer, tokenize } from '../../../src/core/ner';
import { sentencesOverlapping } from '../../../src/core/ner/recognizer';
import { segmentArticles } from '../../../src/core/articles/segment';
import { combineNameSpans, learnedFocus } from '../../../src/core/entities/combine';
import { recognizeNamesByRules } from '../../../src/core/entities/rules/recognizer';
import { FIXTURES } from '../../support/labels';

const learned = createLearnedRecognizer();

function labelledTexts(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (const set of ['seeds', 'dev']) {
    const dir = join(FIXTURES, 'labelled', set);
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) out.push({ name: f, text: readFileSync(join(dir, f), 'utf8') });
  }
  return out;
}

describe('learned recognizer on focused sentences', () => {
  it('tags a focused sentence exactly as a full run does, and nothing elsewhere', () => {
    const text = 'Officials met in Geneva on Monday. The talks ended early. Mohsin Naqvi said the Interior Ministry would respond.';
    const full = learned.recognize(text);
    const third = text.indexOf('Mohsin');
    const focused = learned.recognize(text, undefined, [{ start: third, end: third + 6 }]);
    assert.deepEqual(focused, full.filter((n) => n.start >= third));
    assert.ok(full.some((n) => n.start < third), 'the first sentence has a name the focused run leaves out');
    assert.deepEqual(learned.recognize(text, undefined, []), []);
  });

  it('flags the sentences a span touches, including one that crosses a boundary', () => {
    const text = 'One two. Three four. Five six.';
    const tokens = tokenize(text);
    assert.deepEqual([...sentencesOverlapping(tokens, [{ start: 10, end: 12 }])], [0, 1, 0]);
    assert.deepEqual([...sentencesOverlapping(tokens, [{ start: 4, end: 11 }])], [1, 1, 0]);
    assert.deepEqual([...sentencesOverlapping(tokens, [])], [0, 0, 0]);
  });

  it('gives the same combined names as tagging every sentence, on every labelled article', () => {
    let names = 0;
    for (const { name, text } of labelledTexts()) {
      for (const a of segmentArticles(text)) {
        const titles = [a.headlineSpan, ...a.subheadings, ...a.meta, ...a.chrome];
        const rules = recognizeNamesByRules(text, a);
        const focus = learnedFocus(text, a, rules, titles);
        const full = combineNameSpans(text, rules, learned.recognize(text, a), titles);
        assert.deepEqual(combineNameSpans(text, rules, learned.recognize(text, a, focus), titles), full, name);
        names += full.length;
      }
    }
    assert.ok(names > 300, `${names} names`);
  });
});
