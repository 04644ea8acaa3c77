import { codePointToUtf16, utf16ToCodePoints } from '../codePoints';
import type { Annotation, AnnotationKind } from '../model';

/**
 * brat standoff (.ann) export and import. brat counts offsets in Unicode code points over the
 * .txt file (JavaScript counts UTF-16 units: converted here, brat#1115), a T line's text may not
 * hold a line break (a span across lines becomes discontinuous fragments), entity types are
 * single tokens, and free text goes in `#n AnnotatorNotes` lines. Verdicts and triage states go
 * in `A` attribute lines, Wikidata links in `N` normalization lines.
 */

export const BRAT_TYPES: Record<AnnotationKind, string> = {
  note: 'Note',
  tag: 'Tag',
  verdict: 'Verdict',
  'actor-link': 'Actor',
  triage: 'Triage',
};
const KIND_OF_TYPE = new Map(Object.entries(BRAT_TYPES).map(([k, v]) => [v, k as AnnotationKind]));

/** [start, end) UTF-16 pieces of a span with its line breaks cut out. */
function fragments(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let s = start;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : -1;
    if (c === 10 || c === 13 || c === -1) {
      if (i > s) out.push([s, i]);
      s = i + 1;
    }
  }
  return out;
}

/** Escapes what would break a one-line brat field. */
const oneLine = (s: string): string => s.replace(/\\/g, '\\\\').replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\t/g, '\\t');
const unOneLine = (s: string): string => s.replace(/\\(\\|r|n|t)/g, (_m, c: string) => (c === 'n' ? '\n' : c === 'r' ? '\r' : c === 't' ? '\t' : '\\'));

/**
 * Returns the .ann text for the annotations of one article whose text is `text`. Annotations
 * whose quote is not at their offsets (orphans) are skipped, since brat has no place for them.
 */
export function exportBrat(text: string, annotations: readonly Annotation[]): { ann: string; skipped: Annotation[] } {
  const lines: string[] = [];
  const skipped: Annotation[] = [];
  let t = 0, a = 0, n = 0, note = 0;
  const sorted = [...annotations].sort((x, y) => x.target.start - y.target.start || x.target.end - y.target.end);
  for (const an of sorted) {
    const { start, end, exact } = an.target;
    const frags = fragments(text, start, end);
    if (text.slice(start, end) !== exact || frags.length === 0) { skipped.push(an); continue; }
    const cps = utf16ToCodePoints(text, frags.flat());
    const offsets = frags.map((_f, k) => `${cps[2 * k]} ${cps[2 * k + 1]}`).join(';');
    const tid = `T${++t}`;
    lines.push(`${tid}\t${BRAT_TYPES[an.kind]} ${offsets}\t${frags.map(([s, e]) => text.slice(s, e)).join(' ')}`);
    if (an.kind === 'verdict' || an.kind === 'triage') lines.push(`A${++a}\t${BRAT_TYPES[an.kind]}Value ${tid} ${an.body.replace(/\s+/g, '_')}`);
    if (an.kind === 'actor-link' && an.wikidata) lines.push(`N${++n}\tReference ${tid} Wikidata:${an.wikidata}\t${oneLine(an.label ?? an.body)}`);
    // The note carries the body (and comment) verbatim, escaped to one line.
    const noteText = an.kind === 'verdict' || an.kind === 'triage' ? an.comment : [an.body, an.comment].filter((x) => x !== undefined).join('\n');
    if (noteText) lines.push(`#${++note}\tAnnotatorNotes ${tid}\t${oneLine(noteText)}`);
  }
  return { ann: lines.length ? lines.join('\n') + '\n' : '', skipped };
}

/** One span read back from a .ann file (UTF-16 offsets into the article text). */
export interface BratSpan {
  readonly id: string;
  readonly kind: AnnotationKind;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value?: string;
  readonly note?: string;
  readonly wikidata?: string;
}

/** Parses a .ann file against its article text; throws with the line number on a malformed line. */
export function importBrat(text: string, ann: string): BratSpan[] {
  const spans = new Map<string, { id: string; kind: AnnotationKind; start: number; end: number; text: string; value?: string; note?: string; wikidata?: string }>();
  ann.split(/\r?\n/).forEach((line, k) => {
    if (!line.trim()) return;
    const fail = (why: string): never => { throw new Error(`.ann line ${k + 1}: ${why}`); };
    const [id, mid, rest] = line.split('\t');
    if (id.startsWith('T')) {
      const m = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(mid ?? '') ?? fail('expected "TYPE START END[;START END]"');
      const kind = KIND_OF_TYPE.get(m[1]) ?? fail(`unknown type ${m[1]}`);
      const nums = m[2].split(/[ ;]/).map(Number);
      const start = codePointToUtf16(text, nums[0]);
      const end = codePointToUtf16(text, nums[nums.length - 1]);
      const pieces: string[] = [];
      for (let i = 0; i < nums.length; i += 2) pieces.push(text.slice(codePointToUtf16(text, nums[i]), codePointToUtf16(text, nums[i + 1])));
      if (rest !== undefined && pieces.join(' ') !== rest) fail(`text "${rest}" is not what the offsets select`);
      spans.set(id, { id, kind, start, end, text: text.slice(start, end) });
    } else if (id.startsWith('A')) {
      const [, ref, value] = (mid ?? '').split(' ');
      const s = spans.get(ref) ?? fail(`unknown entity ${ref}`);
      s.value = value;
    } else if (id.startsWith('N')) {
      const [, ref, iri] = (mid ?? '').split(' ');
      const s = spans.get(ref) ?? fail(`unknown entity ${ref}`);
      s.wikidata = iri?.replace(/^Wikidata:/, '');
    } else if (id.startsWith('#')) {
      const [, ref] = (mid ?? '').split(' ');
      const s = spans.get(ref) ?? fail(`unknown entity ${ref}`);
      s.note = unOneLine(rest ?? '');
    } else fail(`unsupported line ${id}`);
  });
  return [...spans.values()];
}

/**
 * Returns an annotation.conf declaring the entity types, normalization and the attribute
 * values used by `annotations`, so brat shows an exported folder without configuration errors.
 */
export function bratConfig(annotations: readonly Annotation[]): string {
  const values = (kind: AnnotationKind) => [...new Set(annotations.filter((a) => a.kind === kind).map((a) => a.body.replace(/\s+/g, '_')))].sort();
  const attrs = (['verdict', 'triage'] as const)
    .filter((k) => values(k).length)
    .map((k) => `${BRAT_TYPES[k]}Value\tArg:${BRAT_TYPES[k]}, Value:${values(k).join('|')}`);
  return ['[entities]', ...Object.values(BRAT_TYPES), '', '[relations]', '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>', '', '[events]', '', '[attributes]', ...attrs, ''].join('\n');
}
