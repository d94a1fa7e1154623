import * as pagefind from 'pagefind';
import { INDEX_LANGUAGE } from '../lib/search/encode.ts';
import type { SearchRecord } from '../lib/search/records.ts';
import { labelledTitle } from '../lib/view/titleLabels.ts';

/** Write a Pagefind bundle holding one custom record per sample into `outputPath`; returns how many. */
export async function writeSearchIndex(records: Iterable<SearchRecord> | AsyncIterable<SearchRecord>, outputPath: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  let count = 0;
  for await (const r of records) {
    count++;
    const added = await index.addCustomRecord({
      url: r.url,
      content: r.content,
      language: INDEX_LANGUAGE,
      meta: { title: labelledTitle(r.meta.title, r.meta.label ?? undefined), sample: JSON.stringify(r.meta) },
      filters: r.filters,
    });
    if (added.errors.length > 0) throw new Error(`pagefind: ${r.url}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  return count;
}
