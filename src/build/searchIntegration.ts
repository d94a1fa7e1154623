import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { bundlesOf } from '../lib/search/bundles.ts';
import { searchRecords } from '../lib/search/records.ts';
import { engineRuns, loadedEntries } from './collection.ts';
import { SEARCH_RECORDS_DIR, writeSearchRecords } from './searchRecordsFile.ts';

/**
 * Writes the search records once the pages are built, from the entries the samples loader
 * analysed in this build (the ones the pages rendered), so the engine runs once per sample; in
 * bundles of `perBundle`, as the search page expects them (`bundlesOf`). scripts/search-index.ts
 * then indexes them in a process of its own.
 */
export function searchIndex({ perBundle }: { perBundle: number }): AstroIntegration {
  return {
    name: 'fanwenku-search',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const entries = loadedEntries();
        if (entries === null) throw new Error('search records: the samples loader did not run in this build');
        const bundles = bundlesOf(searchRecords(entries), (r) => r.meta.id, perBundle);
        writeSearchRecords(bundles, fileURLToPath(dir));
        logger.info(
          `search records: ${entries.length} samples, engine runs: ${engineRuns()}, ${bundles.length} bundle(s) → ${SEARCH_RECORDS_DIR}/`,
        );
      },
    },
  };
}
