import type { Loader } from 'astro/loaders';
import { contentDir, contentFiles, entryOf } from './collection.ts';
import { parseSample, parseSource } from './contentFiles.ts';

/**
 * A loader over one folder of files the import CLI wrote. Each file is parsed by the
 * content format's own parser, so a sample's text stays data, never Markdown.
 */
function folderLoader<T extends Record<string, unknown>>(
  name: string,
  sub: 'samples' | 'sources',
  parse: (raw: string, file: string) => T,
  idOf: (entry: T) => string,
): Loader {
  return {
    name,
    load: async ({ store, parseData, generateDigest, watcher }) => {
      const dir = contentDir();
      store.clear();
      for (const f of contentFiles(dir, sub)) {
        const entry = parse(f.raw, f.path);
        const id = idOf(entry);
        store.set({ id, data: await parseData({ id, data: entry }), digest: generateDigest(f.raw) });
      }
      watcher?.add(`${dir}/${sub}`);
    },
  };
}

// The structure engine runs here, once per sample: pages render its result and never parse text.
const parseSampleEntry = (raw: string, file: string) => entryOf(parseSample(raw, file));

export const samplesLoader = () => folderLoader('fanwenku-samples', 'samples', parseSampleEntry, (s) => s.id);
export const sourcesLoader = () => folderLoader('fanwenku-sources', 'sources', parseSource, (s) => s.name);
