import { structureOf } from '../../../src/lib/source.ts';
import { searchRecord, type SearchRecord } from '../../../src/lib/search/records.ts';
import type { SampleEntry } from '../../../src/lib/content/schema.ts';
import { committedSamples } from '../../site/collection.ts';

/** Every committed sample as search indexes it. */
export function seedRecords(): { sample: SampleEntry; record: SearchRecord }[] {
  return committedSamples().map((s) => {
    const sample = { ...s, structure: structureOf(s) };
    return { sample, record: searchRecord(sample) };
  });
}
