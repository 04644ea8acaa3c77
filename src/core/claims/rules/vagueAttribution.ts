import type { Rule, RuleHit } from '../rule';
import { CUE_ACCORDING, CUE_IMPERSONAL, CUE_NOUN, CUE_VAGUE_DATA } from '../cues';

const MODIFIER = '(?:unnamed|anonymous|senior|some|many|several|other|local|independent|industry|security|intelligence|government|military|diplomatic|informed|reliable|credible|western|foreign|official|political|legal|health|market|financial|leading|top|outside|knowledgeable|well-placed)';
const NOUN = '(?:sources?|experts?|analysts?|officials?|observers?|critics?|insiders?|diplomats?|economists?|commentators?|scientists?|researchers?|people\\s+familiar\\s+with\\s+the\\s+(?:matter|situation|talks|plans?|discussions?|negotiations?))';
const PLACE = '(?:\\s+(?:close\\s+to|familiar\\s+with|within|inside|in|at|from|with\\s+knowledge\\s+of|of)\\s+(?:the\\s+|a\\s+|an\\s+)?[\\w’\'-]+(?:\\s+[\\w’\'-]+)?)?';
const VERB = '(?:said|say|says|believe|believes|argue|argued|argues|view|viewed|views|estimate|estimated|estimates|suggest|suggested|suggests|indicate|indicated|indicates|warn|warned|warns|fear|feared|expect|expected|think|thought|claim|claimed|claims|told|note|noted|predict|predicted|point\\s+out|pointed\\s+out|contend|contended|maintain|maintained|insist|insisted|reckon|reckoned|caution|cautioned|describe|described|see|saw)';
// No comma between source and verb: "a party official, suggested" is an apposition, not a credit.
const UNNAMED_SOURCE = new RegExp(`\\b(?:${MODIFIER}\\s+)*(${NOUN})(${PLACE})\\s+(?:have\\s+|had\\s+|also\\s+|privately\\s+|widely\\s+|now\\s+|generally\\s+)?${VERB}\\b`, 'gi');
const IMPERSONAL = /\b(?:it\s+is|it\s+was|it's)\s+(?:understood|believed|thought|said|claimed|rumou?red|alleged|widely\s+(?:believed|expected|assumed))\s+(?:that\b)?|\b(?:is|are|was|were)\s+understood\s+to\b/gi;
const ACCORDING_TO_UNNAMED = /\b(?:according\s+to|citing)\s+(?:unnamed\s+|anonymous\s+|informed\s+|some\s+|several\s+|local\s+|security\s+|government\s+|official\s+|diplomatic\s+|military\s+|intelligence\s+|industry\s+)?(?:sources|insiders|officials|experts|analysts|observers|reports|people\s+familiar\s+with\s+the\s+\w+)\b(?!\s+(?:at|from|in|of|with)\s+(?:the\s+)?[A-Z])/gi;
const VAGUE_DATA = /\b(?:per|according\s+to)\s+(?:analyst|analysts'|expert|industry|market|unnamed|some|unofficial|informal)\s+(?:estimates?|sources?|data|figures|calculations?)\b|\b(?:official|government)\s+(?:figures|data|statistics|estimates)\s+(?:show|showed|suggest|suggested|indicate|indicated|reveal|revealed)\b/gi;

// Substrings each pattern cannot match without (cheap tests that skip most sentences): the
// patterns start with optional modifiers, so the regex engine cannot skip ahead by itself.
// The context finds them (../cues): CUE_NOUN for UNNAMED_SOURCE's nouns, and one cue per pattern here.
const CUED: readonly [RegExp, number][] = [
  [IMPERSONAL, CUE_IMPERSONAL],
  [VAGUE_DATA, CUE_VAGUE_DATA],
  [ACCORDING_TO_UNNAMED, CUE_ACCORDING],
];

// Capitalised words that open a sentence without naming anyone ("But experts say…").
const SENTENCE_OPENERS = new Set(['A', 'An', 'One', 'Two', 'Three', 'Four', 'Both', 'All', 'No', 'But', 'And', 'Yet', 'So', 'Now', 'However', 'Still', 'Meanwhile', 'Instead', 'Moreover', 'Also', 'Even', 'Other', 'Most', 'Few', 'Top', 'Leading', 'Many', 'Some', 'Several', 'While', 'Although', 'Though', 'As', 'If', 'When', 'Since', 'Because', 'Indeed', 'Today', 'Yesterday']);

function capitalisedMidSentence(text: string, index: number): boolean {
  return /^[A-Z]/.test(text.slice(index)) && index > 0 && !/[.!?"“‘(]\s*$/.test(text.slice(0, index));
}

/** `vague-attribution`: a claim credited to unnamed sources, experts, analysts, officials, observers or critics. */
export const vagueAttribution: Rule = {
  id: 'vague-attribution',
  title: 'Vague attribution',
  defaultSeverity: 'information',
  summary: 'A claim credited to unnamed sources, experts, analysts, officials, observers or critics.',
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const block of ctx.blocks) {
      if (block.kind === 'chrome' || block.kind === 'meta') continue;
      for (let si = 0; si < block.sentences.length; si++) {
        const s = block.sentences[si];
        const cues = ctx.cues(block, si);
        if ((cues & (CUE_NOUN | CUE_IMPERSONAL | CUE_VAGUE_DATA | CUE_ACCORDING)) === 0) continue; // none of the patterns can match
        const found: { start: number; end: number; what: string }[] = [];
        UNNAMED_SOURCE.lastIndex = cues & CUE_NOUN ? 0 : s.text.length; // no noun: no match possible
        for (let m = UNNAMED_SOURCE.exec(s.text); m; m = UNNAMED_SOURCE.exec(s.text)) {
          const nounAt = m.index + m[0].indexOf(m[1]);
          const before = s.text.slice(0, m.index);
          // A named modifier or institution ("UN experts", "analysts at Barclays") is a source; so is a
          // definite back-reference ("the analysts", "these officials") to people named earlier.
          if (/\b(?:the|these|those|both|its|their|his|her)\s+$/i.test(before)) continue;
          const modifier = /([A-Z][\w’'.-]*)\s+$/.exec(before)?.[1];
          if (modifier && !SENTENCE_OPENERS.has(modifier)) continue;
          if (/[A-Z]/.test(m[2].replace(/^\s+\w/, ''))) continue;
          if (capitalisedMidSentence(s.text, nounAt)) continue;
          const after = s.text.slice(m.index + m[0].length, m.index + m[0].length + 60);
          if (/^\s*,?\s*(?:including|such as|led by|among them)\s+[A-Z]/.test(after)) continue;
          if (/^\s*,\s+[A-Z][a-z]+\s+[A-Z]/.test(s.text.slice(nounAt + m[1].length))) continue;
          found.push({ start: m.index, end: m.index + m[0].length, what: m[1].toLowerCase() });
        }
        for (const [re, cue] of CUED) {
          if (!(cues & cue)) continue;
          re.lastIndex = 0;
          for (let m = re.exec(s.text); m; m = re.exec(s.text)) found.push({ start: m.index, end: m.index + m[0].trimEnd().length, what: 'an unnamed source' });
        }
        found.sort((a, b) => a.start - b.start || b.end - a.end);
        for (const [k, f] of found.entries()) {
          const offset = s.start + f.start;
          // "per analyst estimates" matches two patterns: keep one finding per stretch of text.
          if (ctx.inQuote(offset) || found.slice(0, k).some((g) => g.start < f.end && f.start < g.end)) continue;
          hits.push({
            start: offset,
            end: s.start + f.end,
            message: `Attributed to ${f.what.startsWith('an ') ? f.what : `unnamed ${f.what.endsWith('s') || f.what.startsWith('people') ? f.what : `${f.what}s`}`}: who says so, and how would they know?`,
            data: { cue: s.text.slice(f.start, f.end) },
          });
        }
      }
    }
    return hits;
  },
};
