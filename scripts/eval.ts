// `npm run eval`: scores the engine on labelled data; each section prints its own figures.
import * as segmentation from './eval/segmentation';

const sections: { name: string; run: () => Promise<void> | void }[] = [
  { name: 'segmentation', run: segmentation.run },
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
