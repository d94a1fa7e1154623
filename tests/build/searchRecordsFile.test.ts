import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  readSearchRecords,
  removeSearchRecords,
  SEARCH_RECORDS_DIR,
  searchRecordBundles,
  writeSearchRecords,
} from '../../src/build/searchRecordsFile.ts';
import type { SearchRecord } from '../../src/lib/search/records.ts';
import { bundlesOf } from '../../src/lib/search/bundles.ts';
import { realSamples } from '../../scripts/bench/corpus.ts';

/** The id a record's bundle follows from, as the build's search integration gives it. */
const idOf = (r: SearchRecord) => r.meta.id;

const dirs: string[] = [];
const dist = () => {
  const d = mkdtempSync(join(tmpdir(), 'fanwenku-records-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function readAll(d: string): Promise<SearchRecord[][]> {
  const out: SearchRecord[][] = [];
  for (let k = 0; k < searchRecordBundles(d); k++) {
    const bundle: SearchRecord[] = [];
    for await (const r of readSearchRecords(d, k)) bundle.push(r);
    out.push(bundle);
  }
  return out;
}

describe('search records handed to the index step', () => {
  it('hands every bundle over unchanged, in order, and leaves nothing once removed', async () => {
    const records = realSamples().map((s) => s.record);
    for (const perBundle of [1, 5, 13, 2000]) {
      const d = dist();
      const bundles = bundlesOf(records, idOf, perBundle);
      writeSearchRecords(bundles, d);
      expect(readdirSync(d)).toEqual([SEARCH_RECORDS_DIR]);
      expect(await readAll(d)).toEqual(bundles);
      removeSearchRecords(d);
      expect(existsSync(join(d, SEARCH_RECORDS_DIR))).toBe(false);
    }
  });

  it('replaces what an earlier build left', async () => {
    const records = realSamples().map((s) => s.record);
    const d = dist();
    writeSearchRecords(bundlesOf(records, idOf, 2), d);
    writeSearchRecords(bundlesOf(records, idOf, 10), d);
    expect(await readAll(d)).toEqual(bundlesOf(records, idOf, 10));
  });

  it('keeps text with line separators and quotes intact (one JSON record per line)', async () => {
    const record = realSamples()[0]!.record;
    const odd = { ...record, text: 'a\u2028b\u2029\nc"d\r' };
    const d = dist();
    writeSearchRecords([[odd, odd]], d);
    expect(await readAll(d)).toEqual([[odd, odd]]);
  });

  it('names the folder when a build left no records', () => {
    expect(() => searchRecordBundles(dist())).toThrow(SEARCH_RECORDS_DIR);
  });
});
