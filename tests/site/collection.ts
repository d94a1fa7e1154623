import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSample } from '../../src/build/contentFiles.ts';
import type { Sample } from '../../src/lib/content/schema.ts';

/** The committed collection the site is built from: what the pages must show. */
export function committedSamples(dir = 'src/content/samples'): Sample[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => parseSample(readFileSync(join(dir, f), 'utf8'), f));
}
