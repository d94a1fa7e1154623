import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { structureOf } from '../lib/source.ts';
import { parseSample, SAMPLE_EXT } from './contentFiles.ts';
import type { Sample } from '../lib/content/schema.ts';
import { searchRecord, type SearchRecord } from '../lib/search/records.ts';

/** The collection's samples, each with its search record, read and analyzed as the site's loader does. */
export function collectionRecords(contentDir = process.env.FANWENKU_CONTENT ?? 'src/content'): { sample: Sample; record: SearchRecord }[] {
  const dir = join(contentDir, 'samples');
  return readdirSync(dir)
    .filter((f) => f.endsWith(SAMPLE_EXT))
    .sort()
    .map((f) => {
      const sample = parseSample(readFileSync(join(dir, f), 'utf8'), join(dir, f));
      return { sample, record: searchRecord({ ...sample, structure: structureOf(sample) }) };
    });
}
