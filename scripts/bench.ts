// `npm run bench`: speed figures; each section prints its own table (see bench/results.json).
import * as segmentation from './bench/segmentation';

const sections: { name: string; run: () => Promise<Record<string, unknown>> }[] = [
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
