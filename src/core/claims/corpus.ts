import type { Article, Finding, Mention, Severity } from '../types';
import { checkAgainstCorpus, factsOf, spellingIndex, type ArticleFacts, type FileFacts } from './corpusFacts';

/** One document of a corpus, already segmented (mentions per article, when recognised, give event checks). */
export interface CorpusDocument {
  readonly file: string;
  readonly text: string;
  readonly articles: readonly Article[];
  /** The recognizer's mentions of each article, parallel to `articles`. */
  readonly mentions?: readonly (readonly Mention[])[];
  /** Each article's cross-file facts when the analysis gathered them (its `facts` option), parallel to `articles`. */
  readonly facts?: readonly (ArticleFacts | undefined)[];
}

/**
 * Findings that need more than one document, per file and sorted by offset: a person whose
 * surname is spelled one way in some files and another way in others (same given name), and an
 * event count that differs between files reporting the same event (see `checkAgainstCorpus`).
 */
export function checkCorpus(docs: readonly CorpusDocument[], severity: Severity | 'off' = 'information', figureSeverity: Severity | 'off' = 'warning'): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  if (severity === 'off' && figureSeverity === 'off') return out;
  const facts: FileFacts[] = docs.map((d) => factsOf({ file: d.file, text: d.text, articles: d.articles.map((article, i) => ({ article, mentions: d.mentions?.[i], facts: d.facts?.[i] })) }));
  const index = spellingIndex(facts);
  for (const f of facts) {
    const found = checkAgainstCorpus(f, index, facts, { names: severity, figures: figureSeverity });
    if (found.length) out.set(f.file, found);
  }
  return out;
}
