// The BBC News topic corpus (../shared/eval/bbc-dev) as training examples, for training and evaluation.
import { resolve } from 'node:path';
import { findRoot } from '../../test/support/root';
import type { TrainingExample } from '../../src/core/topics/train';
import { loadBbcDevFiles } from '../bench/util';

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
  return loadBbcDevFiles(dir)
    .filter((f) => f.category in BBC_TOPICS)
    .map((f) => {
      const text = f.text.replace(/\r\n?/g, '\n');
      const nl = text.indexOf('\n');
      return { topic: BBC_TOPICS[f.category], headline: text.slice(0, nl).trim(), body: text.slice(nl + 1), file: `${f.category}/${f.name}` };
    });
}
