import type { Article, Block, Span } from '../types';
import { classifyLine, isHeaderMeta, type ClassifiedLine } from './lineKinds';

interface Line extends Span {
  readonly text: string;
  readonly c: ClassifiedLine;
}

/** `ISLAMABAD:`, `THE HAGUE:`, `LONDON (Reuters) -`: an upper-case place opening the first paragraph. */
const DATELINE = /^\s*((?:\p{Lu}[\p{Lu}.'’-]*)(?:[ \u00a0]+\p{Lu}[\p{Lu}.'’-]*){0,4})(?:,\s*\p{L}[\p{L} .]{0,30})?(?:\s*\([^)]{1,40}\))?\s*(?::|\s[-–—])\s+\S/u;
/** How far below a candidate headline its metadata block may start (non-blank lines). */
const HEADER_LOOKAHEAD = 8;
const MAX_HEADLINE_LENGTH = 250;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let nl = text.indexOf('\n', start);
    if (nl === -1) nl = text.length;
    const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    const lineText = text.slice(start, end);
    lines.push({ start, end, text: lineText, c: classifyLine(lineText) });
    if (nl === text.length) break;
    start = nl + 1;
  }
  return lines;
}

function headlineLike(line: Line): boolean {
  if (line.c.kind !== 'text') return false;
  const t = line.text.trim();
  if (t.length > MAX_HEADLINE_LENGTH || t.length < 3) return false;
  if (/^[“"‘']/.test(t)) return false; // a pull quote, not a headline
  if (DATELINE.test(t)) return false;
  // Headlines do not end like sentences (they may end with `?`, `!` or a closing quote).
  if (/[.,;:]$/.test(t) && !/\b(?:Inc|Ltd|Co|Corp|Jr|Sr|U\.S|U\.K)\.$/.test(t)) return false;
  return /^[\p{Lu}\p{N}]/u.test(t);
}

/**
 * True when a metadata block (`Updated …`, `Short Url`, a date line, a byline…) follows the
 * line within a few lines — what distinguishes a headline from a subheading in page scrapes.
 * At most one ordinary text line (a photo caption) may sit in between.
 */
function hasHeaderBelow(lines: readonly Line[], i: number): boolean {
  let seen = 0;
  let textLines = 0;
  for (let j = i + 1; j < lines.length && seen < HEADER_LOOKAHEAD; j++) {
    const l = lines[j];
    if (l.c.kind === 'blank') continue;
    seen++;
    if (isHeaderMeta(l.c, l.text)) return true;
    if (l.c.kind === 'text' && l.text.trim() !== lines[i].text.trim() && ++textLines > 1) return false;
    if (l.c.kind === 'bullet') return false;
  }
  return false;
}

function trimmedBlock(l: Line): Block {
  const lead = l.text.length - l.text.trimStart().length;
  const t = l.text.trim();
  return { start: l.start + lead, end: l.start + lead + t.length, text: t };
}

/** The text of lines `from..to` (inclusive) joined by `\n` (without any `\r` of their line breaks). */
function joinedText(lines: readonly Line[], from: number, to: number): string {
  let text = lines[from].text;
  for (let k = from + 1; k <= to; k++) text += '\n' + lines[k].text;
  return text;
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s\-'’(])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** True when the next non-blank line is itself a headline directly above its metadata (so `i` is a caption or a last paragraph). */
function nextIsHeadline(lines: readonly Line[], i: number): boolean {
  let j = i + 1;
  while (j < lines.length && lines[j].c.kind === 'blank') j++;
  return j < lines.length && headlineLike(lines[j]) && hasHeaderBelow(lines, j);
}

/** Finds where each article of a file starts (line indexes of headlines). */
function articleStarts(lines: readonly Line[]): number[] {
  const starts: number[] = [];
  let first = lines.findIndex((l) => l.c.kind === 'text');
  if (first === -1) first = lines.findIndex((l) => l.c.kind !== 'blank');
  if (first === -1) return starts;
  starts.push(first);
  let headline = lines[first].text.trim();
  let bodySeen = false;
  for (let i = first + 1; i < lines.length; i++) {
    const l = lines[i];
    if (l.c.kind !== 'text') continue;
    const t = l.text.trim();
    if (!bodySeen) {
      // A headline repeated under its own metadata is the same article; a caption above the
      // metadata is still header. Anything else is body.
      if (t !== headline && !hasHeaderBelow(lines, i)) bodySeen = true;
      continue;
    }
    if (lines[i - 1].c.kind === 'blank' && headlineLike(l) && hasHeaderBelow(lines, i) && !nextIsHeadline(lines, i)) {
      starts.push(i);
      headline = t;
      bodySeen = false;
    }
  }
  return starts;
}

function buildArticle(lines: readonly Line[], from: number, to: number, index: number): Article {
  let last = to - 1;
  while (last > from && lines[last].c.kind === 'blank') last--;
  const head = lines[from];
  const headline = head.text.trim();
  const headlineBlock = trimmedBlock(head);

  // Header: metadata, bullets, captions; it ends at the dateline paragraph or, failing that,
  // at the first text line after the last metadata/bullet line.
  let lastHeader = from;
  for (let i = from + 1; i <= last; i++) {
    const l = lines[i];
    if (l.c.kind === 'blank') continue;
    const isHeader = l.c.kind !== 'text' || l.text.trim() === headline;
    if (isHeader && l.c.kind !== 'published-in' && !/^Leave|^Your email/i.test(l.text.trim())) lastHeader = i;
    else if (!isHeader && i - lastHeader > HEADER_LOOKAHEAD * 2) break;
  }
  // The body starts at a dateline paragraph close below the header (captions may precede it),
  // else at the first text line after the header.
  let bodyLine = -1;
  let textAfterHeader = 0;
  for (let i = from + 1; i <= last; i++) {
    const l = lines[i];
    if (l.c.kind !== 'text' || l.text.trim() === headline) continue;
    if (DATELINE.test(l.text)) {
      bodyLine = i;
      break;
    }
    if (i > lastHeader && ++textAfterHeader > 2) break;
  }
  if (bodyLine === -1) {
    for (let i = lastHeader + 1; i <= last; i++) {
      if (lines[i].c.kind === 'text' && lines[i].text.trim() !== headline) {
        bodyLine = i;
        break;
      }
    }
  }
  if (bodyLine === -1) bodyLine = last + 1;

  const bullets: Block[] = [];
  const captions: Block[] = [];
  const chrome: Block[] = [];
  const meta: Block[] = [];
  const paragraphs: Block[] = [];
  const subheadings: Block[] = [];
  let byline: Block | undefined;
  let published: string | null = null;
  let publishedSpan: Span | undefined;
  let publisher: string | undefined;
  let closingDate: { date: string; span: Span } | undefined;

  for (let i = from + 1; i <= last; i++) {
    const l = lines[i];
    const t = l.text.trim();
    switch (l.c.kind) {
      case 'blank':
        break;
      case 'bullet':
        bullets.push(trimmedBlock(l));
        break;
      case 'byline':
        if (i < bodyLine) byline = trimmedBlock(l);
        else paragraphs.push(trimmedBlock(l));
        break;
      case 'credit':
        captions.push(trimmedBlock(l));
        break;
      case 'chrome':
        chrome.push(trimmedBlock(l));
        break;
      case 'relative':
        meta.push(trimmedBlock(l));
        break;
      case 'date':
        meta.push(trimmedBlock(l));
        if (published === null && i < bodyLine) {
          published = l.c.date ?? null;
          publishedSpan = trimmedBlock(l);
        }
        break;
      case 'published-in':
        meta.push(trimmedBlock(l));
        publisher ??= l.c.publisher;
        if (l.c.date) closingDate ??= { date: l.c.date, span: trimmedBlock(l) };
        break;
      case 'text': {
        if (i < bodyLine) {
          if (t !== headline) captions.push(trimmedBlock(l));
          break;
        }
        // A paragraph is a run of consecutive text lines.
        let j = i;
        while (j + 1 <= last && lines[j + 1].c.kind === 'text') j++;
        const para: Block = { start: l.start, end: lines[j].end, text: j === i ? l.text : joinedText(lines, i, j) };
        const prevBlank = lines[i - 1]?.c.kind === 'blank';
        const nextBlank = j + 1 > last || lines[j + 1].c.kind === 'blank';
        if (j === i && prevBlank && nextBlank && i < last && isSubheading(t)) subheadings.push(trimmedBlock(l));
        else paragraphs.push(para);
        i = j;
        break;
      }
    }
  }
  if (published === null && closingDate) {
    published = closingDate.date;
    publishedSpan = closingDate.span;
  }
  if (!publisher) {
    const follow = chrome.map((c) => /^Follow\s+(.+?)\s+on\s/i.exec(c.text)).find((m) => m);
    if (follow) publisher = follow[1];
  }
  let dateline: Article['dateline'];
  const firstPara = paragraphs[0];
  if (firstPara && firstPara.start === lines[bodyLine]?.start) {
    const m = DATELINE.exec(firstPara.text);
    if (m) {
      const lead = firstPara.text.indexOf(m[1]);
      dateline = { start: firstPara.start + lead, end: firstPara.start + lead + m[1].length, text: m[1], place: titleCase(m[1]) };
    }
  }
  const end = lines[last].end;
  return {
    index,
    start: headlineBlock.start,
    end,
    headline,
    headlineSpan: headlineBlock,
    published,
    publishedSpan,
    publisher,
    byline,
    dateline,
    bodyStart: bodyLine <= last ? lines[bodyLine].start : end,
    paragraphs,
    subheadings,
    bullets,
    captions,
    chrome,
    meta,
  };
}

/** Subheadings: short title-like lines set off by blank lines, without closing punctuation. */
function isSubheading(t: string): boolean {
  if (t.length > 120 || /[.!?,;:”"’')\]]$/.test(t)) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(t)) return false;
  return t.split(/\s+/).length <= 14;
}

/**
 * Splits a page scrape into its articles: a related-article page holds several, each
 * starting at a headline followed by its own metadata block. A headline repeated under its
 * metadata is the same article; a file with no metadata at all (BBC style) is one article.
 */
export function segmentArticles(text: string): Article[] {
  const lines = splitLines(text);
  const starts = articleStarts(lines);
  return starts.map((from, k) => buildArticle(lines, from, k + 1 < starts.length ? starts[k + 1] : lines.length, k));
}

