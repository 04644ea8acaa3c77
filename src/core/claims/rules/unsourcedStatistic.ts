import type { Mention, QuantityValue } from '../../types';
import type { Rule, RuleHit } from '../rule';
import { hasAttribution, hasNamedAttribution } from '../attribution';
import type { Sentence } from '../text';

// Counts of these are scores, schedules or calendar facts, not statistics needing a source.
const TRIVIAL_UNITS = /^(?:points?|goals?|games?|matches|sets?|rounds?|laps?|runs?|wickets?|innings|holes?|shots?|minutes?|seconds?|times?|years?|days?|months?|weeks?|hours?|pages?|episodes?|chapters?|songs?|tracks?|albums?|films?|books?|seasons?|stages?|legs?|titles?|caps?|others?|members?|seats?|candidates?|countries|nations|states|cities|teams?|sides?|clubs?|players?|parties|categories|awards?|nominations?|models?|versions?|editions?|words?|lines?|steps?|ways?|kinds?|types?|options?|places?|spots?|positions?|ones?)$/;
// Market prices and share moves are public record; the exchange is the source.
const MARKET = /\b(?:[Ss]hares?|[Ss]tocks?|[Ii]ndex|[Ii]ndices|Dow|Nasdaq|FTSE|Nikkei|Dax|Cac|[Tt]raded|[Tt]rading|[Ee]xchange\s+rate)\b/;
const CASUALTY_UNITS = /^(?:killed|dead|deaths|victims|casualties|injured|wounded|fatalities|people|civilians)$/;
// "a £7m musical", "(£57.2m)": a description or a currency conversion, not a claim of its own.
const DESCRIPTIVE_BEFORE = /(?:\b(?:an?|the|its|their|his|her)\s+|\(\s*|\/\s*)$/i;
// A sentence that forecasts, hedges or asks is not a statement of fact (speculative-claim covers forecasts).
// Case-sensitive so that the month "May" is not the modal "may".
const NOT_FACT = /\b(?:will|would|could|might|may|should|[Ii]f|expects?|expected|forecasts?|predicts?|aims?|plans?|hopes?|wants?|targets?|goals?|calls?\s+for|proposed|proposals?|pledged?|promised?|vowed?|offered|bid|seeks?)\b|\?/;
// A poll's figures ("44% of those questioned") point to the poll, named nearby.
const SURVEY = /\b(?:those|people|adults|voters|respondents|users|parents|consumers)\s+(?:asked|questioned|surveyed|polled|interviewed)\b|\brespondents\b|\bsurvey(?:ed)?\b|\bpoll(?:ed)?\b/i;
// "the 17 victims", "its 4,200 members": a reference back to a figure, not a new claim.
const BACK_REFERENCE = /\b(?:the|its|their|his|her|our|these|those|of)\s+$/i;

function worthSourcing(m: Mention): boolean {
  const q = m.normalized as QuantityValue;
  if (q.category === 'money') return q.value >= 1000;
  if (q.category === 'percent') return /\d/.test(m.text) && q.unit !== 'bp';
  // Casualty counts matter from a handful; other counts from a hundred (smaller ones are rarely statistics).
  const min = CASUALTY_UNITS.test(q.unit) ? 10 : 100;
  if (q.category === 'count') return /\d/.test(m.text) && q.value >= min && !TRIVIAL_UNITS.test(q.unit) && !/^(?:19|20)\d\d$/.test(m.text.replace(/\D.*$/, ''));
  return false;
}

/** `unsourced-statistic`: a specific count, sum or percentage stated as fact with no source in its sentence. */
export const unsourcedStatistic: Rule = {
  id: 'unsourced-statistic',
  title: 'Unsourced statistic',
  defaultSeverity: 'information',
  summary: 'A specific count, sum of money or percentage stated as fact with no attribution.',
  check(ctx) {
    const hits: RuleHit[] = [];
    // One finding per paragraph: a paragraph of figures is one question for the checker, not five.
    const flaggedBlocks = new Set<number>();
    // Whether a sentence sources, hedges or is about markets or polls: asked once per sentence (many hold several figures).
    const excused = new Map<Sentence, boolean>();
    const isExcused = (sentence: Sentence): boolean => {
      let e = excused.get(sentence);
      if (e === undefined) {
        e = hasAttribution(sentence.text) || NOT_FACT.test(sentence.text) || MARKET.test(sentence.text) || SURVEY.test(sentence.text);
        excused.set(sentence, e);
      }
      return e;
    };
    for (const q of ctx.quantities) {
      if (!worthSourcing(q) || ctx.inQuote(q.start)) continue;
      const where = ctx.locate(q.start);
      if (!where || where.block.kind !== 'paragraph') continue;
      const { sentence } = where;
      if (flaggedBlocks.has(where.block.start)) continue;
      const lead = ctx.text.slice(Math.max(sentence.start, q.start - 12), q.start);
      if (BACK_REFERENCE.test(lead) || DESCRIPTIVE_BEFORE.test(lead)) continue;
      if (isExcused(sentence)) continue;
      // Attributed context: the next sentence names who says so ("… The company said it …").
      const next = where.block.sentences[where.index + 1]?.text ?? '';
      if (hasNamedAttribution(next) && /^(?:\S+\s+){0,6}?(?:said|says|told|added|reported|announced|estimated|according)\b/.test(next)) continue;
      flaggedBlocks.add(where.block.start);
      hits.push({
        start: q.start,
        end: q.end,
        message: `"${q.text}" is stated as fact with no source in its sentence: who counted it?`,
        data: { value: (q.normalized as QuantityValue).value, unit: (q.normalized as QuantityValue).unit },
      });
    }
    return hits;
  },
};
