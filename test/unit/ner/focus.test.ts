import * as assert from 'node:assert/strict';
import { createLearnedRecognizer, tokenize } from '../../../src/core/ner';
import { sentencesOverlapping, tokensNear } from '../../../src/core/ner/recognizer';
import { gazetteerMatches } from '../../../src/core/ner/context';
import { computeAttributes } from '../../../src/core/ner/attributes';
import { segmentArticles } from '../../../src/core/articles/segment';
import { combineNameSpans, learnedFocus } from '../../../src/core/entities/combine';
import { recognizeNamesByRules } from '../../../src/core/entities/rules/recognizer';
import { labelledTexts } from '../../support/labels';

const learned = createLearnedRecognizer();

describe('learned recognizer on focused sentences', () => {
  it('tags the window around a focus as a full run does, grown over a name at its edge', () => {
    const text = 'Officials met in Geneva on Monday. The talks ended early. Mohsin Naqvi said the Interior Ministry would respond.';
    const full = learned.recognize(text);
    const third = text.indexOf('Mohsin'), interior = text.indexOf('Interior');
    assert.ok(full.some((n) => n.start === interior), 'a full run finds the ministry');
    // `Interior` is four tokens after `Mohsin`, one past the radius: the window grows over the ministry.
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
    for (const { file: name, text } of labelledTexts()) {
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

describe('learned recognizer on windows around the focus', () => {
  it('marks the tokens within the radius of a span, never across a sentence', () => {
    const text = 'one two three four five six seven. Eight nine ten.';
    const tokens = tokenize(text);
    assert.deepEqual(tokens.sentences, [0, 8, 12]);
    const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
    assert.deepEqual([...tokensNear(tokens, [at('four')], 2)], [0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0]);
    assert.deepEqual([...tokensNear(tokens, [at('seven')], 2)], [0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0]);
    assert.deepEqual([...tokensNear(tokens, [at('Eight')], 1)], [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0]);
    assert.deepEqual([...tokensNear(tokens, [], 4)], new Array(12).fill(0));
    // A window grows over words a name could go on through (capitalised, numbers, `of`).
    const ministry = 'he said the Ministry of Interior Affairs 2 would respond';
    assert.deepEqual([...tokensNear(tokenize(ministry), [{ start: 3, end: 7 }], 1)], [1, 1, 1, 1, 1, 1, 1, 1, 0, 0]);
  });

  it('marks for a span of several tokens (across sentences too) the union of its tokens\' windows', () => {
    for (const { file: name, text } of labelledTexts()) {
      const tokens = tokenize(text);
      const { starts, ends } = tokens;
      // Spans of one to five tokens, starting every fourth token: some cross a sentence boundary.
      for (let t = 0; t < starts.length; t += 4) {
        const span = { start: starts[t] + 1, end: ends[Math.min(starts.length - 1, t + (t % 5))] };
        const union = new Uint8Array(starts.length);
        for (let u = 0; u < starts.length; u++) {
          if (ends[u] <= span.start || starts[u] >= span.end) continue;
          const one = tokensNear(tokens, [{ start: starts[u], end: ends[u] }], 3);
          for (let v = 0; v < union.length; v++) union[v] |= one[v];
        }
        assert.deepEqual(tokensNear(tokens, [span], 3), union, `${name} token ${t}`);
      }
    }
  });

  it('computes the gazetteer matches an active token reads exactly as a full scan does', () => {
    for (const { file: name, text } of labelledTexts()) {
      const tokens = tokenize(text);
      const flags = computeAttributes(tokens.forms).flags;
      const full = gazetteerMatches(tokens.forms, flags, tokens.sentences);
      // Every third token active, in runs of two: windows start inside capitalised names too.
      const active = Uint8Array.from(tokens.forms, (_, t) => (t % 3 === 0 || t % 3 === 1 ? 1 : 0));
      const part = gazetteerMatches(tokens.forms, flags, tokens.sentences, undefined, active);
      for (let t = 0; t < tokens.forms.length; t++) {
        if (!active[t] && !(t > 0 && active[t - 1])) continue;
        assert.deepEqual([part.kind[t], part.start[t], part.end[t]], [full.kind[t], full.start[t], full.end[t]], `${name} token ${t}`);
      }
    }
  });

  it('gives every token the same lower-case hash and flags when only some need every attribute', () => {
    const forms = tokenize('Édith PIAF sang in 1951 at the Olympia, São Paulo’s ÉCOLE x-ray').forms;
    const full = computeAttributes(forms);
    const part = computeAttributes(forms, Uint8Array.from(forms, (_, t) => t % 2));
    assert.deepEqual(part.lower, full.lower);
    assert.deepEqual(part.flags, full.flags);
    for (let t = 1; t < forms.length; t += 2) assert.deepEqual([part.word[t], part.shortShape[t]], [full.word[t], full.shortShape[t]]);
  });
});
