import type { Mention, QuantityValue } from '../../types';
import type { Rule, RuleHit } from '../rule';
import type { RuleContext } from '../context';
import { CUE_DEATH } from '../cues';
import { allMatches } from '../text';

// "the 17 victims", "the new 1.5 per cent level", "the £34.1m overspend": a figure presented as already known.
const DEFINITE = /\b(?:the|its|their|his|her|our)\s+(?:(?:new|same|original|total|reported|official|initial|full|final|entire|whole|record|current|agreed)\s+)?$/i;
const CASUALTY_NOUN = /^(?:victims|dead|deaths|killed|bodies|casualties|fatalities|lives)$/;
const CASUALTY_CONTEXT = /\b(?:killed|dead|died|death\s+toll|deaths|lost\s+their\s+lives|bodies|were\s+killed|have\s+died)\b/i;
const PEOPLE_NOUN = /^(?:people|persons|civilians|residents|others|men|women|children|villagers|passengers)$/;
const WORKFORCE_NOUN = /^(?:workers|dockworkers|employees|staff|members|strikers|miners|nurses|doctors|teachers|drivers|dockers|union\s+members)$/;
const LEVEL_NOUN = /^\s*(?:level|rate|target|threshold|ceiling|cap|floor|benchmark)\b/i;

function val(m: Mention): QuantityValue {
  return m.normalized as QuantityValue;
}

function singular(noun: string): string {
  return noun.replace(/ies$/, 'y').replace(/s$/, '');
}

/** What a count counts, coarse enough that "14 people (killed)" and "the 17 victims" match. */
function countKey(m: Mention, sentence: string): string {
  const noun = val(m).unit;
  if (CASUALTY_NOUN.test(noun) || (PEOPLE_NOUN.test(noun) && CASUALTY_CONTEXT.test(sentence))) return 'casualty';
  if (WORKFORCE_NOUN.test(noun)) return 'workforce';
  return singular(noun);
}

/** True when `a` is `b` rounded to `a`'s precision (3 for 3.2, 30,000 for 31,400): a summary, not a contradiction. */
function isRounding(a: number, b: number): boolean {
  if (a === b) return false;
  let step: number;
  if (Number.isInteger(a)) {
    step = 1;
    while (a !== 0 && a % (step * 10) === 0) step *= 10;
  } else step = 10 ** -(String(a).split('.')[1]?.length ?? 0);
  return Math.abs(Math.round(b / step) * step - a) < step / 1000;
}

/** True when the two figures are written with the same digits in another order (34.1 / 31.4): a transposition. */
function transposed(a: string, b: string): boolean {
  const da = a.replace(/\D/g, '');
  const db = b.replace(/\D/g, '');
  return da !== db && da.length >= 2 && [...da].sort().join('') === [...db].sort().join('');
}

/** Content words of a count besides its number and noun ("Kyrgyz" in "three Kyrgyz border guards"). */
function modifiers(m: Mention): string[] {
  return m.text.toLowerCase().split(/\s+/).slice(1, -1).filter((w) => /^[a-z\p{L}]{3,}$/u.test(w) && !/^(?:more|than|about|over|some|nearly|almost|least|most)$/.test(w));
}

// "the death toll rose to 14": a casualty count written without its noun.
const TOLL = /\bdeath\s+toll\s+(?:has\s+)?(?:of|at|to|is|was|stands\s+at|stood\s+at|rose\s+to|has\s+risen\s+to|climbed\s+to|reached|hit)\s+(?:at\s+least\s+)?(\d{1,3}(?:,\d{3})*|\d+)\b/gi;

// A death toll cannot be stated without the word "death": the context's sentence cues (CUE_DEATH) skip most blocks.
function tollFigures(ctx: RuleContext): Mention[] {
  const out: Mention[] = [];
  for (const b of ctx.blocks) {
    if (b.kind === 'meta' || b.kind === 'chrome' || !(ctx.blockCues(b) & CUE_DEATH)) continue;
    for (const m of allMatches(TOLL, b.text)) {
      const start = b.start + m.index! + m[0].length - m[1].length;
      if (ctx.quantities.some((q) => q.start <= start && start < q.end)) continue;
      out.push({ start, end: start + m[1].length, text: m[1], type: 'quantity', confidence: 0.8, normalized: { kind: 'quantity', value: Number(m[1].replace(/,/g, '')), unit: 'dead', category: 'count' } });
    }
  }
  return out;
}

/** `numeric-contradiction`: the same quantity given different values in one article. */
export const numericContradiction: Rule = {
  id: 'numeric-contradiction',
  title: 'Contradictory figures',
  defaultSeverity: 'warning',
  summary: 'The same quantity (a death toll, a vote count, a sum, a rate) given different values in one article.',
  check(ctx) {
    const hits: RuleHit[] = [];
    const sentenceOf = (m: Mention): string => ctx.locate(m.start)?.sentence.text ?? '';
    const precededBy = (m: Mention, re: RegExp): boolean => re.test(ctx.text.slice(Math.max(ctx.article.start, m.start - 24), m.start));
    const all = [...ctx.quantities.filter((m) => ctx.locate(m.start)?.block.kind !== 'meta'), ...tollFigures(ctx)].sort((a, b) => a.start - b.start);
    for (const d of all) {
      const dv = val(d);
      if (!precededBy(d, DEFINITE) || ctx.inQuote(d.start)) continue;
      let same: (m: Mention) => boolean;
      if (dv.category === 'count') {
        if (!/\d|^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i.test(d.text) || dv.value < 2) continue;
        const key = countKey(d, sentenceOf(d));
        const group = key === 'casualty' || key === 'workforce';
        // Outside casualty and workforce counts, "the two men" vs "three men" is usually two groups; a shared modifier ("Kyrgyz") ties them.
        const mods = modifiers(d);
        // A transposed figure ("5,320 votes" after "5,230 votes") is a contradiction whatever the noun.
        same = (m) => val(m).category === 'count' && countKey(m, sentenceOf(m)) === key && val(m).value >= 2 && (group || modifiers(m).some((w) => mods.includes(w)) || transposed(m.text, d.text));
      } else if (dv.category === 'percent') {
        if (!LEVEL_NOUN.test(ctx.text.slice(d.end, d.end + 20))) continue;
        // Earlier levels are stated as "to/at N per cent" in a sentence about the same kind of level.
        const noun = LEVEL_NOUN.exec(ctx.text.slice(d.end, d.end + 20))![0].trim().toLowerCase();
        same = (m) => val(m).category === 'percent' && val(m).unit === dv.unit && precededBy(m, /\b(?:to|at)\s+$/) && new RegExp(`\\b(?:${noun}|rate)\\b`, 'i').test(sentenceOf(m));
      } else if (dv.category === 'money') {
        // Different sums abound in one story; a sum whose digits are a transposition of an earlier one is the tell.
        if (dv.value < 1000 || /^\s*(?:record|high|low|peak|level)\b/i.test(ctx.text.slice(d.end, d.end + 12))) continue;
        same = (m) => val(m).category === 'money' && val(m).unit === dv.unit && transposed(m.text, d.text);
      } else continue;
      const peers = all.filter((m) => m !== d && same(m));
      // Consistent if the figure appears anywhere else with the same value.
      if (peers.some((m) => val(m).value === dv.value)) continue;
      const earlier = peers.find((m) => m.start < d.start && val(m).value !== dv.value && !isRounding(dv.value, val(m).value) && !isRounding(val(m).value, dv.value) && Math.max(val(m).value, dv.value) / Math.min(val(m).value, dv.value) <= 2);
      if (!earlier) continue;
      hits.push({
        start: d.start,
        end: d.end,
        message: `"${d.text}" contradicts "${earlier.text}" given earlier in the article for what looks like the same figure.`,
        related: [{ start: earlier.start, end: earlier.end, message: `given as "${earlier.text}" here` }],
        data: { value: dv.value, other: val(earlier).value },
      });
    }
    return hits;
  },
};
