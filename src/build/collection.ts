import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sample, SampleEntry, Source } from '../lib/content/schema.ts';
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

/** The extension of one sub-folder's files. */
export const contentExt = (sub: 'samples' | 'sources'): string => (sub === 'samples' ? SAMPLE_EXT : SOURCE_EXT);

/** One file of the collection, read. */
export const contentFile = (path: string): ContentFile => ({ path, raw: readFileSync(path, 'utf8') });

/** The files of one sub-folder with one extension, sorted by name; none when the folder is missing. */
export function contentFiles(dir: string, sub: 'samples' | 'sources'): ContentFile[] {
  const folder = [join(dir, COMMITTED_IMPORT, sub), join(dir, sub)].find((f) => existsSync(f));
  if (folder === undefined) return [];
  return readdirSync(folder)
    .filter((f) => f.endsWith(contentExt(sub)))
    .sort()
    .map((f) => contentFile(join(folder, f)));
}

/**
 * The folder of original files: a Word or PDF source as it was received, kept by the import CLI
 * so that its pages can offer it for download. Text sources are their own record; a saved web
 * page is not kept, as serving it from the site would run its scripts on the site's origin.
 */
export const ORIGINALS = 'originals';

const KEPT_FORMATS: readonly Source['format'][] = ['docx', 'doc', 'pdf'];

/** The name a source's original is kept under (`001_abc.docx`); null for a format not kept. */
export const originalName = (source: Pick<Source, 'name' | 'format'>): string | null =>
  KEPT_FORMATS.includes(source.format) ? `${source.name}.${source.format}` : null;

/** Where a source's original is, committed state first as for every reader; null when it is not kept. */
export function originalPath(source: Pick<Source, 'name' | 'format'>, dir = contentDir()): string | null {
  const name = originalName(source);
  if (name === null) return null;
  return [join(dir, COMMITTED_IMPORT, ORIGINALS, name), join(dir, ORIGINALS, name)].find((f) => existsSync(f)) ?? null;
}

/** The collection's samples and source records, parsed by the content format's own parsers. */
export function readCollection(dir = contentDir()): Collection {
  return {
    samples: contentFiles(dir, 'samples').map((f) => parseSample(f.raw, f.path)),
    sources: contentFiles(dir, 'sources').map((f) => parseSource(f.raw)),
  };
}

/**
 * What the site's loader analysed in this process: the build's search integration indexes these
 * entries, so the engine runs once per sample per build. Kept on globalThis because Astro evaluates
 * the loader (content config) and the integrations (astro.config.mjs) with separate module runners,
 * each with its own instance of this module; a module-level variable would not be seen by both.
 */
interface Analysed {
  /** Engine runs (`entryOf`) in this process. */
  engineRuns: number;
  /** The samples the loader holds, by file path; null until a samples loader has run. */
  loaded: Map<string, SampleEntry> | null;
}

const analysed: Analysed = ((globalThis as Record<symbol, Analysed | undefined>)[Symbol.for('fanwenku.analysed')] ??= {
  engineRuns: 0,
  loaded: null,
});

/** A sample with the structure the engine finds in it: what every page renders. */
export function entryOf(sample: Sample): SampleEntry {
  analysed.engineRuns++;
  return { ...sample, structure: structureOf(sample) };
}

/** How many times the engine ran in this process. */
export const engineRuns = (): number => analysed.engineRuns;

/** A fresh record of the samples loader's entries by file path, replacing the last one: the loader keeps it current. */
export const recordLoadedSamples = (): Map<string, SampleEntry> => (analysed.loaded = new Map());

/** The entries the samples loader holds, in the reader's order (file name); null when no loader ran in this process. */
export function loadedEntries(): SampleEntry[] | null {
  const { loaded } = analysed;
  return loaded && [...loaded.keys()].sort().map((path) => loaded.get(path)!);
}

/** The collection's samples as entries, in id order. */
export function readEntries(dir = contentDir()): SampleEntry[] {
  return readCollection(dir).samples.map(entryOf);
}
