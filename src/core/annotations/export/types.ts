import type { Annotation } from '../model';

/** One article's annotations as the exporters take them. */
export interface ArticleAnnotations {
  /** Where the article lives: a workspace-relative path or an IRI; written as the target source. */
  readonly source: string;
  /** The article text, when known: needed for code-point offsets (brat, W3C positions). */
  readonly text?: string;
  readonly annotations: readonly Annotation[];
}
