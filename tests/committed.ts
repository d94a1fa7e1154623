/** The committed collection the site is built from, read by the build's own reader: what the pages must show. */
import { fileURLToPath } from 'node:url';
import { readCollection, readEntries } from '../src/build/collection.ts';
import type { Sample, SampleEntry } from '../src/lib/content/schema.ts';

export const COMMITTED = fileURLToPath(new URL('../src/content/', import.meta.url));

export const committedSamples = (): Sample[] => readCollection(COMMITTED).samples;

/** The committed samples with the structure the engine finds in them, as the site's loader computes it. */
export const committedEntries = (): SampleEntry[] => readEntries(COMMITTED);
