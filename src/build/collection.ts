import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sample, SampleEntry } from '../lib/content/schema.ts';
import type { Collection } from '../lib/import/importer.ts';
import { structureOf } from '../lib/source.ts';
import { parseSample, parseSource, SAMPLE_EXT, SOURCE_EXT } from './contentFiles.ts';

/**
 * The one reader of an imported collection (a content folder the import CLI wrote): the site's
 * loader, the import CLI, the search index, the benchmarks and the tests all read it here.
 */

/** The content folder: `src/content`, or another imported collection (tests, benchmarks). */
export const contentDir = (): string => process.env.FANWENKU_CONTENT ?? 'src/content';

/** One file of the collection: where it is and its bytes as text. */
export interface ContentFile {
  path: string;
  raw: string;
}

/**
 * Where the import CLI keeps a committed state until it has moved both folders into place
 * (scripts/import.ts). Readers take a folder from there first, so an import's samples and sources
 * appear together at its commit, also when it was killed before moving them.
 */
export const COMMITTED_IMPORT = join('.import', 'ready');

/** The files of one sub-folder with one extension, sorted by name; none when the folder is missing. */
export function contentFiles(dir: string, sub: 'samples' | 'sources'): ContentFile[] {
  const ext = sub === 'samples' ? SAMPLE_EXT : SOURCE_EXT;
  const folder = [join(dir, COMMITTED_IMPORT, sub), join(dir, sub)].find((f) => existsSync(f));
  if (folder === undefined) return [];
  return readdirSync(folder)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => ({ path: join(folder, f), raw: readFileSync(join(folder, f), 'utf8') }));
}

/** The collection's samples and source records, parsed by the content format's own parsers. */
export function readCollection(dir = contentDir()): Collection {
  return {
    samples: contentFiles(dir, 'samples').map((f) => parseSample(f.raw, f.path)),
    sources: contentFiles(dir, 'sources').map((f) => parseSource(f.raw)),
  };
}

/** A sample with the structure the engine finds in it: what every page renders. */
export const entryOf = (sample: Sample): SampleEntry => ({ ...sample, structure: structureOf(sample) });

/** The collection's samples as entries, in id order. */
export function readEntries(dir = contentDir()): SampleEntry[] {
  return readCollection(dir).samples.map(entryOf);
}
