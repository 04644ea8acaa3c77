import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { findRoot } from './root';
import { parse } from 'yaml';

/** One labelled page scrape (see ../shared/eval/README.md for the label format). */
export interface LabelledFile {
  readonly set: 'seeds' | 'dev';
  readonly file: string;
  readonly path: string;
  readonly text: string;
  readonly articles: readonly { headline: string; published: string | null; topics: string[] }[];
  readonly entities: readonly { text: string; type: string }[];
  readonly claims: readonly { quote: string; rule: string; note?: string; requires?: string }[];
  readonly clean: readonly { quote: string; note?: string }[];
}

export const ROOT = findRoot();
export const FIXTURES = join(ROOT, 'test', 'fixtures');

/** Labelled seeds and dev articles shipped in test/fixtures/labelled. */
export function loadLabelled(set?: 'seeds' | 'dev'): LabelledFile[] {
  const out: LabelledFile[] = [];
  for (const s of ['seeds', 'dev'] as const) {
    if (set && s !== set) continue;
    const dir = join(FIXTURES, 'labelled', s);
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort()) {
      const label = parse(readFileSync(join(dir, name), 'utf8'));
      const textPath = s === 'seeds' ? join(ROOT, 'seeds', label.file) : join(dir, label.file);
      if (!existsSync(textPath)) continue;
      out.push({
        set: s,
        file: label.file,
        path: textPath,
        text: readFileSync(textPath, 'utf8'),
        articles: (label.articles ?? []).map((a: { headline: string; published: unknown; topics?: string[] }) => ({
          headline: a.headline,
          published: a.published == null ? null : String(a.published instanceof Date ? a.published.toISOString().slice(0, 10) : a.published),
          topics: a.topics ?? [],
        })),
        entities: label.entities ?? [],
        claims: label.claims ?? [],
        clean: label.clean ?? [],
      });
    }
  }
  return out;
}

/** The text of every labelled article (seeds and dev): real news to hold a fast path to its reference on. */
export function labelledTexts(): { file: string; text: string }[] {
  return loadLabelled().map(({ file, text }) => ({ file, text }));
}

/** [start, end) of each line of `text`, its `\n` left out. */
export function lineSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    out.push({ start, end });
    start = end + 1;
  }
  return out;
}
