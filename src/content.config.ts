import { defineCollection } from 'astro:content';
import { sampleEntrySchema, sourceSchema } from './lib/content/schema.ts';
import { samplesLoader, sourcesLoader } from './loaders/content.ts';

export const collections = {
  samples: defineCollection({ loader: samplesLoader(), schema: sampleEntrySchema }),
  sources: defineCollection({ loader: sourcesLoader(), schema: sourceSchema }),
};
