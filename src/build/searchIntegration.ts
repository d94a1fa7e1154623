import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { searchRecords } from '../lib/search/records.ts';
import { engineRuns, loadedEntries } from './collection.ts';
import { writeSearchIndex } from './searchIndex.ts';

/**
 * Writes `<outDir>/pagefind` once the pages are built, from the entries the samples loader
 * analysed in this build (the ones the pages rendered), so the engine runs once per sample.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'fanwenku-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const entries = loadedEntries();
        if (entries === null) throw new Error('search index: the samples loader did not run in this build');
        await writeSearchIndex(searchRecords(entries), fileURLToPath(new URL('pagefind/', dir)));
        logger.info(`search index: ${entries.length} samples, engine runs: ${engineRuns()}`);
      },
    },
  };
}
