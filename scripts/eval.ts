// `npm run eval`: scores the engine on labelled data; each section prints its own figures.
import * as segmentation from './eval/segmentation';
import * as annotations from './eval/annotations';
import * as claims from './eval/claims';
import * as topics from './eval/topics';
import * as ner from './eval/ner';
import * as entities from './eval/entities';

const sections: { name: string; run: () => Promise<void> | void }[] = [
  { name: 'segmentation', run: segmentation.run },
  { name: 'annotations', run: annotations.run },
  { name: 'claims', run: claims.run },
  { name: 'topics', run: topics.run },
  { name: 'ner', run: ner.run },
  { name: 'entities', run: entities.run },
];

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  for (const s of sections) {
    if (only.length && !only.includes(s.name)) continue;
    console.log(`\n=== ${s.name} ===`);
    await s.run();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
