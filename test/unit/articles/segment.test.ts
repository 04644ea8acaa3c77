import * as assert from 'node:assert/strict';
import { segmentArticles } from '../../../src/core/articles/segment';
import { loadLabelled } from '../../support/labels';

describe('segmentArticles on labelled page scrapes', () => {
  for (const f of loadLabelled()) {
    it(`${f.set}/${f.file}: article count, headlines and dates`, () => {
      const got = segmentArticles(f.text);
      assert.equal(got.length, f.articles.length);
      f.articles.forEach((want, k) => {
        assert.equal(got[k].headline, want.headline);
        assert.equal(got[k].published, want.published);
        assert.equal(f.text.slice(got[k].headlineSpan.start, got[k].headlineSpan.end), want.headline);
      });
    });
  }
});

describe('segmentArticles structure', () => {
  const seed = loadLabelled('seeds').find((f) => f.file.startsWith('003_'))!;
  const [first, second] = segmentArticles(seed.text);

  it('splits the related article after `Updated 5 sec ago`', () => {
    assert.ok(second.start > first.end);
    assert.match(seed.text.slice(second.start, second.bodyStart), /Updated 5 sec ago/);
    assert.equal(second.meta[0].text, 'Updated 5 sec ago');
  });

  it('finds bullets, caption, chrome and dateline', () => {
    assert.equal(first.bullets.length, 2);
    assert.equal(first.captions.length, 1);
    assert.match(first.captions[0].text, /^The screengrab/);
    assert.deepEqual(first.chrome.map((c) => c.text), ['Short Url', 'Follow']);
    assert.equal(first.dateline?.text, 'ISLAMABAD');
    assert.equal(first.dateline?.place, 'Islamabad');
    assert.ok(seed.text.slice(first.bodyStart).startsWith('ISLAMABAD: Pakistan and China agreed'));
  });

  it('keeps the last paragraph in the first article, not as the next headline', () => {
    assert.match(first.paragraphs[first.paragraphs.length - 1].text, /lasted for over three years/);
  });

  it('reads publisher and date from `Published in …` and finds subheadings', () => {
    const other = loadLabelled('seeds').find((f) => f.file.startsWith('000_'))!;
    const [a] = segmentArticles(other.text);
    assert.equal(a.publisher, 'SouthAsianDesk');
    assert.equal(a.published, '2025-11-18');
    assert.ok(a.subheadings.some((s) => s.text === 'Challenges Ahead'));
    assert.ok(!a.subheadings.some((s) => s.text.startsWith('ISLAMABAD')));
    assert.equal(a.captions[0].text, 'Picture Credit: Radio Pakistan');
  });
});

describe('segmentArticles edge cases', () => {
  it('returns no article for empty or blank text', () => {
    assert.deepEqual(segmentArticles(''), []);
    assert.deepEqual(segmentArticles('\n\n  \r\n'), []);
  });

  it('treats a BBC-style file (headline, blank line, paragraphs) as one article', () => {
    const text = 'Ad sales boost profit\n\nQuarterly profits jumped 76%.\n\nThe firm said sales rose.\n';
    const got = segmentArticles(text);
    assert.equal(got.length, 1);
    assert.equal(got[0].headline, 'Ad sales boost profit');
    assert.equal(got[0].published, null);
    assert.equal(got[0].paragraphs.length, 2);
  });

  it('handles CRLF line ends with exact offsets', () => {
    const text = 'Headline here\r\nUpdated 07 January 2026\r\n\r\nLONDON: Body text.\r\n';
    const [a] = segmentArticles(text);
    assert.equal(a.headline, 'Headline here');
    assert.equal(a.published, '2026-01-07');
    assert.equal(text.slice(a.paragraphs[0].start, a.paragraphs[0].end), 'LONDON: Body text.');
    assert.equal(a.end, text.indexOf('\r\n', a.paragraphs[0].start));
  });

  it('handles a file without a final newline and a single 1 MB line', () => {
    assert.equal(segmentArticles('Just a headline').length, 1);
    const line = 'word '.repeat(200_000);
    const got = segmentArticles(line);
    assert.equal(got.length, 1);
    assert.equal(got[0].start, 0);
    assert.equal(got[0].end, line.length);
    assert.equal(got[0].paragraphs.length, 0);
  });

  it('does not treat a subheading followed by paragraphs as a new article', () => {
    const text = 'Main headline\nUpdated 1 March 2026\n\nPARIS: First paragraph.\n\nA section title\n\nMore text here.\n';
    const got = segmentArticles(text);
    assert.equal(got.length, 1);
    assert.deepEqual(got[0].subheadings.map((s) => s.text), ['A section title']);
  });

  it('reads weekday date lines and ordinal dates', () => {
    const text = 'Headline\n\nTuesday, November 18, 2025\n3 mins read\n\nBody.\n\nPublished in Desk, November 19th, 2025\n';
    const [a] = segmentArticles(text);
    assert.equal(a.published, '2025-11-18');
    assert.equal(a.publisher, 'Desk');
  });
});
