import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
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
 * searchable text instead, about 30% less to download per result (docs/search.md).
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

interface Fragment {
  url: string;
  content: string;
}

/**
 * A fragment file's JSON and its fragments by hash: the file holds one, named by the file, or, as
 * a fragment group, several keyed by their hashes. The fragments are the JSON's own objects.
 */
export function readFragments(file: string): { json: object; byHash: Map<string, Fragment> } {
  const data = gunzipSync(readFileSync(file));
  if (data.toString('latin1', 0, FRAGMENT_SIGNATURE.length) !== FRAGMENT_SIGNATURE) throw new Error(`pagefind: ${file}: not a fragment`);
  const json = JSON.parse(data.toString('utf8', FRAGMENT_SIGNATURE.length)) as Fragment | Record<string, Fragment>;
  if (typeof json.url === 'string') return { json, byHash: new Map([[basename(file, '.pf_fragment'), json as Fragment]]) };
  return { json, byHash: new Map(Object.entries(json as Record<string, Fragment>)) };
}

/** Replace each fragment's content (index words) by its record's text; each file keeps its name. */
function plainTextFragments(dir: string, texts: ReadonlyMap<string, string>): void {
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    const { json, byHash } = readFragments(file);
    for (const fragment of byHash.values()) {
      const text = texts.get(fragment.url);
      if (text === undefined) throw new Error(`pagefind: ${file}: no record for ${fragment.url}`);
      fragment.content = text;
    }
    writeFileSync(file, gzipSync(FRAGMENT_SIGNATURE + JSON.stringify(json)));
  }
}
