import { segmentArticles } from '../../src/core/articles/segment';
import { loadLabelled } from '../../test/support/labels';

/** Article count, headline and published-date accuracy against the seeds and dev labels. */
export function run(): void {
  for (const set of ['seeds', 'dev'] as const) {
    let files = 0, countOk = 0, articles = 0, headlines = 0, dates = 0;
    for (const f of loadLabelled(set)) {
      files++;
      const got = segmentArticles(f.text);
      if (got.length === f.articles.length) countOk++;
      f.articles.forEach((want, k) => {
        articles++;
        if (got[k]?.headline === want.headline) headlines++;
        if ((got[k]?.published ?? null) === want.published) dates++;
      });
    }
    console.log(`${set.padEnd(5)}  files ${files}  article count right ${countOk}/${files}  headlines ${headlines}/${articles}  published dates ${dates}/${articles}`);
  }
}
