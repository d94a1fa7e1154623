// Builds the site's search index: one Pagefind record per sample, from the same
// collection files and engine the pages are built from. Run by `npm run build` after astro build.
import { rmSync } from 'node:fs';
import { readEntries } from '../src/build/collection.ts';
import { searchRecord } from '../src/lib/search/records.ts';
import { writeSearchIndex } from '../src/build/searchIndex.ts';

const out = process.argv[2] ?? 'dist/pagefind';
const records = readEntries().map(searchRecord);
rmSync(out, { recursive: true, force: true });
await writeSearchIndex(records, out);
console.log(`search index: ${records.length} samples → ${out}`);
