// Writes <dist>/pagefind from the search records astro build left in <dist>, then removes them.
// Run by `npm run build` after astro build (in a process of its own: see src/build/searchRecordsFile.ts)
// and before the offline files, which list the index.
import { join } from 'node:path';
import { readSearchRecords, removeSearchRecords } from '../src/build/searchRecordsFile.ts';
import { writeSearchIndex } from '../src/build/searchIndex.ts';

const dist = process.argv[2] ?? 'dist';
const started = performance.now();
const count = await writeSearchIndex(readSearchRecords(dist), join(dist, 'pagefind'));
removeSearchRecords(dist);
console.log(`search index: ${count} samples in ${((performance.now() - started) / 1000).toFixed(1)} s → ${join(dist, 'pagefind')}`);
