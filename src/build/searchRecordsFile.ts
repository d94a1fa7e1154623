import { closeSync, createReadStream, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { SearchRecord } from '../lib/search/records.ts';

/**
 * The search records a build hands from Astro's process to the index step (scripts/search-index.ts):
 * a folder in the build's output with one file per search bundle (`1.ndjson`, `2.ndjson`…; see
 * src/lib/search/bundles.ts), one JSON record per line, kept until the index step has read them.
 * Pagefind's service holds about 1.6 MB per sample while it indexes: run in its own process after
 * Astro's has exited, the two peaks no longer add up.
 */
export const SEARCH_RECORDS_DIR = 'search-records';

/** One record as one line: JSON leaves U+2028 and U+2029 raw, and readline would end a line there. */
const line = (r: SearchRecord) => JSON.stringify(r).replace(/[\u2028\u2029]/g, (c) => `\\u${c.codePointAt(0)!.toString(16)}`);

/** Write the bundles' records into `dist`, whole or not at all (a temp folder renamed into place). */
export function writeSearchRecords(bundles: readonly (readonly SearchRecord[])[], dist: string): void {
  const dir = join(dist, SEARCH_RECORDS_DIR);
  const tmp = `${dir}.${process.pid}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  for (const [k, records] of bundles.entries()) {
    // A record at a time: a whole bundle in one string could meet V8's string limit.
    const fd = openSync(join(tmp, `${k + 1}.ndjson`), 'w');
    try {
      for (const r of records) writeSync(fd, `${line(r)}\n`);
    } finally {
      closeSync(fd);
    }
  }
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
}

/** How many bundles of records a build left in `dist`; an error naming the folder when it left none. */
export function searchRecordBundles(dist: string): number {
  const dir = join(dist, SEARCH_RECORDS_DIR);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    throw new Error(`search index: no search records in ${dir}: run astro build first (npm run build runs both)`);
  }
  const count = names.length;
  for (let k = 1; k <= count; k++)
    if (!names.includes(`${k}.ndjson`)) throw new Error(`search index: ${join(dir, `${k}.ndjson`)} is missing`);
  return count;
}

/** The file holding bundle `k`'s records (0-based). */
export const searchRecordsFile = (dist: string, k: number): string => join(dist, SEARCH_RECORDS_DIR, `${k + 1}.ndjson`);

/** The records of bundle `k` (0-based), one at a time, so the index step never holds the file's text. */
export async function* readSearchRecords(dist: string, k: number): AsyncGenerator<SearchRecord> {
  const lines = createInterface({
    input: createReadStream(searchRecordsFile(dist, k), 'utf8'),
    crlfDelay: Infinity,
  });
  for await (const text of lines) if (text !== '') yield JSON.parse(text) as SearchRecord;
}

/** Remove the records once indexed: they are no part of the site. */
export function removeSearchRecords(dist: string): void {
  rmSync(join(dist, SEARCH_RECORDS_DIR), { recursive: true, force: true });
}
