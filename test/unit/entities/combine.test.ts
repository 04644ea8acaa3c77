import * as assert from 'node:assert/strict';
import { combineNameSpans, DEFAULT_COMBINE, learnedFocus } from '../../../src/core/entities/combine';
import { COMMON_WORDS, TITLE_HEADS, TITLE_MODIFIERS } from '../../../src/core/entities/data/cues';
import { seededRandom } from '../../../src/core/text/random';
import type { NameSpan, Span } from '../../../src/core/types';
import { labelledTexts } from '../../support/labels';

// Plain statements of what learnedFocus and combineNameSpans compute (scans and a sort), as oracles.
const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

function plainFocus(text: string, region: Span, rules: readonly NameSpan[], titles: readonly Span[]): Span[] {
  const out: Span[] = rules.filter((r) => r.confidence < DEFAULT_COMBINE.ruleFirm && !titles.some((t) => overlaps(t, r)));
  const word = /\p{Lu}[\p{L}\p{M}\p{N}'’.-]*/gu;
  word.lastIndex = region.start;
  for (let m = word.exec(text); m && m.index < region.end; m = word.exec(text)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (rules.some((r) => r.start < span.end && r.end > span.start)) continue;
    if (COMMON_WORDS.has(m[0].replace(/[.’'-]+$/, ''))) continue;
    if (!titles.some((t) => overlaps(t, span))) out.push(span);
  }
  return out;
}

function plainCombine(text: string, rules: readonly NameSpan[], learned: readonly NameSpan[], titles: readonly Span[]): NameSpan[] {
  const bare = (s: string) => s.split(/\s+/).every((w) => TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w) || w === 'of' || w === 'the');
  const candidates = learned.filter((x) => {
    const surface = text.slice(x.start, x.end);
    return x.confidence >= DEFAULT_COMBINE.learnedMin && /^[\p{Lu}\p{N}]/u.test(surface) && !bare(surface) && !titles.some((r) => overlaps(r, x));
  });
  const out = rules.filter((r) => r.confidence >= DEFAULT_COMBINE.ruleFirm || !candidates.some((x) => overlaps(x, r)));
  for (const x of candidates) if (!out.some((y) => overlaps(x, y))) out.push(x);
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Sorted, non-overlapping spans on word boundaries, some ending inside a word (`O'Brien`, `Smith-Jones`). */
function randomSpans(random: () => number, text: string, chance: number): NameSpan[] {
  const out: NameSpan[] = [];
  const types = ['person', 'organization', 'place', 'misc'] as const;
  const cuts = [0];
  for (let i = 1; i < text.length; i++) if (/[\s'’.-]/.test(text[i]) || /\s/.test(text[i - 1])) cuts.push(i);
  cuts.push(text.length);
  for (let k = 0; k + 1 < cuts.length; k++) {
    if (random() >= chance) continue;
    const end = cuts[Math.min(cuts.length - 1, k + 1 + Math.floor(random() * 3))];
    out.push({ start: cuts[k], end, type: types[Math.floor(random() * 4)], confidence: [0.4, 0.55, 0.7, 0.92, 0.97][Math.floor(random() * 5)] });
    while (k + 1 < cuts.length && cuts[k + 1] < end) k++;
  }
  return out;
}

const TEXT =
  "Prime Minister Keir Starmer met O'Brien-Smith of the Ministry of Foreign Affairs in São Paulo.\n" +
  'The Acting Permanent Representative said ÉCOLE Normale and McDonald’s would respond; However, Dr. Ada Lovelace-Byron disagreed.\n' +
  'U.N. envoy Ümit Özdağ spoke in 2024 to 3M and the BBC. “Yes,” said Anne-Marie. Her Majesty’s Government.';

describe('combining rule and learned names', () => {
  it('focuses on the words the plain scan finds, whatever the rule spans cover', () => {
    const random = seededRandom(3);
    for (let round = 0; round < 300; round++) {
      const rules = randomSpans(random, TEXT, 0.3);
      const start = Math.floor(random() * 40);
      const region = { start, end: TEXT.length - Math.floor(random() * 40) };
      const titles = random() < 0.5 ? [] : [{ start: 0, end: 30 }];
      assert.deepEqual(learnedFocus(TEXT, region, rules, titles), plainFocus(TEXT, region, rules, titles));
    }
  });

  it('scans the capitalised words the pattern matches, astral letters, marks and lone surrogates included', () => {
    const odd = '𝐀𝐁c d𝐂 Ünter-A’s x.Y‐Z \ud800Ab \udc00Cd É\u0301t « Œuvre » ΑΒΓ ᾈ ǅungla 3M 𝟘 Ⅻ ⓐ ǈ';
    const texts = [TEXT, odd, ...labelledTexts().map((t) => t.text)];
    const random = seededRandom(7);
    for (const text of texts) {
      for (let round = 0; round < 5; round++) {
        const start = round === 0 ? 0 : Math.floor(random() * text.length);
        const region = { start, end: round === 0 ? text.length : start + Math.floor(random() * (text.length - start + 1)) };
        assert.deepEqual(learnedFocus(text, region, []), plainFocus(text, region, [], []));
      }
    }
  });

  it('combines as the plain scans and sort do', () => {
    const random = seededRandom(5);
    for (let round = 0; round < 300; round++) {
      const rules = randomSpans(random, TEXT, 0.25);
      const learned = randomSpans(random, TEXT, 0.25);
      const titles = random() < 0.5 ? [] : [{ start: 0, end: 30 }];
      assert.deepEqual(combineNameSpans(TEXT, rules, learned, titles), plainCombine(TEXT, rules, learned, titles));
    }
  });
});
