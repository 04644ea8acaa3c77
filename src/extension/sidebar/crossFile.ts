import type { FindingEntry } from '../../core/corpus/corpusIndex';
import type { FindingRef } from '../../core/corpus/summary';
import type { CorpusService } from '../corpus/service';
import type { CorpusFinding } from '../diagnostics/corpusChecks';

/**
 * Findings across files (a name spelled differently in another article, event counts that
 * disagree) as entries of the article each falls in, for the Claims and Topics views beside each
 * file's own findings. Recomputed only when the checks or the corpus index change.
 */
export class CrossFileFindings {
  private memo: { source: readonly CorpusFinding[]; version: number; entries: FindingEntry[]; byArticle: Map<string, FindingRef[]> } | undefined;

  constructor(
    private readonly corpus: CorpusService,
    private readonly source: () => readonly CorpusFinding[],
  ) {}

  /** Every cross-file finding of an indexed article (files the index has not seen yet are left out). */
  entries(): readonly FindingEntry[] {
    return this.current().entries;
  }

  /** The cross-file findings of one article. */
  ofArticle(path: string, index: number): readonly FindingRef[] {
    return this.current().byArticle.get(`${path}#${index}`) ?? [];
  }

  private current(): NonNullable<CrossFileFindings['memo']> {
    const source = this.source();
    const version = this.corpus.index.version;
    if (this.memo?.source === source && this.memo.version === version) return this.memo;
    const entries: FindingEntry[] = [];
    const byArticle = new Map<string, FindingRef[]>();
    for (const c of source) {
      const line = c.range.start.line;
      const article = this.corpus.index.get(c.path)?.articles.find((a) => a.range.start.line <= line && line <= a.range.end.line);
      if (!article) continue;
      // The `/corpus` suffix keeps the id apart from a same-rule finding of the file's own at the same offsets.
      const finding: FindingRef = { rule: c.finding.rule, severity: c.finding.severity, message: c.finding.message, range: c.range, id: `${c.finding.rule}@${c.finding.start}-${c.finding.end}/corpus`, quote: c.quote };
      entries.push({ path: c.path, article, finding });
      const key = `${c.path}#${article.index}`;
      const list = byArticle.get(key);
      if (list) list.push(finding);
      else byArticle.set(key, [finding]);
    }
    this.memo = { source, version, entries, byArticle };
    return this.memo;
  }
}
