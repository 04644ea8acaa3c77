// Topic accuracy: main topic among the labelled topics (seeds + dev), and 5-fold cross-validation on bbc-dev.
import { loadLabelled } from '../../test/support/labels';
import { segmentArticles } from '../../src/core/articles/segment';
import { TopicClassifier, classifyTopics } from '../../src/core/topics/classify';
import { trainTopicModel } from '../../src/core/topics/train';
import { loadBbc } from '../topics/bbc';

const FOLDS = 5;

export function run(): void {
  labelledAccuracy();
  crossValidation();
}

function labelledAccuracy(): void {
  let total = 0;
  let correct = 0;
  for (const file of loadLabelled()) {
    const articles = segmentArticles(file.text);
    file.articles.forEach((label, i) => {
      if (label.topics.length === 0) return;
      // Match by headline when segmentation found it, else by position.
      const article = articles.find((a) => a.headline.trim() === label.headline.trim()) ?? articles[i];
      const topics = article ? classifyTopics(article.headline, file.text.slice(article.bodyStart, article.end)) : [];
      const main = topics[0]?.id ?? '(none)';
      const ok = label.topics.includes(main);
      total++;
      if (ok) correct++;
      const ranked = topics.map((t) => `${t.id} ${t.score.toFixed(2)}`).join(', ');
      console.log(`${ok ? '✓' : '✗'} [${file.set}] ${label.headline.slice(0, 70)}\n    labelled: ${label.topics.join(', ')} | got: ${ranked}`);
    });
  }
  console.log(`seeds+dev main-topic accuracy: ${correct}/${total} = ${(correct / Math.max(1, total)).toFixed(3)}`);
}

function crossValidation(): void {
  const all = loadBbc();
  if (all.length === 0) {
    console.log('bbc-dev not found (set BYLINE_BBC_DIR); cross-validation skipped');
    return;
  }
  // Deterministic folds: the i-th article of each category goes to fold i mod 5.
  const perCategory = new Map<string, number>();
  const folded = all.map((e) => {
    const i = perCategory.get(e.topic) ?? 0;
    perCategory.set(e.topic, i + 1);
    return { ...e, fold: i % FOLDS };
  });
  let correct = 0;
  const confusions = new Map<string, number>();
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = trainTopicModel(folded.filter((e) => e.fold !== fold));
    // All ten topics compete (lexicon-only topics included), as in the shipped classifier.
    const classifier = new TopicClassifier({ model });
    for (const e of folded.filter((x) => x.fold === fold)) {
      const main = classifier.classify(e.headline, e.body)[0]?.id ?? '(none)';
      if (main === e.topic) correct++;
      else confusions.set(`${e.topic} → ${main}`, (confusions.get(`${e.topic} → ${main}`) ?? 0) + 1);
    }
  }
  const errors = [...confusions].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ×${n}`).join('; ');
  console.log(`bbc-dev ${FOLDS}-fold cross-validated main-topic accuracy: ${correct}/${all.length} = ${(correct / all.length).toFixed(3)} (target ≥ 0.95)`);
  if (errors) console.log(`  errors: ${errors}`);
}
