import * as assert from 'node:assert/strict';
import { bratConfig, exportBrat, importBrat } from '../../../src/core/annotations/export/brat';
import { exportClaimReview, importClaimReview } from '../../../src/core/annotations/export/claimReview';
import { CSV_COLUMNS, exportCsv, parseCsv } from '../../../src/core/annotations/export/csv';
import { exportW3c, importW3c } from '../../../src/core/annotations/export/w3c';
import { utf16ToCodePoint } from '../../../src/core/annotations/codePoints';
import type { Annotation } from '../../../src/core/annotations/model';
import { ARTICLE, annotationOn } from './helpers';

const annotations = (): Annotation[] => [
  annotationOn(ARTICLE, 'killed 12 people', 'verdict', 'misleading', { comment: 'Ministry says 9.', contentHash: 'sha256:ab' }),
  annotationOn(ARTICLE, 'the worst in 100 years', 'verdict', 'needs-source'),
  annotationOn(ARTICLE, 'Minister', 'actor-link', 'mohsin-naqvi', { label: 'Mohsin Naqvi', wikidata: 'Q7895134' }),
  annotationOn(ARTICLE, 'critics', 'actor-link', 'stub-critics'),
  annotationOn(ARTICLE, '😀 floods', 'note', 'Emoji in a headline:\ta "scraper" artefact, 100%', { resolved: true, replies: [{ id: 'r1', author: 'Bo', created: '2026-11-22T08:00:00.000Z', modified: '2026-11-22T09:00:00.000Z', body: 'Agreed, see line 2,\r\nand 3.' }] }),
  annotationOn(ARTICLE, '𝔘nusual rains', 'tag', 'weather, extreme'),
  annotationOn(ARTICLE, 'held; critics said it did not.\r\n', 'tag', 'contested'),
  annotationOn(ARTICLE, 'citing a report', 'triage', 'needs-source', { rule: 'vague-attribution', comment: 'which report?' }),
];

describe('annotations: W3C Web Annotation export', () => {
  const json = exportW3c([{ source: 'news/floods.txt', text: ARTICLE, annotations: annotations() }]) as Record<string, any>;
  const items = json.first.items as Record<string, any>[];

  it('is an AnnotationCollection with the fields the model requires', () => {
    assert.deepEqual(json['@context'][0], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(json.type, 'AnnotationCollection');
    assert.equal(json.total, items.length);
    assert.equal(json.first.type, 'AnnotationPage');
    for (const it of items) {
      // Web Annotation Data Model §3.1: an Annotation MUST have @context (here on the collection), id, type, target.
      assert.equal(typeof it.id, 'string');
      assert.match(it.id, /^urn:/);
      assert.equal(it.type, 'Annotation');
      assert.ok(it.target);
      assert.ok(['commenting', 'tagging', 'assessing', 'identifying', 'replying'].includes(it.motivation));
    }
  });

  it('uses a TextQuoteSelector and a TextPositionSelector counted in code points', () => {
    const tag = items.find((i) => i.body[0]?.value === 'weather, extreme')!;
    const [quote, pos] = tag.target.selector;
    assert.equal(quote.type, 'TextQuoteSelector');
    assert.equal(quote.exact, '𝔘nusual rains');
    assert.equal(pos.type, 'TextPositionSelector');
    const start = ARTICLE.indexOf('𝔘nusual rains');
    assert.equal(pos.start, utf16ToCodePoint(ARTICLE, start));
    assert.equal(pos.end - pos.start, [...'𝔘nusual rains'].length);
    assert.equal([...ARTICLE].slice(pos.start, pos.end).join(''), '𝔘nusual rains');
  });

  it('maps kinds to motivations, actor links to identifying Wikidata bodies, replies to replying annotations', () => {
    const actor = items.find((i) => i.motivation === 'identifying' && i.body.some((b: any) => b.id))!;
    assert.ok(actor.body.some((b: any) => b.id === 'http://www.wikidata.org/entity/Q7895134' && b.purpose === 'identifying'));
    const reply = items.find((i) => i.motivation === 'replying')!;
    assert.equal(reply.target, items.find((i) => i.motivation === 'commenting')!.id);
    assert.equal(items.filter((i) => i.motivation === 'assessing').length, 3);
  });

  it('imports back without loss (through JSON text)', () => {
    const back = importW3c(JSON.parse(JSON.stringify(json)));
    assert.deepEqual([...back.keys()], ['news/floods.txt']);
    assert.deepEqual(back.get('news/floods.txt'), annotations());
  });

  it('imports annotations from other tools by motivation, converting code points with the text', () => {
    const foreign = { type: 'Annotation', id: 'https://example.org/a/1', motivation: 'tagging', body: { type: 'TextualBody', value: 'rain', purpose: 'tagging' },
      target: { source: 'x', selector: [{ type: 'TextQuoteSelector', exact: 'nusual' }, { type: 'TextPositionSelector', start: utf16ToCodePoint(ARTICLE, ARTICLE.indexOf('nusual')), end: 0 }] } };
    const [a] = importW3c(foreign, () => ARTICLE).get('x')!;
    assert.equal(a.kind, 'tag');
    assert.equal(ARTICLE.slice(a.target.start, a.target.end), 'nusual');
  });
});

describe('annotations: brat standoff export', () => {
  const { ann, skipped } = exportBrat(ARTICLE, annotations());
  const lines = ann.trimEnd().split('\n');

  it('follows the brat line formats', () => {
    assert.deepEqual(skipped, []);
    for (const l of lines) {
      const f = l.split('\t');
      if (l.startsWith('T')) {
        assert.match(l, /^T\d+\t[A-Za-z]\w* \d+ \d+(;\d+ \d+)*\t[^\n]*$/);
        assert.ok(!f[2].includes('\n') && !f[2].includes('\r'), 'a T line holds no line break');
      } else if (l.startsWith('#')) assert.match(l, /^#\d+\tAnnotatorNotes T\d+\t.+$/);
      else if (l.startsWith('A')) assert.match(l, /^A\d+\t\w+ T\d+ \S+$/);
      else if (l.startsWith('N')) assert.match(l, /^N\d+\tReference T\d+ Wikidata:Q\d+\t.+$/);
      else assert.fail(`unexpected line ${l}`);
    }
  });

  it('counts offsets in code points, and the text field is what they select', () => {
    const t = lines.find((l) => l.endsWith('\t𝔘nusual rains'))!;
    const [, s, e] = /(\d+) (\d+)/.exec(t)!.map(Number);
    assert.equal([...ARTICLE].slice(s, e).join(''), '𝔘nusual rains');
    assert.equal(s, [...ARTICLE.slice(0, ARTICLE.indexOf('𝔘nusual'))].length);
  });

  it('splits a span across a line break into fragments', () => {
    assert.ok(lines.some((l) => /\tTag \d+ \d+\theld; critics said it did not\.$/.test(l)), 'CRLF is cut out of the span');
  });

  it('imports back to the same spans, kinds, values and notes', () => {
    const back = importBrat(ARTICLE, ann);
    const want = annotations().map((a) => ({ kind: a.kind, start: a.target.start, end: a.target.end }));
    // A span ending in a cut-out line break comes back without it.
    want.find((w) => ARTICLE.slice(w.start, w.end).endsWith('\r\n'))!.end -= 2;
    const sort = (xs: { start: number; end: number }[]) => [...xs].sort((a, b) => a.start - b.start || a.end - b.end);
    assert.deepEqual(sort(back.map((b) => ({ kind: b.kind, start: b.start, end: b.end }))), sort(want));
    assert.equal(back.find((b) => b.kind === 'verdict' && b.note)!.value, 'misleading');
    assert.equal(back.find((b) => b.kind === 'note')!.note, 'Emoji in a headline:\ta "scraper" artefact, 100%');
    assert.equal(back.find((b) => b.wikidata)!.wikidata, 'Q7895134');
  });

  it('declares the types and attribute values it used in annotation.conf', () => {
    const conf = bratConfig(annotations());
    for (const l of lines) {
      const type = /^T\d+\t(\w+)/.exec(l)?.[1];
      if (type) assert.match(conf, new RegExp(`^${type}$`, 'm'));
      const attr = /^A\d+\t(\w+) T\d+ (\S+)/.exec(l);
      if (attr) assert.match(conf, new RegExp(`^${attr[1]}\\tArg:\\w+, Value:.*\\b${attr[2]}\\b`, 'm'));
    }
  });

  it('rejects a line whose text does not match its offsets, naming the line', () => {
    assert.throws(() => importBrat(ARTICLE, 'T1\tTag 0 3\tXYZ\n'), /line 1/);
  });

  it('skips orphans (quote not at its offsets)', () => {
    const orphan = { ...annotations()[0], target: { ...annotations()[0].target, exact: 'gone' } };
    assert.equal(exportBrat(ARTICLE, [orphan]).skipped.length, 1);
  });
});

describe('annotations: CSV export', () => {
  const csv = exportCsv([{ source: 'news/floods.txt', annotations: annotations() }]);

  it('is RFC 4180: CRLF records, header, quoted fields with doubled quotes', () => {
    assert.ok(csv.endsWith('\r\n'));
    assert.ok(csv.startsWith(CSV_COLUMNS.join(',') + '\r\n'));
    assert.ok(csv.includes('"Emoji in a headline:\ta ""scraper"" artefact, 100%"'));
  });

  it('parses back to one row per annotation with every field intact', () => {
    const rows = parseCsv(csv);
    assert.deepEqual(rows[0], [...CSV_COLUMNS]);
    assert.equal(rows.length, annotations().length + 1);
    const col = (name: string) => CSV_COLUMNS.indexOf(name as (typeof CSV_COLUMNS)[number]);
    annotations().forEach((a, k) => {
      const r = rows[k + 1];
      assert.equal(r.length, CSV_COLUMNS.length);
      assert.deepEqual([r[col('id')], r[col('kind')], r[col('body')], r[col('exact')], Number(r[col('start')]), r[col('prefix')], r[col('suffix')]], [a.id, a.kind, a.body, a.target.exact, a.target.start, a.target.prefix, a.target.suffix]);
    });
  });
});

describe('annotations: schema.org ClaimReview export', () => {
  const json = exportClaimReview([{ source: 'https://example.org/floods', annotations: annotations() }]) as Record<string, any>;
  const reviews = json['@graph'] as Record<string, any>[];

  it('has one ClaimReview per verdict with the fields Google and schema.org expect', () => {
    assert.equal(json['@context'], 'https://schema.org');
    assert.equal(reviews.length, 2);
    for (const r of reviews) {
      assert.equal(r['@type'], 'ClaimReview');
      for (const f of ['claimReviewed', 'reviewRating', 'itemReviewed', 'author', 'datePublished']) assert.ok(r[f] !== undefined, f);
      assert.equal(r.reviewRating['@type'], 'Rating');
      assert.equal(typeof r.reviewRating.alternateName, 'string');
      assert.match(r.datePublished, /^\d{4}-\d{2}-\d{2}$/);
      assert.equal(r.itemReviewed.appearance.url, 'https://example.org/floods');
    }
    const m = reviews.find((r) => r.claimReviewed === 'killed 12 people')!;
    assert.deepEqual([m.reviewRating.ratingValue, m.reviewRating.worstRating, m.reviewRating.bestRating], [2, 1, 5]);
    assert.equal(reviews.find((r) => r.claimReviewed === 'the worst in 100 years')!.reviewRating.ratingValue, undefined);
  });

  it('imports back to the same verdicts', () => {
    const back = importClaimReview(JSON.parse(JSON.stringify(json)));
    const verdicts = annotations().filter((a) => a.kind === 'verdict');
    assert.deepEqual(back.map((b) => [b.id, b.claim, b.verdict, b.author, b.date, b.comment]), verdicts.map((v) => [v.id, v.target.exact, v.body, v.author, v.created.slice(0, 10), v.comment]));
  });
});
