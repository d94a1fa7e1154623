import { defineConfig } from 'vitest/config';

/** Tests of a built site in Chromium: each site project builds its deployment once (tests/site/setup.ts) and serves it. */
const site = {
  globalSetup: ['tests/site/setup.ts'],
  testTimeout: 60_000,
  hookTimeout: 120_000,
  fileParallelism: false,
};

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/lib/**/*.test.ts', 'tests/build/**/*.test.ts', 'tests/scripts/**/*.test.ts', 'tests/architecture/**/*.test.ts'],
        },
      },
      {
        test: {
          ...site,
          name: 'site',
          // At the domain root, without a public origin: every test but the release package's.
          include: ['tests/site/**/*.test.ts'],
          exclude: ['tests/site/package.test.ts'],
          provide: { base: '/', site: null, searchBundle: 2000 },
        },
      },
      {
        test: {
          ...site,
          name: 'subpath',
          // Under a sub-path, with a public origin and the search index in bundles of 5 samples (3 bundles,
          // merged by the search page, as a large library's are): every page's validity and links, axe on each page
          // type, every journey that builds or follows URLs (browse, search, copy and downloads,
          // the checker, offline) and the release package with its servers. Tests of text and
          // layout that no URL changes run once, in the project above.
          include: [
            'tests/site/html.test.ts',
            'tests/site/discovery.test.ts',
            'tests/site/a11y.test.ts',
            'tests/site/browse.test.ts',
            'tests/site/facets.test.ts',
            'tests/site/search.test.ts',
            'tests/site/copy.test.ts',
            'tests/site/templates.test.ts',
            'tests/site/check.test.ts',
            'tests/site/offline.test.ts',
            'tests/site/package.test.ts',
          ],
          provide: { base: '/fanwenku/', site: 'https://fanwenku.example.org', searchBundle: 5 },
        },
      },
    ],
  },
});
