// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import { locatePlugin } from './src/build/locate.ts';
import { searchIndex } from './src/build/searchIntegration.ts';
import { GUIDE_COMPONENTS } from './src/lib/guides/reference.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  site: 'https://fanwenku.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // MDX is compiled by Astro's default Sätteri processor, plus one plugin: guide components learn
  // where they are used, so a broken reference fails the build naming the guide and line.
  // searchIndex writes dist/pagefind from the samples the build analysed.
  integrations: [mdx({ processor: satteri({ mdastPlugins: [locatePlugin({ root, names: GUIDE_COMPONENTS })] }) }), searchIndex()],
  vite: { plugins: [tailwindcss()] },
});
