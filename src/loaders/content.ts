import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { parseSample, parseSource, SAMPLE_EXT, SOURCE_EXT } from '../lib/content/files.ts';

// Tests build the site from another imported collection through this variable.
const CONTENT = process.env.FANWENKU_CONTENT ?? 'src/content';

function filesIn(dir: string, ext: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => join(dir, f));
}

/** Loads the sample files the import CLI wrote; the text stays data, never Markdown. */
export function samplesLoader(): Loader {
  return {
    name: 'fanwenku-samples',
    load: async ({ store, parseData, generateDigest, watcher }) => {
      const dir = join(CONTENT, 'samples');
      store.clear();
      for (const file of filesIn(dir, SAMPLE_EXT)) {
        const raw = readFileSync(file, 'utf8');
        const sample = parseSample(raw, file);
        const data = await parseData({ id: sample.id, data: sample, filePath: file });
        store.set({ id: sample.id, data, digest: generateDigest(raw) });
      }
      watcher?.add(dir);
    },
  };
}

/** Loads the per-source records (目录, duplicates, encoding) the import CLI wrote. */
export function sourcesLoader(): Loader {
  return {
    name: 'fanwenku-sources',
    load: async ({ store, parseData, generateDigest, watcher }) => {
      const dir = join(CONTENT, 'sources');
      store.clear();
      for (const file of filesIn(dir, SOURCE_EXT)) {
        const raw = readFileSync(file, 'utf8');
        const source = parseSource(raw);
        const data = await parseData({ id: source.name, data: source, filePath: file });
        store.set({ id: source.name, data, digest: generateDigest(raw) });
      }
      watcher?.add(dir);
    },
  };
}
