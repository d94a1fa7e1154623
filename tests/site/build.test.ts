import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { SEARCH_RECORDS_DIR } from '../../src/build/searchRecordsFile.ts';
import { CONTENT_PATH, sourceDate } from '../../src/build/sourceDate.ts';
import { committedSamples } from '../committed.ts';
import { unzip } from '../unzip.ts';

describe('npm run build', () => {
  it('runs the engine at most once per sample: the search index is written from the entries the pages rendered', () => {
    const samples = committedSamples().length;
    const log = inject('buildLog').split('\n');
    const records = log.filter((line) => line.includes('search records:'));
    expect(records).toHaveLength(1);
    // Fewer when an earlier build's analysis of unchanged files was kept (reproducible.test.ts tells how many).
    const runs = Number(new RegExp(`search records: ${samples} samples, engine runs: (\\d+)`).exec(records[0]!)?.[1]);
    expect(runs).toBeLessThanOrEqual(samples);
    const index = log.filter((line) => line.includes('search index:'));
    expect(index).toHaveLength(1);
    expect(index[0]).toMatch(new RegExp(`search index: ${samples} samples(?!\\d)`));
    // Handed over and removed: the records are no part of the site.
    expect(existsSync(join(inject('distDir'), SEARCH_RECORDS_DIR))).toBe(false);
    const entry = JSON.parse(readFileSync(join(inject('distDir'), 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.languages.zxx?.page_count).toBe(samples);
  });
});

describe('the .docx files of a build', () => {
  it('carry the date of the code: the last commit outside the collection, or SOURCE_DATE_EPOCH', () => {
    const date = sourceDate(process.env, { outside: CONTENT_PATH })
      .toISOString()
      .replace(/\.000Z$/, 'Z');
    const [sample] = committedSamples();
    for (const name of [`${sample!.id}.docx`, `${sample!.id}-template.docx`]) {
      const core = unzip(readFileSync(join(inject('distDir'), 'docx', name)))
        .get('docProps/core.xml')!
        .toString('utf8');
      expect(core).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created>`);
      expect(core).toContain(`<dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified>`);
    }
  });
});
