import { closeSync, createReadStream, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { SearchRecord } from '../lib/search/records.ts';

/**
 * The search records a build hands from Astro's process to the index step (scripts/search-index.ts),
 * one JSON record per line, in the build's output folder until the index step has read them.
 * Pagefind's service holds about 1.6 MB per sample while it indexes: run in its own process after
 * Astro's has exited, the two peaks no longer add up.
 */
export const SEARCH_RECORDS_FILE = 'search-records.ndjson';

/** One record as one line: JSON leaves U+2028 and U+2029 raw, and readline would end a line there. */
const line = (r: SearchRecord) => JSON.stringify(r).replace(/[\u2028\u2029]/g, (c) => `\\u${c.codePointAt(0)!.toString(16)}`);

/** Write the records into `dist`, whole or not at all (a temp file renamed into place). */
export function writeSearchRecords(records: readonly SearchRecord[], dist: string): void {
  const path = join(dist, SEARCH_RECORDS_FILE);
  const tmp = `${path}.${process.pid}.tmp`;
  // A record at a time: the whole collection in one string would meet V8's string limit.
  const fd = openSync(tmp, 'w');
  try {
    for (const r of records) writeSync(fd, `${line(r)}\n`);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}

/** The records a build left in `dist`, one at a time, so the index step never holds the file's text. */
export async function* readSearchRecords(dist: string): AsyncGenerator<SearchRecord> {
  const lines = createInterface({ input: createReadStream(join(dist, SEARCH_RECORDS_FILE), 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) if (line !== '') yield JSON.parse(line) as SearchRecord;
}

/** Remove the records once indexed: they are no part of the site. */
export function removeSearchRecords(dist: string): void {
  rmSync(join(dist, SEARCH_RECORDS_FILE), { force: true });
}
