// The BBC News topic corpus (../shared/eval/bbc-dev) as training examples, for training and evaluation.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findRoot } from '../../test/support/root';
import type { TrainingExample } from '../../src/core/topics/train';

/** BBC category folder → our topic id (as the eval README maps them). */
export const BBC_TOPICS: Readonly<Record<string, string>> = {
  business: 'economy',
  entertainment: 'culture',
  politics: 'politics',
  sport: 'sport',
  tech: 'science-technology',
};

export const repoRoot = (): string => findRoot();

export function bbcDir(): string {
  return process.env.BYLINE_BBC_DIR ?? resolve(repoRoot(), '..', 'shared', 'eval', 'bbc-dev');
}

/** BBC articles as training examples (first line is the headline), sorted by category then file. */
export function loadBbc(dir = bbcDir()): (TrainingExample & { file: string })[] {
  const out: (TrainingExample & { file: string })[] = [];
  for (const category of Object.keys(BBC_TOPICS).sort()) {
    const folder = join(dir, category);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).filter((n) => n.endsWith('.txt')).sort()) {
      const text = readFileSync(join(folder, name), 'utf8').replace(/\r\n?/g, '\n');
      const nl = text.indexOf('\n');
      out.push({ topic: BBC_TOPICS[category], headline: text.slice(0, nl).trim(), body: text.slice(nl + 1), file: `${category}/${name}` });
    }
  }
  return out;
}
