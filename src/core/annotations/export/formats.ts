import { exportBrat } from './brat';
import { exportClaimReview } from './claimReview';
import { exportCsv } from './csv';
import type { ArticleAnnotations } from './types';
import { exportW3c } from './w3c';

export type ExportFormat = 'w3c' | 'brat' | 'csv' | 'claimreview';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['w3c', 'brat', 'csv', 'claimreview'];

/** File extension of each format's output. */
export const EXPORT_EXTENSION: Record<ExportFormat, string> = { w3c: '.jsonld', brat: '.ann', csv: '.csv', claimreview: '.jsonld' };

/** One output file: `name` is set for per-article outputs (brat), undefined for a single combined one. */
export interface ExportOutput {
  readonly source?: string;
  readonly text: string;
}

/**
 * Exports the articles' annotations in `format`: one combined output for W3C, CSV and
 * ClaimReview; one .ann per article for brat (its offsets refer to one .txt file). Warnings name
 * what could not be exported (orphans in brat, articles whose text is missing).
 */
export function exportAnnotations(format: ExportFormat, articles: readonly ArticleAnnotations[]): { outputs: ExportOutput[]; warnings: string[] } {
  const warnings: string[] = [];
  switch (format) {
    case 'w3c':
      return { outputs: [{ text: JSON.stringify(exportW3c(articles), null, 2) + '\n' }], warnings };
    case 'csv':
      return { outputs: [{ text: exportCsv(articles) }], warnings };
    case 'claimreview':
      return { outputs: [{ text: JSON.stringify(exportClaimReview(articles), null, 2) + '\n' }], warnings };
    case 'brat': {
      const outputs: ExportOutput[] = [];
      for (const art of articles) {
        if (art.text === undefined) { warnings.push(`${art.source}: article text not found, skipped`); continue; }
        const { ann, skipped } = exportBrat(art.text, art.annotations);
        for (const s of skipped) warnings.push(`${art.source}: annotation ${s.id} is not on its quote (orphan), skipped`);
        outputs.push({ source: art.source, text: ann });
      }
      return { outputs, warnings };
    }
  }
}
