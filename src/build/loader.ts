import { dirname, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import type { SampleEntry } from '../lib/content/schema.ts';
import { contentDir, contentExt, contentFile, contentFiles, entryOf, recordLoadedSamples, type ContentFile } from './collection.ts';
import { parseSample, parseSource } from './contentFiles.ts';
import { engineVersion } from './engineVersion.ts';

const RELOAD_ATTEMPTS = 3;
const RELOAD_RETRY_MS = 300;

/**
 * A loader over one folder of files the import CLI wrote. Each file is parsed by the
 * content format's own parser, so a sample's text stays data, never Markdown. `record`, when
 * given, receives a map the loader keeps equal to its entries by file path. An entry's digest is
 * that of its file's bytes and `version` (what else `parse` depends on): a build keeps the
 * entries of files an earlier build parsed (Astro keeps its store in its cache folder) and
 * parses only the others.
 */
function folderLoader<T extends Record<string, unknown>>(
  name: string,
  sub: 'samples' | 'sources',
  parse: (raw: string, file: string) => T,
  idOf: (entry: T) => string,
  version: () => string,
  record?: () => Map<string, T>,
): Loader {
  return {
    name,
    load: async ({ store, parseData, generateDigest, watcher, logger }) => {
      // Absolute, as the dev server's watcher reports paths.
      const folder = resolve(contentDir(), sub);
      const recorded = record?.();
      const salt = `${version()}\0`;
      // The id each file gave: an edit may change it, and a deleted file says only its path.
      const ids = new Map<string, string>();
      const parsed = async (f: ContentFile) => {
        const entry = parse(f.raw, f.path);
        const id = idOf(entry);
        return { id, data: await parseData({ id, data: entry }) };
      };
      const sync = async (f: ContentFile, earlier?: ReadonlyMap<unknown, { id: string; data: Record<string, unknown> }>) => {
        const digest = generateDigest(salt + f.raw);
        const { id, data } = earlier?.get(digest) ?? (await parsed(f));
        const old = ids.get(f.path);
        if (old !== undefined && old !== id) store.delete(old);
        store.set({ id, data, digest });
        ids.set(f.path, id);
        recorded?.set(f.path, data as T);
      };
      const earlier = new Map(store.values().map((e) => [e.digest, e] as const));
      store.clear();
      for (const f of contentFiles(dirname(folder), sub)) await sync(f, earlier);
      if (!watcher) return;

      // Under `astro dev`: keep the collection equal to the folder, file by file, as Astro's glob
      // loader does. Astro removes these listeners before it calls load() again.
      watcher.add(folder);
      const ours = (path: string) => dirname(path) === folder && path.endsWith(contentExt(sub));
      const onChange = async (path: string) => {
        if (!ours(path)) return;
        // A file written in place may be caught half-written (emptied, then filled): the watcher can
        // report the two as one change, so a file that does not parse is read once more a moment later.
        for (let attempt = 1; ; attempt++) {
          try {
            await sync(contentFile(path));
            logger.info(`Reloaded ${path}`);
            return;
          } catch (e) {
            if (attempt < RELOAD_ATTEMPTS) {
              await new Promise((done) => setTimeout(done, RELOAD_RETRY_MS));
              continue;
            }
            // A file being edited may not parse yet: its last good entry stays until it does.
            logger.error(`Failed to reload ${path}: ${(e as Error).message}`);
            return;
          }
        }
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', (path) => {
        const id = ids.get(path);
        if (id === undefined) return;
        store.delete(id);
        ids.delete(path);
        recorded?.delete(path);
      });
    },
  };
}

// The structure engine runs here, once per sample: pages render its result and never parse text,
// and the search index is written from the same entries (searchIntegration.ts).
const parseSampleEntry = (raw: string, file: string) => entryOf(parseSample(raw, file));

export const samplesLoader = () =>
  folderLoader<SampleEntry>('fanwenku-samples', 'samples', parseSampleEntry, (s) => s.id, engineVersion, recordLoadedSamples);
export const sourcesLoader = () => folderLoader('fanwenku-sources', 'sources', parseSource, (s) => s.name, engineVersion);
