import type { Rule, RuleHit } from '../rule';
import { hasNamedAttribution } from '../attribution';
import { CUE_MODAL } from '../cues';
import { allMatches } from '../text';

// "would" (conditional, reported speech) and "can" (capability) are not confident forecasts.
const MODAL = '(?:will|could|is\\s+set\\s+to|are\\s+set\\s+to|is\\s+going\\s+to|are\\s+going\\s+to|is\\s+certain\\s+to|are\\s+certain\\s+to|is\\s+bound\\s+to|promises?\\s+to|promises?|promised)';
const EFFECT = '(?:cut|cuts|reduce|lift|raise|boost|increase|push\\s+(?:up|down)|drive\\s+(?:up|down)|knock|eliminate|eradicate|wipe\\s+out|halve|double|triple|slash|create|generate|add|save|cost|condemn|destroy|lower|bring\\s+(?:down|back)|deliver|prevent|stop|transform|end|shrink|grow|lose|erase|yield|unlock|attract|trigger|send|leave|put|make|return|restore)';
// Modal, up to three adverbs/auxiliaries, the effect verb; "promise PKR 5 trillion" needs no verb.
const FORECAST = new RegExp(`\\b${MODAL}\\s+(?:(?:also|further|easily|likely|probably|almost\\s+certainly|certainly|quickly|soon|immediately|eventually|ultimately|not\\s+only|help|help\\s+to|be\\s+able\\s+to)\\s+){0,2}(?:${EFFECT}\\b)?`, 'gi');

const ENDS_WITH_EFFECT = new RegExp(`${EFFECT}\\s*$`, 'i');
// A further effect verb sharing the modal ("will condemn X to relegation and cost …").
const AND_EFFECT = new RegExp(`\\band\\s+${EFFECT}\\b`, 'gi');

// What every FORECAST match starts with (a superset test, without FORECAST's backtracking) is
// CUE_MODAL of ../cues: MODAL's alternatives up to their first fixed word (a bare "is" does not pass).

/** `speculative-claim`: a confident forecast of a measurable effect, with no named source. */
export const speculativeClaim: Rule = {
  id: 'speculative-claim',
  title: 'Speculative claim',
  defaultSeverity: 'information',
  summary: 'A confident forecast of an effect ("will cut unemployment by 40 per cent") with no named source.',
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const block of ctx.blocks) {
      if (block.kind !== 'paragraph' && block.kind !== 'bullet') continue;
      for (let si = 0; si < block.sentences.length; si++) {
        const s = block.sentences[si];
        // Most sentences hold no modal at all: that cheap test goes before the attribution scan.
        if (!(ctx.cues(block, si) & CUE_MODAL)) continue;
        // An attributed sentence, a question or a condition holds no finding. Tested once a forecast
        // with an effect turns up (the scan for a named source costs more than FORECAST's).
        let sentenceTested = false;
        FORECAST.lastIndex = 0;
        for (let m = FORECAST.exec(s.text); m; m = FORECAST.exec(s.text)) {
          const start = s.start + m.index;
          if (ctx.inQuote(start)) continue;
          const promise = /^promise/i.test(m[0]);
          const hasEffect = ENDS_WITH_EFFECT.test(m[0].trimEnd());
          if (!hasEffect && !promise) continue;
          if (!sentenceTested) {
            if (hasNamedAttribution(s.text) || /\?\s*$/.test(s.text) || /^\s*(?:if|unless|whether)\b/i.test(s.text)) break;
            sentenceTested = true;
          }
          // The forecast must name a measurable effect: a figure or a deadline in the same clause.
          const clauseEnd = (() => {
            const rest = s.text.slice(m.index + m[0].length);
            const stop = rest.search(/[;:]|,\s+(?:but|while|although|though|whereas)\b|\.\s/);
            return s.start + m.index + m[0].length + (stop === -1 ? rest.length : stop);
          })();
          // The figure must be the size of the effect: right after the verb, after by/to/of, or a deadline after "within".
          // Coordinated effects share the modal: "will condemn X to relegation and cost the city 2,000 jobs".
          const verbEnds = [start + m[0].length];
          for (const c of allMatches(AND_EFFECT, ctx.text.slice(start + m[0].length, clauseEnd))) verbEnds.push(start + m[0].length + c.index + c[0].length);
          const figure = ctx.quantities.find((q) => verbEnds.some((verbEnd) => {
            if (q.start < verbEnd || q.end > clauseEnd) return false;
            const gap = ctx.text.slice(verbEnd, q.start);
            const cat = (q.normalized as { category: string }).category;
            if (cat === 'duration') return /\bwithin\s+$/.test(gap) && gap.length < 80;
            return gap.length < 80 && (/^\s*$/.test(gap) || /\b(?:by|to|of|off)\s+$/.test(gap) || (/^\s*(?:\S+\s+){0,3}$/.test(gap) && (cat === 'count' || cat === 'money')));
          }));
          if (!figure) continue;
          // A promise made by a named person or body ("Mr Berlusconi promised to cut …") is attributed.
          if (promise && /[A-Z][\p{L}’'-]+\s+(?:has\s+|had\s+)?(?:previously\s+|also\s+)?$/u.test(s.text.slice(0, m.index))) continue;
          hits.push({
            start,
            end: figure.end,
            message: 'A confident forecast stated as fact with no named source: who predicts this, and on what basis?',
            data: { forecast: ctx.text.slice(start, figure.end) },
          });
          break;
        }
      }
    }
    return hits;
  },
};
