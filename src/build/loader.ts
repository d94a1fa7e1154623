import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { structureOf } from '../lib/source.ts';
import { parseSample, parseSource, SAMPLE_EXT, SOURCE_EXT } from './contentFiles.ts';

// Tests build the site from another imported collection through this variable.
const CONTENT = process.env.FANWENKU_CONTENT ?? 'src/content';

/**
 * A loader over one folder of files the import CLI wrote. Each file is parsed by the
 * content format's own parser, so a sample's text stays data, never Markdown.
 */
function folderLoader<T extends Record<string, unknown>>(
  name: string,
  sub: string,
  ext: string,
  parse: (raw: string, file: string) => T,
  idOf: (entry: T) => string,
): Loader {
  return {
    name,
    load: async ({ store, parseData, generateDigest, watcher }) => {
      const dir = join(CONTENT, sub);
      store.clear();
      for (const f of readdirSync(dir).filter((x) => x.endsWith(ext)).sort()) {
        const raw = readFileSync(join(dir, f), 'utf8');
        const entry = parse(raw, join(dir, f));
        const id = idOf(entry);
        store.set({ id, data: await parseData({ id, data: entry }), digest: generateDigest(raw) });
      }
      watcher?.add(dir);
    },
  };
}

// The structure engine runs here, once per sample: pages render its result and never parse text.
const parseSampleEntry = (raw: string, file: string) => {
  const sample = parseSample(raw, file);
  return { ...sample, structure: structureOf(sample) };
};

export const samplesLoader = () => folderLoader('fanwenku-samples', 'samples', SAMPLE_EXT, parseSampleEntry, (s) => s.id);
export const sourcesLoader = () => folderLoader('fanwenku-sources', 'sources', SOURCE_EXT, parseSource, (s) => s.name);
