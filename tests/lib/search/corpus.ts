import { searchRecord, type SearchRecord } from '../../../src/lib/search/records.ts';
import type { SampleEntry } from '../../../src/lib/content/schema.ts';
import { committedEntries } from '../../committed.ts';

/** Every committed sample as search indexes it. */
export function seedRecords(): { sample: SampleEntry; record: SearchRecord }[] {
  return committedEntries().map((sample) => ({ sample, record: searchRecord(sample) }));
}
