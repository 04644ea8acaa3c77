import * as assert from 'node:assert/strict';
import { createLearnedRecognizer } from '../../../src/core/ner';
import { seededRandom } from '../../../src/core/text/random';

const recognizer = createLearnedRecognizer();

/** `type:text` of each name found. */
function names(text: string): string[] {
  return recognizer.recognize(text).map((n) => `${n.type}:${text.slice(n.start, n.end)}`);
}

describe('ner recognizer (shipped model)', () => {
  it('tags people, places, organisations and misc names in plain sentences', () => {
    assert.deepEqual(names('German Chancellor Angela Merkel met French President Emmanuel Macron in Paris on Monday.'), [
      'misc:German', 'person:Angela Merkel', 'misc:French', 'person:Emmanuel Macron', 'place:Paris',
    ]);
    assert.deepEqual(names('The European Commission said on Thursday it disagreed with the World Health Organization.'), [
      'organization:European Commission', 'organization:World Health Organization',
    ]);
  });

  it('handles ALL-CAPS datelines and Title Case headlines', () => {
    assert.deepEqual(names('BRUSSELS 1996-08-22'), ['place:BRUSSELS']);
    const headline = 'Flooding Forces Thousands From Homes Across Southern Germany';
    assert.deepEqual(names(headline), ['place:Germany']);
  });

  it('maps spans exactly through curly quotes, em dashes, non-ASCII names and CRLF', () => {
    const text = '“We will not back down,” said Hilde Sørlie — Norway’s minister.\r\nBinali Yıldırım arrived in Ankara.\r\n';
    const found = recognizer.recognize(text);
    const byText = new Map(found.map((n) => [text.slice(n.start, n.end), n]));
    assert.equal(byText.get('Hilde Sørlie')?.type, 'person');
    assert.equal(byText.get('Norway')?.type, 'place');
    assert.equal(byText.get('Binali Yıldırım')?.type, 'person');
    assert.equal(byText.get('Ankara')?.type, 'place');
    for (const n of found) {
      assert.ok(n.confidence > 0 && n.confidence <= 1, `confidence of ${text.slice(n.start, n.end)}`);
      assert.equal(text.slice(n.start, n.end).trim(), text.slice(n.start, n.end));
    }
  });

  it('leaves titles out of person names, as CoNLL does', () => {
    const text = 'Governor Surachai Wongsakul and Dr Giulia Ferraresi spoke to Ambassador Usman Jadoon.';
    const people = recognizer.recognize(text).filter((n) => n.type === 'person').map((n) => text.slice(n.start, n.end));
    assert.deepEqual(people, ['Surachai Wongsakul', 'Giulia Ferraresi', 'Usman Jadoon']);
  });

  it('never lets a bullet or dash start or end a name', () => {
    const text = '• Negotiators from Kyrgyzstan and Tajikistan met in Bishkek.\n• United Nations monitors — Red Cross staff — arrived.\n';
    const found = recognizer.recognize(text);
    assert.ok(found.length >= 3);
    for (const n of found) assert.match(text.slice(n.start, n.end), /^[\p{L}\p{N}].*[\p{L}\p{N}.]$/u);
  });

  it('returns sorted, disjoint, in-bounds spans on arbitrary text (emoji, symbols, scripts, stray clitics)', () => {
    const pieces = ['Paris', 'said', 'O’Neill', '’s', 'n’t', '😀', '—', '“', '”', '\r\n', '\n\n', ' ', ' ', 'ÉCOLE', 'Σωκράτης', '東京', 'U.S.', '1,200', '$', '•', "'", '-', 'of', 'Ministry', 'Yıldırım', '.', '!'];
    const random = seededRandom(42);
    for (let round = 0; round < 200; round++) {
      let text = '';
      const n = 1 + Math.floor(random() * 40);
      for (let i = 0; i < n; i++) text += pieces[Math.floor(random() * pieces.length)] + (random() < 0.7 ? ' ' : '');
      const region = { start: Math.floor(random() * 5), end: text.length - Math.floor(random() * 5) };
      let last = region.start;
      for (const name of recognizer.recognize(text, region)) {
        assert.ok(name.start >= last && name.start < name.end && name.end <= region.end, JSON.stringify({ text, name }));
        last = name.end;
      }
    }
  });

  it('respects a region and returns offsets into the whole text', () => {
    const text = 'Paris is lovely.\nJohn Smith lives in Berlin.';
    const region = { start: text.indexOf('John'), end: text.length };
    assert.deepEqual(recognizer.recognize(text, region).map((n) => [n.start, n.end]), [[region.start, region.start + 10], [text.indexOf('Berlin'), text.length - 1]]);
  });
});
