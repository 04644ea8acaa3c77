import type { Mention, QuantityValue } from '../../types';
import { DAYS_PER_UNIT } from '../../entities/quantities';
import type { Rule, RuleHit } from '../rule';
import { CUE_AGE, CUE_CAPACITY, CUE_PART_OF_WHOLE } from '../cues';
import type { RuleContext } from '../context';
import { allMatches } from '../text';

/** Longest plausible duration, in days, of events that are over within hours or days. */
const EVENT_MAX_DAYS: readonly [RegExp, number, string][] = [
  [/^(?:(?:tele)?phone\s+call|video\s+call|call|conversation|speech|address|interview|press\s+conference|news\s+conference|handshake|briefing|phone\s+conversation)$/i, 1, 'a call, speech or interview'],
  [/^(?:meeting|session|hearing|audience|encounter)$/i, 7, 'a meeting'],
  [/^(?:summit)$/i, 21, 'a summit'],
  [/^(?:visit|trip|tour)$/i, 180, 'a visit'],
];
const LASTED = /\b(?:lasted|lasting|lasts|last|went\s+on|ran|running|stretched)\s+(?:for\s+)?(?:(?:well\s+)?over\s+|more\s+than\s+|nearly\s+|almost\s+|about\s+|some\s+|just\s+)?$/i;
const SHARE_CONTEXT = /\b(?:turnout|share|of\s+(?:the\s+)?(?:registered\s+)?(?:voters|vote|votes|electorate|population|residents|households|adults|seats|members|respondents|students|workers|staff|total|market|capacity)|of\s+all\b|occupancy|attendance\s+rate|approval|support(?:ed)?\s+by)\b/i;
const GROWTH_CONTEXT = /\b(?:rose|rise|rising|risen|grew|grow|growth|increase|increased|jumped|surged|soared|up|higher|more\s+than|gain|gained|climbed|return|returns|markup|inflation|interest|times)\b/i;
const ROLE = /\b(?:minister|president|prime\s+minister|mp|senator|governor|mayor|judge|ceo|chief\s+executive|chairman|chairwoman|general|ambassador|director|officer|soldier|pilot|professor|lawyer|candidate|voter)\b/i;
/** Rough US-dollar value of one unit, to compare sums across currencies (orders of magnitude only). */
// A Map: read as an object with a currency code as key, it was a megamorphic keyed load.
const USD_PER_UNIT: ReadonlyMap<string, number> = new Map(Object.entries({
  USD: 1, EUR: 1.1, GBP: 1.3, JPY: 0.007, CNY: 0.14, INR: 0.012, PKR: 0.0036, THB: 0.03, CHF: 1.1, AED: 0.27, SAR: 0.27, KES: 0.008, NGN: 0.0007, ZAR: 0.055, RUB: 0.011, TRY: 0.03, ZMW: 0.04,
}));
const WORLD_OUTPUT_USD = 1.2e14;
const CAPACITY = /(\d{1,3}(?:,\d{3})+|\d+)(?:-|\s+)(?:capacity|seat(?:er)?|seat\s+capacity)\b|\bcapacity\s+of\s+(\d{1,3}(?:,\d{3})+|\d+)/gi;
const CROWD = /\b(?:crowd|attendance|audience|gate|spectators|fans)\s+(?:of\s+)?(?:some\s+|about\s+|more\s+than\s+|over\s+|nearly\s+)?(\d{1,3}(?:,\d{3})+|\d+)\b|\b(\d{1,3}(?:,\d{3})+|\d+)\s+(?:spectators|fans)\s+(?:packed|filled|crammed|watched\s+(?:at|in))/gi;
const MEMBER_BODY = /\b(\d{1,3}(?:,\d{3})*)-(?:member|seat)\s+(?:house|parliament|assembly|chamber|council|senate|legislature|board|committee|congress)\b/gi;
const PART_OF_WHOLE = /\b(\d{1,3}(?:,\d{3})+|\d+)\s+(?:out\s+)?of\s+(?:the|its|their|all|a\s+total\s+of)\s+(\d{1,3}(?:,\d{3})+|\d+)\b/gi;
const BEYOND_ECONOMY = /\b(?:cost|costs|costing|lost|lose|losses|damage|wiped)\b[^.;]{0,80}?\b(?:more\s+than|over|exceed(?:s|ed|ing)?|greater\s+than|larger\s+than|bigger\s+than)\s+(?:[A-Z][\w’']*(?:\s+[A-Z][\w’']*)*[’']s?\s+)(?:entire\s+|whole\s+|total\s+)?(?:annual\s+|yearly\s+)?(?:gross\s+domestic\s+product|GDP|economic\s+output|national\s+output|economy)\b/g;
const AGE = /\b(\d{1,3})-year-old\b|\baged\s+(\d{1,3})\b/g;
// What every BEYOND_ECONOMY match ends with: a possessive and the economy it names. It starts with
// an apostrophe, and few texts hold many: it is tried at each one (hasEconomyCue).
const ECONOMY_CUE = /[’']s?\s+(?:entire\s+|whole\s+|total\s+)?(?:annual\s+|yearly\s+)?(?:gross\s+domestic\s+product|GDP|economic\s+output|national\s+output|economy)/y;

/**
 * ECONOMY_CUE anywhere in the text: tried at each apostrophe, found by indexOf (a tenth of the
 * cost of the regex engine's own search of the text, which visits every character).
 */
function hasEconomyCue(text: string): boolean {
  return hasEconomyCueAfter(text, '’') || hasEconomyCueAfter(text, "'");
}

function hasEconomyCueAfter(text: string, apostrophe: string): boolean {
  for (let i = text.indexOf(apostrophe); i !== -1; i = text.indexOf(apostrophe, i + 1)) {
    ECONOMY_CUE.lastIndex = i;
    if (ECONOMY_CUE.test(text)) return true;
  }
  return false;
}
// Text each pattern cannot match without, searched before the pattern (which is tried at every
// position): most blocks and articles hold none. PART_OF_WHOLE and AGE have theirs among the
// sentence cues the context computes (CUE_PART_OF_WHOLE, CUE_AGE of ../cues).
// Words CAPACITY and MEMBER_BODY cannot match without, in any case (cheaper than searching the article lower-cased).
const CAPACITY_CUE = /capacity|seat/i;
// Tried at each hyphen, found by indexOf (a search the regex engine does not speed up for a case-blind pattern).
const MEMBER_BODY_CUE = /-(?:member|seat)/iy;

/**
 * Whether CAPACITY can match in the article's text. Its words ("capacity", "seat") lie in the
 * sentence of a block whose cues tell (CUE_CAPACITY) when all text between the blocks is blank
 * (as it is in segmented articles); otherwise the article's text is searched.
 */
function mayStateCapacity(ctx: RuleContext, articleText: string): boolean {
  let at = ctx.article.start;
  let cues = 0;
  for (const block of ctx.blocks) {
    if (block.start > at && NOT_BLANK.test(ctx.text.slice(at, block.start))) return CAPACITY_CUE.test(articleText);
    at = Math.max(at, block.end);
    cues |= ctx.blockCues(block);
  }
  if (at < ctx.article.end && NOT_BLANK.test(ctx.text.slice(at, ctx.article.end))) return CAPACITY_CUE.test(articleText);
  return (cues & CUE_CAPACITY) !== 0;
}
const NOT_BLANK = /\S/;

/** MEMBER_BODY_CUE anywhere in the text. */
function hasMemberBodyCue(text: string): boolean {
  for (let i = text.indexOf('-'); i !== -1; i = text.indexOf('-', i + 1)) {
    // Only an "m" or "s" after the hyphen can start the cue's words (most hyphens join other words).
    const next = text.charCodeAt(i + 1) | 0x20;
    if (next !== 0x6d && next !== 0x73) continue;
    MEMBER_BODY_CUE.lastIndex = i;
    if (MEMBER_BODY_CUE.test(text)) return true;
  }
  return false;
}
const SHORT_EVENT = /\b(?:strike|walkout|protest|blockade|outage|closure|stoppage|shutdown|delay)\b/i;

const EVENT_NOUN = /\b(?:(?:tele)?phone\s+call|video\s+call|phone\s+conversation|press\s+conference|news\s+conference|call|conversation|speech|address|interview|handshake|briefing|meeting|session|hearing|audience|encounter|summit|visit|trip|tour)\b/gi;

/**
 * The event whose duration is given: after "that/which", the nearest event noun before it
 * ("a telephone call between the two presidents that lasted"); in a main clause, the first event
 * noun of the subject that is not inside a prepositional phrase ("The ceasefire agreed at the
 * meeting lasted three years" is about a ceasefire).
 */
function eventBefore(subject: string): string {
  const rel = /\b(?:that|which)\s+$/i.exec(subject);
  if (rel) {
    const nouns = allMatches(EVENT_NOUN, subject.slice(Math.max(0, rel.index - 80), rel.index));
    return nouns.length ? nouns[nouns.length - 1][0] : '';
  }
  const clause = subject.slice(Math.max(subject.lastIndexOf(','), subject.lastIndexOf(';')) + 1);
  for (const m of allMatches(EVENT_NOUN, clause)) {
    if (/\b(?:at|in|during|after|before|from|of|since|following|until|on)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}$/i.test(clause.slice(0, m.index))) continue;
    return m[0];
  }
  return '';
}

const num = (s: string): number => Number(s.replace(/,/g, ''));

function q(m: Mention): QuantityValue {
  return m.normalized as QuantityValue;
}

/** `implausible-quantity`: a figure that cannot be true as stated (durations, shares, parts, ages, sums, flows). */
export const implausibleQuantity: Rule = {
  id: 'implausible-quantity',
  title: 'Implausible quantity',
  defaultSeverity: 'warning',
  summary: 'A figure that cannot be true as stated: a call lasting weeks, a turnout above 100 per cent, a part larger than its whole.',
  check(ctx) {
    const hits: RuleHit[] = [];
    const push = (start: number, end: number, message: string, related: RuleHit['related'] = []): void => {
      if (!hits.some((h) => h.start < end && start < h.end)) hits.push({ start, end, message, related });
    };
    for (const m of ctx.quantities) {
      const v = q(m);
      const where = ctx.locate(m.start);
      if (!where) continue;
      const before = ctx.text.slice(where.sentence.start, m.start);
      if (v.category === 'duration') {
        const days = v.value * (DAYS_PER_UNIT.get(v.unit) ?? 0);
        const lasted = LASTED.exec(before);
        const hyphenEvent = /^-\w+\s+((?:tele)?phone\s+call|call|speech|interview|meeting|press\s+conference|conversation)\b/i.exec(ctx.text.slice(m.start + m.text.search(/-/), m.start + m.text.length + 30));
        const event = lasted ? eventBefore(before.slice(0, lasted.index)) : hyphenEvent ? hyphenEvent[1] : '';
        if (!event) continue;
        for (const [re, max, what] of EVENT_MAX_DAYS) {
          if (re.test(event) && days > max) {
            push(m.start, m.end, `"${m.text}" is implausible for ${what}; check the figure or the unit.`);
            break;
          }
        }
      } else if (v.category === 'percent' && v.unit === '%' && v.value > 100) {
        const sentence = where.sentence.text;
        if (SHARE_CONTEXT.test(ctx.text.slice(m.start, where.sentence.end).slice(0, 80) + ' ' + before.slice(-60)) && !GROWTH_CONTEXT.test(before.slice(-40))) {
          push(m.start, m.end, `A share or turnout of ${v.value}% is impossible: a part cannot exceed its whole.`);
        } else if (/\bturnout\b/i.test(sentence)) push(m.start, m.end, `A turnout of ${v.value}% is impossible.`);
      } else if (v.category === 'money' && v.value * (USD_PER_UNIT.get(v.unit) ?? 0) > WORLD_OUTPUT_USD) {
        push(m.start, m.end, `"${m.text}" is more than the world's annual economic output; check the figure or the scale word.`);
      } else if (v.category === 'other' && /cubic\s+met(?:re|er)s\s+(?:per|a)\s+second/.test(v.unit) && v.value > 1e6) {
        push(m.start, m.end, `"${m.text}" is several times the flow of the Amazon (about 200,000 cubic metres per second); check the figure or the unit.`);
      }
    }
    // The economy's cue is first searched once in the stretch of text holding all the blocks checked
    // below (a block holds it only if that stretch does): per-block searches cost mostly calls.
    let lo = Infinity;
    let hi = -Infinity;
    for (const block of ctx.blocks) {
      if (block.kind === 'chrome' || block.kind === 'meta') continue;
      lo = Math.min(lo, block.start);
      hi = Math.max(hi, block.end);
    }
    const all = hi > lo ? ctx.text.slice(lo, hi) : '';
    const anyEconomy = hasEconomyCue(all);
    for (const block of ctx.blocks) {
      if (block.kind === 'chrome' || block.kind === 'meta') continue;
      const t = block.text;
      const cues = ctx.blockCues(block);
      if (cues & CUE_PART_OF_WHOLE) for (const m of allMatches(PART_OF_WHOLE, t)) {
        const part = num(m[1]);
        const whole = num(m[2]);
        if (part > whole && !/^(?:19|20)\d\d$/.test(m[2])) push(block.start + m.index!, block.start + m.index! + m[0].length, `${m[1]} of ${m[2]} is impossible: the part exceeds the whole.`);
      }
      if (cues & CUE_AGE) for (const m of allMatches(AGE, t)) {
        const age = num(m[1] ?? m[2]);
        const near = t.slice(m.index!, m.index! + m[0].length + 40);
        if (age > 122 || (age < 16 && ROLE.test(near.slice(m[0].length)))) push(block.start + m.index!, block.start + m.index! + m[0].length, `An age of ${age} is impossible for this person's role.`);
      }
      if (anyEconomy && hasEconomyCue(t)) for (const m of allMatches(BEYOND_ECONOMY, t)) {
        const sentence = ctx.locate(block.start + m.index!)?.sentence.text ?? '';
        if (SHORT_EVENT.test(sentence)) push(block.start + m.index!, block.start + m.index! + m[0].length, 'A short disruption cannot cost more than a whole year of national output; check the claim and its source.');
      }
    }
    // Parts exceeding a whole stated elsewhere in the article: crowds over a stadium's capacity, votes over a house's seats.
    const articleText = ctx.text.slice(ctx.article.start, ctx.article.end);
    const capacities = (mayStateCapacity(ctx, articleText) ? allMatches(CAPACITY, articleText) : []).map((m) => ({ value: num(m[1] ?? m[2]), start: ctx.article.start + m.index!, end: ctx.article.start + m.index! + m[0].length }));
    if (capacities.length) {
      for (const m of allMatches(CROWD, articleText)) {
        const crowd = num(m[1] ?? m[2]);
        const cap = capacities.find((c) => crowd > c.value * 1.2 && c.value >= 1000);
        if (cap) {
          const at = ctx.article.start + m.index! + m[0].search(/\d/);
          const digits = /[\d,]+/.exec(m[0].slice(m[0].search(/\d/)))![0];
          push(at, at + digits.length, `A crowd of ${m[1] ?? m[2]} exceeds the ${ctx.text.slice(cap.start, cap.end)} stated in the article.`, [{ start: cap.start, end: cap.end, message: 'stated capacity' }]);
        }
      }
    }
    const bodies = (hasMemberBodyCue(articleText) ? allMatches(MEMBER_BODY, articleText) : []).map((m) => ({ value: num(m[1]), start: ctx.article.start + m.index!, end: ctx.article.start + m.index! + m[0].length }));
    if (bodies.length) {
      for (const m of ctx.quantities) {
        const v = q(m);
        if (v.category !== 'count' || !/^(?:votes|members|lawmakers|legislators|deputies|mps|senators|seats)$/i.test(v.unit)) continue;
        const body = bodies.find((b) => v.value > b.value && !(m.start >= b.start && m.end <= b.end));
        if (body) push(m.start, m.end, `${m.text} is more than the ${ctx.text.slice(body.start, body.end)} can cast.`, [{ start: body.start, end: body.end, message: 'size of the body' }]);
      }
    }
    return hits;
  },
};
