// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import { locatePlugin } from './src/build/locate.ts';
import { searchIndex } from './src/build/searchIntegration.ts';
import { deploymentOf } from './src/build/deployment.ts';
import { GUIDE_COMPONENTS } from './src/lib/guides/reference.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
// FANWENKU_BASE and FANWENKU_SITE: the path and origin the build is served from (docs/deploy.md).
const { base, site, searchBundle } = deploymentOf(process.env);

export default defineConfig({
  site: site ?? undefined,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Pages of one sample (its page, source record, .docx files) carry a cacheKey of what they
  // render: a rebuild after an import renders only those that changed (src/build/cacheKey.ts).
  experimental: { incrementalBuild: true },
  // Where Astro keeps what a build may reuse; FANWENKU_CACHE_DIR gives a build its own (tests).
  cacheDir: process.env.FANWENKU_CACHE_DIR || undefined,
  // MDX is compiled by Astro's default Sätteri processor, plus one plugin: guide components learn
  // where they are used, so a broken reference fails the build naming the guide and line.
  // searchIndex hands the samples the build analysed to the index step, in bundles of searchBundle.
  integrations: [
    mdx({ processor: satteri({ mdastPlugins: [locatePlugin({ root, names: GUIDE_COMPONENTS })] }) }),
    searchIndex({ perBundle: searchBundle }),
    // A sitemap needs absolute URLs: only for a build that knows its public origin. Pages only, not the .docx files or robots.txt.
    ...(site ? [sitemap({ filter: (url) => url.endsWith('/') })] : []),
  ],
  // The base for src/lib/base.ts and the search bundles' size for src/lib/search/bundles.ts, in pages and browser bundles alike.
  vite: {
    plugins: [tailwindcss()],
    define: { __FANWENKU_BASE__: JSON.stringify(base), __FANWENKU_SEARCH_BUNDLE__: JSON.stringify(searchBundle) },
  },
});
