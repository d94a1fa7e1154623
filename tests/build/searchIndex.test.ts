import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSearchIndex } from '../../src/build/searchIndex.ts';
import { seedRecords } from '../lib/search/corpus.ts';

const tmp = mkdtempSync(join(tmpdir(), 'fanwenku-search-index-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('writeSearchIndex', { timeout: 60_000 }, () => {
  it('writes a bundle whose fragments hold each sample’s searchable text, not its index words', async () => {
    const records = seedRecords().map(({ record }) => record);
    expect(await writeSearchIndex(records, tmp)).toBe(records.length);
    const dir = join(tmp, 'fragment');
    const fragments = readdirSync(dir).map((name) => {
      const data = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
      expect(data.startsWith('pagefind_dcd')).toBe(true);
      return JSON.parse(data.slice('pagefind_dcd'.length)) as { url: string; content: string; meta: { sample: string } };
    });
    const byUrl = new Map(fragments.map((f) => [f.url, f]));
    expect([...byUrl.keys()].sort()).toEqual(records.map((r) => r.url).sort());
    for (const r of records) {
      expect(byUrl.get(r.url)!.content).toBe(r.text);
      expect(JSON.parse(byUrl.get(r.url)!.meta.sample)).toEqual(r.meta);
    }
  });
});
