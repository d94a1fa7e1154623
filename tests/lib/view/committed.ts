/** The committed samples with the structure the engine finds in them, as the site's loader computes it. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { structureOf } from '../../../src/lib/source.ts';
import { parseSample } from '../../../src/build/contentFiles.ts';
import type { SampleEntry } from '../../../src/lib/content/schema.ts';

const DIR = fileURLToPath(new URL('../../../src/content/samples/', import.meta.url));

export function committedEntries(): SampleEntry[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const sample = parseSample(readFileSync(DIR + f, 'utf8'), f);
      return { ...sample, structure: structureOf(sample) };
    });
}
