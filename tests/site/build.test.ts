import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { committedSamples } from '../committed.ts';

describe('npm run build', () => {
  it('runs the engine once per sample: the search index is written from the entries the pages rendered', () => {
    const samples = committedSamples().length;
    const lines = inject('buildLog')
      .split('\n')
      .filter((line) => line.includes('search index:'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`search index: ${samples} samples, engine runs: ${samples}(?!\\d)`));
    const entry = JSON.parse(readFileSync(join(inject('distDir'), 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.languages.zxx?.page_count).toBe(samples);
  });
});
