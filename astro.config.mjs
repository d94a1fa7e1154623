// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';

export default defineConfig({
  site: 'https://fanwenku.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  vite: { plugins: [tailwindcss()] },
});
