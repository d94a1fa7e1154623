import { defineCollection } from 'astro:content';
import { sampleSchema, sourceSchema } from './lib/content/schema.ts';
import { samplesLoader, sourcesLoader } from './loaders/content.ts';

export const collections = {
  samples: defineCollection({ loader: samplesLoader(), schema: sampleSchema }),
  sources: defineCollection({ loader: sourcesLoader(), schema: sourceSchema }),
};
