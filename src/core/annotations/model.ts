import { createHash, randomBytes } from 'node:crypto';

/** What an annotation says about its passage. */
export type AnnotationKind = 'note' | 'tag' | 'verdict' | 'actor-link' | 'triage';
export const ANNOTATION_KINDS: readonly AnnotationKind[] = ['note', 'tag', 'verdict', 'actor-link', 'triage'];

/** A reader's assessment of a claim. */
export type Verdict = 'verified' | 'false' | 'misleading' | 'unverifiable' | 'needs-source';
export const VERDICTS: readonly Verdict[] = ['verified', 'false', 'misleading', 'unverifiable', 'needs-source'];

/**
 * Where an annotation sits: the quoted passage with some context on each side, and its
 * [start, end) UTF-16 offsets in the text it was last anchored to.
 */
export interface TextTarget {
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
  readonly start: number;
  readonly end: number;
}

/** A reply in a note's thread (the Comments API shows them as review comments). */
export interface Reply {
  readonly id: string;
  readonly author: string;
  readonly created: string;
  readonly modified: string;
  readonly body: string;
}

export interface Annotation {
  readonly id: string;
  readonly kind: AnnotationKind;
  readonly author: string;
  /** ISO 8601 times. */
  readonly created: string;
  readonly modified: string;
  /** Note text, tag name, verdict, actor id, or triage state, depending on `kind`. */
  readonly body: string;
  /** Optional free text beside a tag, verdict, actor link or triage. */
  readonly comment?: string;
  /** Actor display name (actor links). */
  readonly label?: string;
  /** Wikidata id such as `Q42` (actor links), when known. */
  readonly wikidata?: string;
  /** Rule id of the finding a triage annotation assesses. */
  readonly rule?: string;
  /** A note thread marked resolved. */
  readonly resolved?: boolean;
  readonly replies?: readonly Reply[];
  readonly target: TextTarget;
  /** `sha256:` hash of the article text when the annotation was last anchored. */
  readonly contentHash?: string;
}

/** How many characters of context are kept on each side of a quote. */
export const CONTEXT_CHARS = 32;

/** Returns a new random id that sorts nowhere in particular and never collides in practice. */
export function newAnnotationId(): string {
  return 'a' + randomBytes(8).toString('hex');
}

/** Returns the `sha256:` hash of a text (what `contentHash` stores). */
export function contentHashOf(text: string): string {
  return 'sha256:' + createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Moves `i` off the low half of a surrogate pair so a cut never splits a character. */
function clampToCharBoundary(text: string, i: number, towardStart: boolean): number {
  if (i <= 0 || i >= text.length) return Math.max(0, Math.min(i, text.length));
  const c = text.charCodeAt(i);
  const isLow = c >= 0xdc00 && c <= 0xdfff;
  const prevHigh = text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff;
  if (isLow && prevHigh) return towardStart ? i - 1 : i + 1;
  return i;
}

/** Context never grows past this many characters a side, however repetitive the text. */
export const MAX_CONTEXT_CHARS = 256;

/**
 * Returns the target for [start, end) of `text`: the quote and about 32 characters of context
 * each side. When the text repeats the passage (a headline printed twice), the context is
 * made twice as long as the shortest one that tells the repeats apart, so that a twin still
 * differs from it by a wide margin after edits have worn the context down.
 */
export function targetAt(text: string, start: number, end: number): TextTarget {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  const window = (w: number): [number, number] => [clampToCharBoundary(text, Math.max(0, s - w), false), clampToCharBoundary(text, Math.min(text.length, e + w), true)];
  const unique = ([p, q]: [number, number]): boolean => {
    const around = text.slice(p, q);
    return text.indexOf(around) === p && text.indexOf(around, p + 1) === -1;
  };
  let w = 8;
  while (w < MAX_CONTEXT_CHARS / 2 && !unique(window(w))) w += 8;
  const [p, q] = window(Math.min(MAX_CONTEXT_CHARS, Math.max(CONTEXT_CHARS, 2 * w)));
  return { exact: text.slice(s, e), prefix: text.slice(p, s), suffix: text.slice(e, q), start: s, end: e };
}

/** Orders annotations by position, then end, then id (the order sidecars are written in). */
export function compareAnnotations(a: Annotation, b: Annotation): number {
  return a.target.start - b.target.start || a.target.end - b.target.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
