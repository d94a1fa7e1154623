// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { remarkLocate } from './src/lib/guides/locate.ts';
import { GUIDE_COMPONENTS } from './src/lib/guides/reference.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  site: 'https://fanwenku.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Guide components learn where they are used, so a broken reference fails the build naming the guide and line.
  integrations: [mdx({ remarkPlugins: [[remarkLocate, { root, names: GUIDE_COMPONENTS }]] })],
  vite: { plugins: [tailwindcss()] },
});
