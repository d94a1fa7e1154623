import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSearchRecords, removeSearchRecords, SEARCH_RECORDS_FILE, writeSearchRecords } from '../../src/build/searchRecordsFile.ts';
import { realSamples } from '../../scripts/bench/corpus.ts';

const dirs: string[] = [];
const dist = () => {
  const d = mkdtempSync(join(tmpdir(), 'fanwenku-records-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('search records file', () => {
  it('hands every record over unchanged, in order, and leaves nothing once removed', async () => {
    const records = realSamples().map((s) => s.record);
    const d = dist();
    writeSearchRecords(records, d);
    expect(readdirSync(d)).toEqual([SEARCH_RECORDS_FILE]);
    const read = [];
    for await (const r of readSearchRecords(d)) read.push(r);
    expect(read).toEqual(records);
    removeSearchRecords(d);
    expect(existsSync(join(d, SEARCH_RECORDS_FILE))).toBe(false);
  });

  it('keeps text with line separators and quotes intact (one JSON record per line)', async () => {
    const [record] = realSamples()
      .map((s) => s.record)
      .slice(0, 1);
    const odd = { ...record!, text: 'a\u2028b\nc"d' };
    const d = dist();
    writeSearchRecords([odd, odd], d);
    const read = [];
    for await (const r of readSearchRecords(d)) read.push(r);
    expect(read).toEqual([odd, odd]);
  });

  it('names the missing file when a build left no records', async () => {
    const d = dist();
    await expect(readSearchRecords(d).next()).rejects.toThrow(SEARCH_RECORDS_FILE);
  });
});
