import * as assert from 'node:assert/strict';
import { loadLabelled } from '../../support/labels';
import { runFuzz } from './fuzzHarness';

describe('annotations: seeded anchoring fuzz', function () {
  // 12,000 anchorings on a CPU shared with the rest of the suite.
  this.timeout(180_000);
  it('1,000 edit sequences: surviving passages re-attach exactly, destroyed ones orphan, none lands wrong', () => {
    const texts = loadLabelled().map((f) => f.text);
    assert.ok(texts.length >= 5, 'labelled seeds and dev articles are present');
    const f = runFuzz(texts, 1000);
    console.log(`      annotations ${f.annotations}  survived ${f.survived}  orphaned ${f.orphaned}  wrong ${f.wrong}  followed a copy ${f.followedCopy}  missed ${f.missed}  live-tracked exact ${f.trackedExact}/${f.trackedTotal}`);
    for (const w of f.examplesWrong) console.log('      wrong: ' + w);
    assert.equal(f.wrong, 0);
    assert.equal(f.trackedExact, f.trackedTotal);
    assert.ok(f.survived > 0 && f.orphaned > 0, 'both outcomes occur');
    // A surviving passage may be orphaned only when its context is ambiguous or wiped out.
    assert.ok(f.missed / (f.survived + f.missed) < 0.03, `missed ${f.missed} of ${f.survived + f.missed}`);
  });
});
