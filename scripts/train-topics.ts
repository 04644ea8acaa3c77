// `npm run train:topics`: trains the shipped topic model (src/core/topics/model.json) from the
// BBC News corpus in ../shared/eval/bbc-dev. Deterministic: same data, same bytes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { trainTopicModel } from '../src/core/topics/train';
import { bbcDir, loadBbc, repoRoot } from './topics/bbc';

function main(): void {
  const examples = loadBbc();
  if (examples.length === 0) throw new Error(`No training data in ${bbcDir()}`);
  const model = trainTopicModel(examples, { trainedOn: `bbc-dev (${examples.length} BBC News articles, 2004-05)` });
  const target = join(repoRoot(), 'src', 'core', 'topics', 'model.json');
  writeFileSync(target, JSON.stringify(model, null, 0) + '\n');
  const sizes = Object.entries(model.weights).map(([t, w]) => `${t}: ${Object.keys(w).length}`);
  console.log(`wrote ${target} (${(JSON.stringify(model).length / 1024).toFixed(1)} KB; ${sizes.join(', ')})`);
}

main();
