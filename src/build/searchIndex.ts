import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { INDEX_LANGUAGE } from '../lib/search/encode.ts';
import type { SearchRecord } from '../lib/search/records.ts';
import { labelledTitle } from '../lib/view/titleLabels.ts';

/** What Pagefind writes before a fragment's JSON, inside the gzip. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/**
 * Write a Pagefind bundle holding one custom record per sample into `outputPath`; returns how many.
 * Pagefind stores a record's content, the index words, as its fragment's content too, which the
 * search page only reads to show and confirm matches: each fragment then gets the sample's
 * searchable text instead, a third less to download per result (docs/search.md).
 */
export async function writeSearchIndex(records: Iterable<SearchRecord> | AsyncIterable<SearchRecord>, outputPath: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const texts = new Map<string, string>();
  for await (const r of records) {
    texts.set(r.url, r.text);
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
  plainTextFragments(join(outputPath, 'fragment'), texts);
  return texts.size;
}

/** Replace each fragment's content (index words) by its record's text; the file keeps its name. */
function plainTextFragments(dir: string, texts: ReadonlyMap<string, string>): void {
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    const data = gunzipSync(readFileSync(file));
    if (data.toString('latin1', 0, FRAGMENT_SIGNATURE.length) !== FRAGMENT_SIGNATURE) throw new Error(`pagefind: ${file}: not a fragment`);
    const fragment = JSON.parse(data.toString('utf8', FRAGMENT_SIGNATURE.length)) as { url: string; content: string };
    const text = texts.get(fragment.url);
    if (text === undefined) throw new Error(`pagefind: ${file}: no record for ${fragment.url}`);
    fragment.content = text;
    writeFileSync(file, gzipSync(FRAGMENT_SIGNATURE + JSON.stringify(fragment)));
  }
}
