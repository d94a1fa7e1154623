import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema, sampleEntrySchema, sourceSchema } from './lib/content/schema.ts';
import { samplesLoader, sourcesLoader } from './build/loader.ts';

export const collections = {
  samples: defineCollection({ loader: samplesLoader(), schema: sampleEntrySchema }),
  sources: defineCollection({ loader: sourcesLoader(), schema: sourceSchema }),
  // Guides are prose by the site's authors, so MDX; sample text never goes through it.
  guides: defineCollection({ loader: glob({ pattern: '*.mdx', base: './src/content/guides' }), schema: guideSchema }),
};
