/**
 * Small value types shared by the whole engine. Offsets are UTF-16 code units into the
 * document text (what JavaScript strings and VS Code count); positions are 0-based.
 */

export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** A half-open [start, end) span of UTF-16 offsets into a document's text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export type EntityType = 'person' | 'organization' | 'place' | 'misc' | 'date' | 'quantity';

/** A normalized date: `value` is ISO `YYYY-MM-DD`, `YYYY-MM` or `YYYY` depending on precision. */
export interface DateValue {
  readonly kind: 'date';
  readonly value: string | null;
  readonly precision: 'day' | 'month' | 'year' | 'unknown';
  /** The weekday the text states (e.g. "Tuesday" in "Tuesday, November 18, 2025"), if any. */
  readonly statedWeekday?: string;
  /** True when the year was not written and was inferred from the article's date. */
  readonly inferredYear?: boolean;
  readonly relative?: boolean;
}

/** A normalized quantity: `value` is the number, `unit` what it counts (currency code, `%`, `day`, a noun). */
export interface QuantityValue {
  readonly kind: 'quantity';
  readonly value: number;
  readonly unit: string;
  readonly category: 'count' | 'money' | 'percent' | 'duration' | 'other';
  /** `over`, `more than`, `about`, `at least`… when the figure is approximate or bounded. */
  readonly qualifier?: string;
}

export interface Mention extends Span {
  readonly text: string;
  readonly type: EntityType;
  /** Knowledge-base actor id when linked. */
  readonly actor?: string;
  readonly confidence: number;
  readonly normalized?: DateValue | QuantityValue;
  /** For a partial/alias mention, the fuller surface form it resolves to within the article. */
  readonly canonical?: string;
  /** Actor id this mention is a near-miss spelling of (fuzzy link, low confidence). */
  readonly misspellingOf?: string;
}

/** A name found by a recognizer, before knowledge-base linking. */
export interface NameSpan extends Span {
  readonly type: 'person' | 'organization' | 'place' | 'misc';
  readonly confidence: number;
}

/**
 * Finds names (people, organisations, places, misc) in a region of a text. Rule-based and
 * learned recognizers both implement it, so either can replace or join the other.
 */
export interface NameRecognizer {
  readonly id: string;
  recognize(text: string, region?: Span): NameSpan[];
}

export type RuleId =
  | 'vague-attribution'
  | 'unsourced-statistic'
  | 'implausible-quantity'
  | 'date-inconsistency'
  | 'relative-timestamp'
  | 'name-inconsistency'
  | 'unattributed-quote'
  | 'numeric-contradiction'
  | 'speculative-claim';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface RelatedLocation extends Span {
  readonly message: string;
  /** Another file (corpus checks); absent means the same document. */
  readonly file?: string;
}

export interface Finding extends Span {
  /** A built-in rule id, or `pack/<id>` for a workspace rule-pack rule. */
  readonly rule: RuleId | string;
  readonly severity: Severity;
  readonly message: string;
  readonly related: readonly RelatedLocation[];
  readonly data?: Readonly<Record<string, unknown>>;
}

/** A block of text inside an article (a paragraph, bullet, caption, chrome line…). */
export interface Block extends Span {
  readonly text: string;
}

/** One article of a page scrape; a file may hold several (a related-article page). */
export interface Article extends Span {
  /** 0-based position of the article in its file. */
  readonly index: number;
  readonly headline: string;
  readonly headlineSpan: Span;
  /** ISO `YYYY-MM-DD` when the page states an absolute date for this article, else null. */
  readonly published: string | null;
  readonly publishedSpan?: Span;
  readonly publisher?: string;
  readonly byline?: Block;
  /** Dateline place as written (`ISLAMABAD`), with a display form (`Islamabad`). */
  readonly dateline?: Block & { readonly place: string };
  /** Start of the article body (the first paragraph after headline, metadata, bullets and captions). */
  readonly bodyStart: number;
  readonly paragraphs: readonly Block[];
  readonly subheadings: readonly Block[];
  readonly bullets: readonly Block[];
  readonly captions: readonly Block[];
  /** Page chrome: `Short Url`, `Follow`, `3 mins read`, `Leave a Reply`… */
  readonly chrome: readonly Block[];
  /** Metadata lines: `Updated …`, `posted 2 hours ago`, date lines, `Published in …`. */
  readonly meta: readonly Block[];
}
