import * as assert from 'node:assert/strict';
import { throughput } from '../../../scripts/bench/util';

/** Busy-waits `ms` (a pass of known length without timers). */
function spin(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

describe('bench throughput', () => {
  it('warms up for whole passes until the warm-up time has gone, then times the runs', () => {
    const texts = ['x'.repeat(1000), 'y'.repeat(1000)];
    let calls = 0;
    const r = throughput(texts, () => { calls++; spin(2); }, 3, 30);
    // Each pass is two calls of at least 2 ms: 30 ms of warm-up takes more than one pass and at most eight.
    assert.ok(r.warmUpPasses >= 2 && r.warmUpPasses <= 8, `warm-up passes ${r.warmUpPasses}`);
    assert.equal(r.runsMs.length, 3);
    assert.equal(calls, (r.warmUpPasses + 3) * texts.length);
    // 2,000 bytes in at least 4 ms a pass: at most 0.5 MB/s, the first pass included.
    assert.ok(r.mbps > 0.05 && r.mbps <= 0.5, `median ${r.mbps}`);
    assert.ok(r.firstPassMBps > 0.05 && r.firstPassMBps <= 0.5, `first pass ${r.firstPassMBps}`);
  });

  it('warms up for one pass at least, however long a pass takes', () => {
    let calls = 0;
    const r = throughput(['abc'], () => { calls++; spin(5); }, 2, 1);
    assert.equal(r.warmUpPasses, 1);
    assert.equal(calls, 3);
  });
});
