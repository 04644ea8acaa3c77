import type { Rule, RuleHit } from '../rule';
import { SOURCE_RE, SPEAKER_RE, SPEECH_RE } from '../attribution';
import { previousSentence, type RuleContext } from '../context';
import { hasWords, isSpaceCode, type Sentence } from '../text';
import { nameOccurrences } from '../names';

const MIN_WORDS = 5;

function attributes(s: string): boolean {
  return SPEECH_RE.test(s) || SOURCE_RE.test(s) || /\b(?:in\s+a\s+statement|statement\s+(?:read|said)|wrote\s+on|posted\s+on)\b/i.test(s);
}

/** True when a sentence is about a named person: a recognized person mention, a full name or title, or He/She. */
function aboutNamedPerson(ctx: RuleContext, sentence: Sentence): boolean {
  if (/^(?:He|She)\b/.test(sentence.text)) return true;
  if (ctx.mentions.some((m) => m.type === 'person' && m.start >= sentence.start && m.end <= sentence.end)) return true;
  return nameOccurrences(sentence.text, 0).some((o) => o.given !== undefined || o.personCue);
}

const BLANK = /\s/;

/**
 * True when `text.slice(from, at)`, cut after its last sentence stop (". ", "? ", "! ", ".” ", '." '),
 * is blank. The blank run it ends with starts at p: the last stop must start at p - 1 (a stop
 * starting within the blanks is impossible, one further back leaves non-blank text after it), and
 * only ". ", "? " or "! " can start there (a three-character stop would need "”" or '"' at p).
 */
function standsAlone(text: string, from: number, at: number): boolean {
  let p = at;
  while (p > from && BLANK.test(text[p - 1])) p--;
  if (p === from) return true;
  const c = text[p - 1];
  return p < at && (c === '.' || c === '?' || c === '!') && text[p] === ' ';
}

/**
 * True when `text.slice(from, to)`, without a closing quote mark and the blanks after it
 * (`.replace(/[”"]\s*$/, '')`), ends with a sentence stop and blanks (`/[.!?]\s*$/`): read back
 * from the end rather than by two regexes that each try every character of the quotation.
 */
export function endsWithStop(text: string, from: number, to: number): boolean {
  let p = blanksBefore(text, from, to);
  if (p > from && isCloseQuote(text.charCodeAt(p - 1))) p = blanksBefore(text, from, p - 1);
  if (p === from) return false;
  const c = text.charCodeAt(p - 1);
  return c === 46 || c === 33 || c === 63; // . ! ?
}

/** The start of the run of blanks (`\s`) that ends at `to` (not before `from`). */
function blanksBefore(text: string, from: number, to: number): number {
  while (to > from && isSpaceCode(text.charCodeAt(to - 1))) to--;
  return to;
}

function isCloseQuote(c: number): boolean {
  return c === 0x201d || c === 34; // ” "
}

/** `unattributed-quote`: a quotation whose speaker is named neither in its sentence nor in the one before. */
export const unattributedQuote: Rule = {
  id: 'unattributed-quote',
  title: 'Unattributed quotation',
  defaultSeverity: 'information',
  summary: 'A quotation whose speaker is not named in its sentence or the sentence before.',
  check(ctx) {
    const hits: RuleHit[] = [];
    ctx.blocks.forEach((block, bi) => {
      if (block.kind !== 'paragraph' && block.kind !== 'bullet') return;
      block.quotes.forEach((q, qi) => {
        // A continued quotation ("A. "B.) is attributed, or not, where the chain begins.
        if (q.continues) return;
        // Only a quotation that stands as its own sentence: a quoted phrase or title inside a sentence
        // ("called it “a systemic global risk”", "billed as “the UK's biggest award”") is framed by its sentence.
        // Tested first, as it rules out most quotations: the paragraph's text before the quotation must be
        // blank after its last sentence stop (see lastStop below), so it is blank, or it ends with a stop
        // (".", "?" or "!" then a space) and blanks; a stop further back leaves text before the quotation.
        if (!standsAlone(ctx.text, block.start, q.start)) return;
        // Text of the paragraph outside the quotation: from the previous sentence boundary to the sentence end after it.
        const chainEnd = (() => {
          let k = qi;
          while (block.quotes[k + 1]?.continues) k++;
          return block.quotes[k].end;
        })();
        const inner = ctx.text.slice(q.inner.start, q.inner.end);
        if (!hasWords(inner, MIN_WORDS)) return;
        const afterAll = ctx.text.slice(chainEnd, block.end);
        const afterStop = afterAll.search(/[.!?](?:\s|$)/);
        // A quotation closing on its own full stop ends its sentence: what follows is another sentence.
        const endsSentence = endsWithStop(ctx.text, block.quotes[qi].inner.start, chainEnd);
        const after = endsSentence ? '' : afterStop === -1 ? afterAll : afterAll.slice(0, afterStop + 1);
        if (attributes(after)) return;
        // The sentence before, across a paragraph break but not across a subheading.
        const where = ctx.locate(q.start);
        const prev = where ? previousSentence(ctx, block, where.index) : undefined;
        // The sentence before attributes it with a speech verb, or is about a named person ("McIlroy is
        // brimming with confidence. “I've been waiting…”") or a pronoun that refers back to one.
        if (prev && prev.block.kind === 'paragraph' && (attributes(prev.sentence.text) || aboutNamedPerson(ctx, prev.sentence))) return;
        // (Found only now: most quotations are attributed by the tests above.)
        const beforeAll = ctx.text.slice(block.start, q.start);
        const lastStop = Math.max(beforeAll.lastIndexOf('. '), beforeAll.lastIndexOf('? '), beforeAll.lastIndexOf('! '), beforeAll.lastIndexOf('.” '), beforeAll.lastIndexOf('." '));
        // A quotation that continues the previous paragraph's attributed quotation.
        const prevBlock = ctx.blocks[bi - 1];
        if (lastStop === -1 && prevBlock?.kind === 'paragraph' && prevBlock.quotes.length > 0 && attributes(prevBlock.text)) return;
        // Earlier in the same paragraph, after another quotation by a named speaker ("X said. “…”").
        if (lastStop !== -1 && attributes(beforeAll.slice(0, lastStop + 1).split(/(?<=[.!?][”"]?)\s+/).slice(-1)[0] ?? '')) return;
        // The next sentence naming a speaker ("…,” he said, is common as "… .” She said later …").
        const nextText = ctx.text.slice(chainEnd, Math.min(ctx.article.end, q.end + 300)).replace(/^\s+/, '');
        const firstSentence = (t: string): string => t.trim().split(/(?<=[.!?][”"]?)\s+/)[0] ?? '';
        const nextSentence = endsSentence ? firstSentence(nextText) : afterStop === -1 ? firstSentence(nextText) : firstSentence(afterAll.slice(afterStop + 1));
        if (SPEAKER_RE.test(nextSentence.slice(0, 120)) && /^(?:[”"“]|He |She |They |[A-Z][\p{L}’'-]+ (?:said|added|told))/u.test(nextSentence)) return;
        hits.push({
          start: q.start,
          end: q.end,
          message: 'Nobody is named as saying this quotation, here or in the sentence before: who said it, and where?',
        });
      });
    });
    return hits;
  },
};
