import * as assert from 'node:assert/strict';
import { asciiKeyHash, gazetteerKey, gazetteerLookup, gazetteerMayStartWith } from '../../../src/core/entities/gazetteer';
import { CAPITALS, CITIES, COUNTRIES, REGIONS, THE_PLACES } from '../../../src/core/entities/data/places';
import { DEMONYMS, ORGANIZATIONS } from '../../../src/core/entities/data/misc';

const names = (list: string | readonly string[]) => (typeof list === 'string' ? list.split('|') : [...list]);

describe('gazetteer', () => {
  it('hashes an ASCII name as its key, without building the key', () => {
    for (const s of ['Pakistan', 'NEW  YORK', 'new york', ' The\tHague ', 'Al-Qaeda', "O'Brien", 'x\n\r\fy', '', 'G7']) {
      assert.equal(asciiKeyHash(s), asciiKeyHash(gazetteerKey(s)), JSON.stringify(s));
      assert.ok(asciiKeyHash(s) >= 0);
    }
    assert.notEqual(asciiKeyHash('Pakistan'), asciiKeyHash('Pakistani'));
    assert.equal(asciiKeyHash('São Paulo'), -1);
    assert.equal(asciiKeyHash('Pakistan’s'), -1);
  });

  it('keys ASCII names by their lower case, others by the full folding', () => {
    assert.equal(gazetteerKey('New York'), 'new york');
    assert.equal(gazetteerKey('New  York'), 'new york');
    assert.equal(gazetteerKey('New\tYork '), 'new york ');
    assert.equal(gazetteerKey('São Paulo'), 'sao paulo');
    assert.equal(gazetteerKey('Côte d’Ivoire'), "cote d'ivoire");
  });

  it('finds every listed name whatever its case and spacing', () => {
    for (const name of [...names(COUNTRIES), ...names(CITIES), ...names(ORGANIZATIONS), ...names(DEMONYMS)]) {
      for (const variant of [name, name.toUpperCase(), name.toLowerCase(), name.replace(/ /g, '  ')])
        assert.ok(gazetteerLookup(variant), `${variant} (${name})`);
    }
  });

  it('may start a name with every first word and prefix of a listed name', () => {
    for (const name of [...names(COUNTRIES), ...names(CITIES), ...names(ORGANIZATIONS), ...names(DEMONYMS)]) {
      const first = name.split(' ')[0];
      for (const word of [first, first.toUpperCase(), first.slice(0, 2), name.split(/[ -]/)[0]]) assert.ok(gazetteerMayStartWith(word), `${word} (${name})`);
    }
    assert.ok(gazetteerMayStartWith('Wroc')); // the ASCII start of `Wrocław`
    let rejected = 0;
    const others = ['Smith', 'Mohsin', 'Naqvi', 'Tuesday', 'Minister', 'Ashworth', 'Harvey', 'Simmons', 'Ferraresi', 'Olsson'];
    for (const word of others) if (!gazetteerMayStartWith(word)) rejected++;
    assert.ok(rejected >= 7, `only ${rejected} of ${others.length} rejected`);
  });

  it('may start a name with every name it holds, and with each one’s first word (the rules skip lookups when it may not)', () => {
    for (const name of [COUNTRIES, CAPITALS, THE_PLACES, CITIES, REGIONS, ORGANIZATIONS, DEMONYMS].flatMap(names)) {
      for (const variant of [name, name.toUpperCase(), name.split(' ')[0]]) {
        if (gazetteerLookup(variant)) assert.ok(gazetteerMayStartWith(variant), `${variant} (${name})`);
        if (variant.includes(' ')) assert.ok(gazetteerMayStartWith(variant.split(' ')[0]), `${variant} (${name})`);
      }
    }
  });

  it('answers no for names it does not hold, ASCII or not', () => {
    for (const s of ['Smith', 'Mohsin Naqvi', 'Pakistan China', 'Pakista', 'Sørlie', 'Naqvi’s', 'the', ''])
      assert.equal(gazetteerLookup(s), undefined, s);
    assert.equal(gazetteerLookup('PAKISTAN')?.kind, 'country');
  });
});
