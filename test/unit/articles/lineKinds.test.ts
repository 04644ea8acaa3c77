import * as assert from 'node:assert/strict';
import { classifyLine } from '../../../src/core/articles/lineKinds';

describe('line kinds', () => {
  it('knows every kind of page chrome, whole lines only where the pattern says so', () => {
    for (const line of ['Short Url', 'shorturl', 'Follow', 'Share this story', '3 - min read', '5 minutes read', 'Leave a Reply', 'Your email address will not be published. Required fields are marked *', 'Follow Dawn on Twitter', 'Related stories:', 'Subscribe', 'Required fields are marked *'])
      assert.equal(classifyLine(line).kind, 'chrome', line);
    for (const line of ['Short Url please', 'Follow the money', 'Share prices fell', 'Leave a Reply today', 'Printed matter'])
      assert.equal(classifyLine(line).kind, 'text', line);
  });

  it('takes a line for a date only when the date opens it, after any prefix or weekday', () => {
    assert.deepEqual(classifyLine('Updated 07 January 2026'), { kind: 'date', date: '2026-01-07' });
    assert.deepEqual(classifyLine('  tuesday, NOV. 18, 2025 at 10:30 am PKT'), { kind: 'date', date: '2025-11-18' });
    assert.deepEqual(classifyLine('Published on 2025-11-18'), { kind: 'date', date: '2025-11-18' });
    assert.deepEqual(classifyLine('Sept 3rd, 2024'), { kind: 'date', date: '2024-09-03' });
    assert.equal(classifyLine('On 18 November 2025 the talks began').kind, 'text');
    assert.equal(classifyLine('Mayor of London, November 18, 2025').kind, 'text');
    assert.equal(classifyLine('Published in Dawn, November 18th, 2025').kind, 'published-in');
  });
});
