import type { Loader } from 'astro/loaders';
import type { SampleEntry } from '../lib/content/schema.ts';
import { contentDir, contentFiles, entryOf, recordLoadedSamples } from './collection.ts';
import { parseSample, parseSource } from './contentFiles.ts';

/**
 * A loader over one folder of files the import CLI wrote. Each file is parsed by the
 * content format's own parser, so a sample's text stays data, never Markdown. `record`, when
 * given, receives a map the loader keeps equal to its entries by file path.
 */
function folderLoader<T extends Record<string, unknown>>(
  name: string,
  sub: 'samples' | 'sources',
  parse: (raw: string, file: string) => T,
  idOf: (entry: T) => string,
  record?: () => Map<string, T>,
): Loader {
  return {
    name,
    load: async ({ store, parseData, generateDigest, watcher }) => {
      const dir = contentDir();
      const recorded = record?.();
      store.clear();
      for (const f of contentFiles(dir, sub)) {
        const entry = parse(f.raw, f.path);
        const id = idOf(entry);
        const data = await parseData({ id, data: entry });
        store.set({ id, data, digest: generateDigest(f.raw) });
        recorded?.set(f.path, data);
      }
      watcher?.add(`${dir}/${sub}`);
    },
  };
}

// The structure engine runs here, once per sample: pages render its result and never parse text,
// and the search index is written from the same entries (searchIntegration.ts).
const parseSampleEntry = (raw: string, file: string) => entryOf(parseSample(raw, file));

export const samplesLoader = () =>
  folderLoader<SampleEntry>('fanwenku-samples', 'samples', parseSampleEntry, (s) => s.id, recordLoadedSamples);
export const sourcesLoader = () => folderLoader('fanwenku-sources', 'sources', parseSource, (s) => s.name);
