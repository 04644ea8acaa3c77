import type { NameRecognizer, NameSpan, Span } from '../../types';
import { tokenize, type Token } from '../tokens';
import { findRuns } from './runs';
import { lowerCaseWords } from '../words';
import { classifyHeadlineRun, classifyRun, knownKey, type RunContext } from './classify';

/** Lines opening with these words are metadata or captions, read as prose even when capitalised. */
const PROSE_OPENERS = new Set(['Published', 'Updated', 'Posted', 'By', 'Photo', 'Picture', 'Image', 'Source', 'Credit', 'Edited', 'Reporting', 'Written']);
const SHORT_FUNCTION_WORD = /^(?:a|an|the|of|on|in|at|by|for|to|and|or|as|vs|with|from|after|over|amid|into|its|is|are|be|up|out|off|but|nor)$/;

type LineMode = 'prose' | 'headline';

// Patterns with `\p{…}` are module constants: the build turns such literals into `new RegExp(…)` calls.
const UPPER_CASE_LETTER = /\p{Lu}/u;
const CLAUSE_PUNCTUATION = '.;:,';
const CLOSING_MARKS = '"”’)';

/** Whether the line ends like a sentence or clause: `[.;:,]["”’)]?\s*$`, read backwards from the end instead of tried at every position. */
function endsWithClausePunctuation(lineText: string): boolean {
  const trimmed = lineText.trimEnd(); // trimEnd removes exactly the characters `\s` matches
  let k = trimmed.length - 1;
  if (k >= 0 && CLOSING_MARKS.includes(trimmed[k])) k--;
  return k >= 0 && CLAUSE_PUNCTUATION.includes(trimmed[k]);
}

/** Title Case or UPPER CASE lines without a sentence ending are headlines: their capitals carry no signal. */
function lineMode(tokens: readonly Token[], lineText: string): LineMode {
  let firstWord: Token | undefined;
  let words = 0;
  let allUpper = true; // every word is upper case (a word token always starts with a letter)
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    firstWord ??= t;
    words++;
    if (!t.upper) allUpper = false;
    if (words >= 2 && !allUpper) break; // the rest of the line changes none of the answers below
  }
  if (!firstWord || words < 2) return 'prose';
  if (PROSE_OPENERS.has(firstWord.text)) return 'prose';
  if (allUpper) return 'headline';
  if (endsWithClausePunctuation(lineText)) return 'prose';
  let content = 0;
  let capital = 0;
  for (const w of tokens) {
    if (w.kind !== 'word' || (!w.cap && SHORT_FUNCTION_WORD.test(w.text))) continue;
    content++;
    if (w.cap || w.upper) capital++;
  }
  return content >= 2 && capital / content >= 0.75 ? 'headline' : 'prose';
}


/**
 * Rule-based names in a region: capitalised-sequence chunking with title cues, organisation
 * and place heads, acronyms, a gazetteer, datelines, and headline lines matched against the
 * names the prose introduces. Low-confidence spans (< 0.35) are candidates for article linking.
 */
export function recognizeNamesByRules(text: string, region: Span = { start: 0, end: text.length }): NameSpan[] {
  const spans: NameSpan[] = [];
  const lowerWords = lowerCaseWords(text, region.start, region.end);
  const headlines: { runs: ReturnType<typeof findRuns>; tokens: Token[] }[] = [];
  const emit = (s: NameSpan) => spans.push(s);
  let lineStart = region.start;
  while (lineStart < region.end) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1 || lineEnd > region.end) lineEnd = region.end;
    const lineText = text.slice(lineStart, lineEnd);
    if (UPPER_CASE_LETTER.test(lineText)) {
      let tokens = tokenize(text, lineStart, lineEnd);
      // Dateline: `ISLAMABAD:` / `THE HAGUE:` opening a paragraph.
      let k = 0;
      while (k < tokens.length && tokens[k].kind === 'word' && tokens[k].upper) k++;
      if (k > 0 && k <= 4 && tokens[k]?.text === ':' && tokens.length > k + 3) {
        spans.push({ start: tokens[0].start, end: tokens[k - 1].end, type: 'place', confidence: 0.9 });
        tokens = tokens.slice(k + 1);
      }
      const lineSpans: NameSpan[] = [];
      const ctx: RunContext = { tokens, lowerWords, lineSpans, emit: (s) => (spans.push(s), lineSpans.push(s)) };
      const runs = findRuns(tokens);
      if (lineMode(tokens, lineText) === 'headline') headlines.push({ runs, tokens });
      else for (const run of runs) classifyRun(run, ctx);
    }
    lineStart = lineEnd + 1;
  }
  if (headlines.length) {
    // Names the prose introduced, so headline words can be matched against them.
    const known = new Map<string, NameSpan['type']>();
    for (const s of spans) {
      if (s.confidence < 0.5 || s.type === 'misc') continue;
      const toks = tokenize(text, s.start, s.end).filter((t) => t.kind === 'word');
      known.set(knownKey(toks), s.type);
    }
    for (const h of headlines) {
      const ctx: RunContext = { tokens: h.tokens, lowerWords, lineSpans: [], emit };
      for (const run of h.runs) classifyHeadlineRun(run, known, ctx);
    }
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The rule-based recognizer behind the `NameRecognizer` interface. */
export function createRuleRecognizer(): NameRecognizer {
  return { id: 'rules', recognize: (text, region) => recognizeNamesByRules(text, region) };
}
