import * as assert from 'node:assert/strict';
import { nameInconsistency } from '../../../src/core/claims/rules/nameInconsistency';
import { distinctSurnames, isVariantSpelling, nameOccurrences } from '../../../src/core/claims/names';
import { loadLabelled } from '../../support/labels';
import { flagged, page } from './helpers';

describe('claims: name-inconsistency', () => {
  it('flags the rarer of two spellings of one person', () => {
    const text = page([
      'Chairman Declan Fairbairn said the club would appeal.',
      'Fairbairn said the decision was unfair.',
      'Declan Fairburn later declined to comment.',
    ]);
    assert.deepEqual(flagged(nameInconsistency, text), ['Declan Fairburn']);
  });
  it('handles particles and near-identical given names', () => {
    const text = page([
      'Minister Marieke van Oosterwijk said the rules were needed.',
      'Envoy Farrukh Rahimzoda arrived on Monday.',
      'Marieke van Oosterwyk and Farukh Rakhimzoda met later.',
    ]);
    assert.deepEqual(flagged(nameInconsistency, text).sort(), ['Farukh Rakhimzoda', 'Marieke van Oosterwyk'].sort());
  });
  it('does not flag two different people or derived forms', () => {
    const text = page([
      'Shadow Home Secretary David Davis said the plan failed.',
      'Ian Davies, a lawyer, said it was legal.',
      'Kenya and Kenyan officials, and Russia and Russian troops, were named.',
    ]);
    assert.deepEqual(flagged(nameInconsistency, text), []);
  });
  it('reports knowledge-base misspellings passed by the recognizer', () => {
    const text = page(['Ambassador Jian Zedong met the minister.']);
    const at = text.indexOf('Jian Zedong');
    const hits = flagged(nameInconsistency, text, [{ start: at, end: at + 11, text: 'Jian Zedong', type: 'person', confidence: 0.5, misspellingOf: 'jiang-zaidong' }]);
    assert.deepEqual(hits, ['Jian Zedong']);
  });
  it('variant spelling: small edits only, accents and prefixes excluded', () => {
    assert.ok(isVariantSpelling('Benalcázar', 'Belalcázar'));
    assert.ok(isVariantSpelling('Ferraresi', 'Ferrarese'));
    assert.ok(!isVariantSpelling('Benalcázar', 'Benalcazar'));
    assert.ok(!isVariantSpelling('Kenya', 'Kenyan'));
    assert.ok(!isVariantSpelling('Johnson', 'Jackson'));
  });
});

describe('distinctSurnames', () => {
  // The surnames of nameOccurrences (which finds the capitalised words with a regex), in order of first
  // occurrence, but for the four-letter ASCII ones (they fold to four letters: never a variant spelling).
  const canBeVariant = (w: string): boolean => w.length >= 5 || /[^\x00-\x7f]/.test(w);
  const reference = (text: string): string[] => [...new Set(nameOccurrences(text, 0).map((o) => o.surname))].filter(canBeVariant);
  const collected = (text: string): string[] => distinctSurnames([text]);

  it('finds the surnames nameOccurrences finds, on edge cases', () => {
    const cases = [
      '', 'A', 'Ab', 'Abc', 'Abcd', 'ABCD Abcd', 'Mr Smith met Mrs Jones', "O'Neill's Smiths’ Jones’ Lee- Okonkwo-Ade", 'Éric Çelik Ørsted Łukasz Ñandú',
      'İstanbul Ἀθῆναι ΟΔΟΣ Οδός Straße', '𝐀𝐛𝐜𝐝 𝐀bcd A𝐛cd', 'x\ud800Abcd \udc00Abcd Ab\ud800cd', 'The Monday President Dr', 'McDonald MacLeod DeVito',
      'Ab’cd Ab\'cd Ab-cd', 'ǅemal ǅǅǅǅ', 'Kelvin\u212Aabc', 'aBcd Abcd1Efgh', 'Jean-Luc Picard’s',
    ];
    for (const t of cases) assert.deepEqual(collected(t), reference(t), JSON.stringify(t));
  });

  it('finds the surnames nameOccurrences finds, on the labelled articles', () => {
    for (const f of loadLabelled()) assert.deepEqual(collected(f.text), reference(f.text), f.file);
  });

  it('lists a surname once, at its first occurrence in any of the texts', () => {
    const texts = ['The Smiths and Mr Jones', 'Jones met Okonkwo and The Monday', "Okonkwo's Smith"];
    assert.deepEqual(distinctSurnames(texts), [...new Set(texts.flatMap((t) => reference(t)))]);
    assert.deepEqual(distinctSurnames(texts), ['Smiths', 'Jones', 'Okonkwo', 'Smith']);
  });
});

describe('nameOccurrences of one surname', () => {
  // The full list's occurrences of that surname, with the same spans, given names and cues.
  const reference = (text: string, surname: string, base = 7) => nameOccurrences(text, base).filter((o) => o.surname === surname);

  it('finds what the full list holds for the surname, on edge cases', () => {
    const cases = [
      "Mr Smith met Smith's wife, John Smiths and Dr. Smith; Smith said so. Smithson Smith-Jones",
      'Ludwig van Beethoven and Beethoven’s Beethoven- beethoven', 'Mr Okonkwo, Declan Okonkwo Fairbairn and Okonkow', '', 'Smith',
    ];
    for (const t of cases) {
      for (const surname of distinctSurnames([t])) assert.deepEqual(nameOccurrences(t, 7, surname), reference(t, surname), `${JSON.stringify(t)} ${surname}`);
      assert.deepEqual(nameOccurrences(t, 7, 'Nowhere'), []);
    }
  });

  it('finds what the full list holds for each surname, on the labelled articles', () => {
    for (const f of loadLabelled()) for (const surname of distinctSurnames([f.text])) assert.deepEqual(nameOccurrences(f.text, 0, surname), reference(f.text, surname, 0), `${f.file} ${surname}`);
  });
});
