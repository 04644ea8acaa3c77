import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../../src/core/analysis';
import { loadLabelled } from '../../support/labels';

// Regression guard on the labelled seeds and dev articles: the eval's figures, as tests.
describe('claims: labelled seeds and dev articles', () => {
  const files = loadLabelled();
  let claims = 0, right = 0, cleanFlagged = 0;
  const misses: string[] = [];
  for (const f of files) {
    const findings = analyzeDocument(f.text, { skipTopics: true }).articles.flatMap((a) => a.findings);
    for (const c of f.claims) {
      if (c.requires === 'knowledge-base') continue;
      const at = f.text.indexOf(c.quote);
      claims++;
      if (findings.some((x) => x.rule === c.rule && x.start < at + c.quote.length && at < x.end)) right++;
      else misses.push(`${c.rule}: ${c.quote}`);
    }
    for (const c of f.clean) {
      const at = f.text.indexOf(c.quote);
      const hit = findings.filter((x) => x.start < at + c.quote.length && at < x.end);
      if (hit.length) {
        cleanFlagged++;
        misses.push(`clean flagged (${hit.map((x) => x.rule).join(', ')}): ${c.quote}`);
      }
    }
  }
  it('finds at least 90% of labelled claims with the right rule', () => {
    assert.ok(right / claims >= 0.9, `${right}/${claims}\n${misses.join('\n')}`);
  });
  it('flags no clean look-alike', () => {
    assert.equal(cleanFlagged, 0, misses.join('\n'));
  });
});
