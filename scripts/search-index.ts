// Writes the search bundles (<dist>/pagefind, then <dist>/pagefind/bundle-2/…) from the search
// records astro build left in <dist>, a fresh Pagefind service per bundle, then removes the records.
// Run by `npm run build` after astro build (in a process of its own: see src/build/searchRecordsFile.ts)
// and before the offline files, which list the index.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { readSearchRecords, removeSearchRecords, searchRecordBundles } from '../src/build/searchRecordsFile.ts';
import { writeSearchIndex } from '../src/build/searchIndex.ts';
import { bundlePath } from '../src/lib/search/bundles.ts';

const dist = process.argv[2] ?? 'dist';
const started = performance.now();
const bundles = searchRecordBundles(dist);
// An earlier build's bundles would outlive a smaller collection.
rmSync(join(dist, 'pagefind'), { recursive: true, force: true });
let samples = 0;
// The first bundle first: it is the folder the later ones are written inside.
for (let k = 0; k < bundles; k++) samples += await writeSearchIndex(readSearchRecords(dist, k), join(dist, bundlePath(k)));
removeSearchRecords(dist);
console.log(
  `search index: ${samples} samples in ${bundles} bundle(s), ${((performance.now() - started) / 1000).toFixed(1)} s → ${join(dist, 'pagefind')}`,
);
