import * as assert from 'node:assert/strict';
import { findTriage, parseTriage, serializeTriage, upsertTriage } from '../../../src/core/claims/triage';

describe('claims: triage store', () => {
  it('round-trips entries and finds them by file, rule and text (whitespace-insensitive)', () => {
    let entries = upsertTriage([], { file: 'seeds/a.txt', rule: 'implausible-quantity', text: 'over three years', status: 'false-positive' });
    entries = upsertTriage(entries, { file: 'seeds/a.txt', rule: 'vague-attribution', text: 'Experts believe', status: 'needs-source', note: 'ask the desk' });
    const back = parseTriage(serializeTriage(entries));
    assert.equal(back.length, 2);
    assert.equal(findTriage(back, 'seeds/a.txt', 'implausible-quantity', 'over  three\nyears')?.status, 'false-positive');
    assert.equal(findTriage(back, 'seeds/a.txt', 'vague-attribution', 'Experts believe')?.note, 'ask the desk');
    assert.equal(findTriage(back, 'seeds/b.txt', 'vague-attribution', 'Experts believe'), undefined);
  });
  it('replaces an earlier decision on the same finding', () => {
    const a = upsertTriage([], { file: 'f', rule: 'r', text: 't', status: 'needs-source' });
    const b = upsertTriage(a, { file: 'f', rule: 'r', text: 't', status: 'verified' });
    assert.deepEqual(b.map((e) => e.status), ['verified']);
  });
  it('skips malformed entries and survives broken YAML', () => {
    assert.deepEqual(parseTriage('entries: [{file: a}, {file: a, rule: r, text: t, status: nonsense}]'), []);
    assert.deepEqual(parseTriage(': : ['), []);
  });
});
