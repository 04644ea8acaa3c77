import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { recognizeNamesByRules } from '../../../src/core/entities/rules/recognizer';
import { linkNames } from '../../../src/core/entities/linking';
import { FIXTURES } from '../../support/labels';

/** Linked names of a text as `text → type` (the last reading of a repeated string wins). */
function names(text: string): Map<string, { type: string; canonical?: string }> {
  const out = new Map<string, { type: string; canonical?: string }>();
  for (const n of linkNames(text, recognizeNamesByRules(text))) out.set(n.text, { type: n.type, canonical: n.canonical });
  return out;
}

describe('rule-based name recognizer', () => {
  it('takes the name after a title cue as a person, not the title', () => {
    const got = names('The talks were led by Interior Minister Mohsin Naqvi and Prime Minister Anwar Kabir on Monday.');
    assert.equal(got.get('Mohsin Naqvi')?.type, 'person');
    assert.equal(got.get('Anwar Kabir')?.type, 'person');
    assert.ok(!got.has('Interior Minister Mohsin Naqvi'));
    assert.ok(![...got.keys()].some((k) => k.includes('Minister')));
  });

  it('splits a nationality from the title and name that follow it', () => {
    const got = names('He met Chinese Ambassador Li Wei in the capital.');
    assert.equal(got.get('Chinese')?.type, 'misc');
    assert.equal(got.get('Li Wei')?.type, 'person');
  });

  it('types organisations by their heads and leads', () => {
    const got = names('Officials from the Ministry of Tourism and Sports, the Grain Traders Association and Radio Freedonia attended.');
    assert.equal(got.get('Ministry of Tourism and Sports')?.type, 'organization');
    assert.equal(got.get('Grain Traders Association')?.type, 'organization');
    assert.equal(got.get('Radio Freedonia')?.type, 'organization');
  });

  it('links an acronym introduced in parentheses to its expansion', () => {
    const got = names('The National Electoral Council (NEC) met on Friday. Later the NEC said turnout was high.');
    assert.equal(got.get('National Electoral Council')?.type, 'organization');
    assert.deepEqual(got.get('NEC'), { type: 'organization', canonical: 'National Electoral Council' });
  });

  it('links an acronym to the name whose initials it spells', () => {
    const got = names('A faction of Tehreek-e-Taliban Pakistan claimed the attack. TTP fighters fled.');
    assert.deepEqual(got.get('TTP'), { type: 'organization', canonical: 'Tehreek-e-Taliban Pakistan' });
  });

  it('links a later surname to the full name introduced earlier', () => {
    const got = names('Police chief Hana Okafor spoke first. Later, Okafor said the road would reopen.');
    assert.deepEqual(got.get('Okafor'), { type: 'person', canonical: 'Hana Okafor' });
  });

  it('reads an ALL-CAPS dateline as a place', () => {
    const got = names('KAMPALA: Officials in Uganda said on Monday that the bridge had reopened.');
    assert.equal(got.get('KAMPALA')?.type, 'place');
    assert.equal(got.get('Uganda')?.type, 'place');
  });

  it('takes only known names from a Title Case headline', () => {
    const text = 'Brazil Faces Tough Choices As Lula Weighs Reform\n\nSAO PAULO: Brazil is divided over the plan.';
    const got = names(text);
    assert.equal(got.get('Brazil')?.type, 'place');
    assert.ok(!got.has('Tough Choices'));
    assert.ok(!got.has('Faces Tough Choices'));
  });

  it('does not take an ordinary word opening a sentence for a name', () => {
    const got = names('Record rainfall hit the region. Critics blamed planners.');
    assert.equal(got.size, 0, [...got.keys()].join(', '));
  });

  it('uses place cues for unknown single names: prepositions, coordination, place nouns', () => {
    const got = names('Clinics in Batumbi and Koraleh were closed, and residents of Ndembo were moved near the Sakar district.');
    assert.equal(got.get('Batumbi')?.type, 'place');
    assert.equal(got.get('Koraleh')?.type, 'place');
    assert.equal(got.get('Ndembo')?.type, 'place');
  });

  it('splits a hyphenated pair of names introduced earlier', () => {
    const got = names('Talks between Amina Diallo and Pierre Lemaire went well. The Diallo-Lemaire accord was signed.');
    assert.equal(got.get('Diallo')?.type, 'person');
    assert.equal(got.get('Lemaire')?.type, 'person');
  });

  it('uses appositives to tell organisations from people', () => {
    const got = names('Investors sold, according to Orion Valores, a Lima brokerage, while Mara Quispe, a former governor, disagreed.');
    assert.equal(got.get('Orion Valores')?.type, 'organization');
    assert.equal(got.get('Mara Quispe')?.type, 'person');
  });

  it('keeps initials and abbreviated titles inside a name', () => {
    const got = names('Yesterday P. Simmons met Dr. Helen Ashworth in St. Louis.');
    assert.equal(got.get('P. Simmons')?.type, 'person');
    assert.equal(got.get('Helen Ashworth')?.type, 'person');
    assert.equal(got.get('St. Louis')?.type, 'place');
  });

  it('takes no contraction or plural abbreviation for a name, but keeps names with an apostrophe', () => {
    const text = "He said then that I'm sure and You’re welcome, as the MPs told Mary O'Brien and O’Neill.";
    const taken = recognizeNamesByRules(text).map((s) => text.slice(s.start, s.end));
    for (const word of ["I'm", 'You’re', 'MPs']) assert.ok(!taken.includes(word), `unexpected ${word}`);
    assert.ok(taken.includes("Mary O'Brien"));
    assert.ok(taken.includes('O’Neill'));
  });

  it('recognises every expected name of an invented fixture article', () => {
    const text = readFileSync(join(FIXTURES, 'entities', 'harbour-authority.txt'), 'utf8');
    const expected = parse(readFileSync(join(FIXTURES, 'entities', 'harbour-authority.expected.yaml'), 'utf8')) as {
      present: { text: string; type: string; canonical?: string }[];
      absent: string[];
    };
    const got = names(text);
    for (const e of expected.present) {
      assert.equal(got.get(e.text)?.type, e.type, `${e.text}: expected ${e.type}, got ${got.get(e.text)?.type ?? 'nothing'}`);
      if (e.canonical) assert.equal(got.get(e.text)?.canonical, e.canonical, e.text);
    }
    for (const a of expected.absent) assert.ok(![...got.keys()].some((k) => k.includes(a)), `unexpected ${a}`);
  });
});
