// Builds the site's search index: one Pagefind record per sample, from the same
// collection files and engine the pages are built from. Run by `npm run build` after astro build.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { structureOf } from '../src/lib/analyze.ts';
import { parseSample, SAMPLE_EXT } from '../src/lib/content/files.ts';
import { searchRecord } from '../src/lib/search/records.ts';
import { writeSearchIndex } from './search/pagefind.ts';

const content = process.env.FANWENKU_CONTENT ?? 'src/content';
const out = process.argv[2] ?? 'dist/pagefind';
const dir = join(content, 'samples');
const records = readdirSync(dir)
  .filter((f) => f.endsWith(SAMPLE_EXT))
  .sort()
  .map((f) => {
    const sample = parseSample(readFileSync(join(dir, f), 'utf8'), join(dir, f));
    return searchRecord({ ...sample, structure: structureOf(sample) });
  });
rmSync(out, { recursive: true, force: true });
await writeSearchIndex(records, out);
console.log(`search index: ${records.length} samples → ${out}`);
