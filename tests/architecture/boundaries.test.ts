import { describe, expect, it } from 'vitest';
import {
  bundle,
  clashingNames,
  engineViolations,
  islandEntries,
  read,
  runtimeImports,
  SERVER_ONLY_PACKAGES,
  tsFiles,
} from './boundaries.ts';

/**
 * gzip bytes an island may fetch when its page loads, and any chunk it loads later on demand; the
 * server-only packages a lazy chunk may hold (写作台 writes its .docx in the browser, on export only).
 */
const BUDGETS: Record<string, { initial: number; lazy?: number; lazyPackages?: string[] }> = {
  // The lazy chunk is the importer's .docx reader (XML scan, Word's numbering) with fflate's inflate: 8.6 kB.
  // The page decodes an opened .txt itself: 16.0 kB with the common-hanzi bitmap that tells GB18030 from Big5 (1.7 kB).
  // The tally above the draft, the length note, the confirm step, 撤销 and 应用重新编号 add 1.5 kB, most of it
  // their Chinese wording (3 bytes a character, little for gzip to share): 17.5 kB. The early report
  // (the similar samples rendered apart, their loading line) adds 0.1 kB: 17.7 kB.
  'src/islands/check/checkPage.ts': { initial: 18_000, lazy: 10_000 },
  // The engine runs in the checker's worker, off the page's main thread, with the heading-bigram
  // index it ranks the fetched shards of sample features with (26.2 kB).
  'src/islands/check/worker.ts': { initial: 27_000 },
  'src/islands/compose/composePage.ts': { initial: 30_000, lazy: 75_000, lazyPackages: ['docx'] },
  'src/islands/copyActions.ts': { initial: 4_000 },
  // Highlighting a phrase, landing on its match and the 上一处 / 下一处 navigator: 1.8 kB.
  'src/islands/highlight.ts': { initial: 2_000 },
  'src/islands/outlineLocation.ts': { initial: 1_000 },
  'src/islands/offline/offlinePage.ts': { initial: 2_500 },
  'src/islands/offline/serviceWorker.ts': { initial: 2_000 },
  'src/islands/search/searchPage.ts': { initial: 6_000 },
};

describe('engine code (src/lib) runs in Node and in the browser alike', () => {
  it.each(tsFiles('src/lib'))('%s imports no Node built-in and nothing of Astro', (file) => {
    expect(engineViolations(read(file))).toEqual([]);
  });

  it('would catch a Node or Astro import added to an engine module', () => {
    const source = read('src/lib/structure/analyze.ts');
    expect(engineViolations(`import { readFileSync } from 'node:fs';\n${source}`)).toEqual(['node:fs']);
    expect(engineViolations(`${source}\nconst { join } = await import('node:path');`)).toEqual(['node:path']);
    expect(engineViolations(`import { getCollection } from 'astro:content';\n${source}`)).toEqual(['astro:content']);
    // A type-only import is erased and crosses no boundary.
    expect(engineViolations(`import type { Loader } from 'astro/loaders';\n${source}`)).toEqual([]);
  });

  it('reads run-time imports the way the source writes them', () => {
    const source =
      "import { a } from './a.ts';\nimport type { B } from './b.ts';\nexport { c } from './c.ts';\nimport './d.ts';\nconst e = await import('./e.ts');";
    expect(runtimeImports(source)).toEqual(['./a.ts', './c.ts', './d.ts', './e.ts']);
  });
});

describe('browser islands', () => {
  const islands = islandEntries();

  it('are found from the pages that load them', () => {
    expect(islands).toEqual(expect.arrayContaining(Object.keys(BUDGETS)));
    expect(islands.every((f) => f.startsWith('src/islands/'))).toBe(true);
  });

  it.each(islands)(
    '%s bundles no Zod, YAML or Word writer (but where its budget lets a lazy chunk) and stays within its gzip budget',
    async (entry) => {
      const budget = BUDGETS[entry];
      expect(budget, `${entry} has no budget`).toBeDefined();
      const b = await bundle(entry);
      expect(SERVER_ONLY_PACKAGES.filter((p) => b.packages.has(p))).toEqual([]);
      expect(SERVER_ONLY_PACKAGES.filter((p) => b.lazyPackages.has(p) && !budget!.lazyPackages?.includes(p))).toEqual([]);
      expect(b.initial).toBeLessThanOrEqual(budget!.initial);
      for (const lazy of b.lazy) expect(lazy).toBeLessThanOrEqual(budget!.lazy ?? 0);
    },
  );

  it('写作台 loads the Word writer only on export, in a chunk of its own', async () => {
    const b = await bundle('src/islands/compose/composePage.ts');
    expect(b.packages.has('docx')).toBe(false);
    expect(b.lazyPackages.has('docx')).toBe(true);
  });

  it('would catch Zod reaching a bundle through a value import of a schema', async () => {
    // The content schema is a Zod value; the structure model is reached for its types only.
    const b = await bundle('src/lib/content/schema.ts');
    expect(b.packages.has('zod')).toBe(true);
  });
});

describe('module names', () => {
  it('are unique across src, so a name says which module it is', () => {
    expect([...clashingNames([...tsFiles('src/lib'), ...tsFiles('src/build'), ...tsFiles('src/islands')])]).toEqual([]);
  });
});
