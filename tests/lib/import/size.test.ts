import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../src/lib/import/errors.ts';
import { importSources } from '../../../src/lib/import/importer.ts';
import { checkSize, MAX_SOURCE_BYTES } from '../../../src/lib/import/size.ts';
import { analyzeSource } from '../../../src/lib/source.ts';
import { EMPTY, importErrorOf } from './helpers.ts';

/** A file of `n` bytes of ASCII text. */
const bytes = (n: number) => new Uint8Array(n).fill(0x61);

describe('checkSize', () => {
  it('takes a file of exactly the limit', () => {
    expect(() => checkSize(bytes(MAX_SOURCE_BYTES), 'a.txt')).not.toThrow();
  });

  it('refuses one byte more on line 1, rounding its size up so that it never reads as the limit', () => {
    const e = importErrorOf(() => checkSize(bytes(MAX_SOURCE_BYTES + 1), 'a.txt'));
    expect(formatDiagnostic(e)).toMatch(/^a\.txt:1: 文件过大（4\.1 MB，上限 4 MB）：/u);
  });

  it('names the size of a larger file', () => {
    expect(importErrorOf(() => checkSize(bytes(12 * 1024 * 1024), 'big.txt')).message).toMatch(/^文件过大（12 MB，上限 4 MB）/u);
  });
});

describe('the limit at the engine entries', () => {
  const big = bytes(MAX_SOURCE_BYTES + 1);

  it('analyzeSource refuses a file over the limit before reading it', () => {
    expect(importErrorOf(() => analyzeSource(big, 'big.txt')).line).toBe(1);
  });

  it('analyzeSource takes another limit (the benchmark lifts it)', () => {
    expect(analyzeSource(bytes(11), 'a.txt', 11).samples).toHaveLength(1);
    expect(importErrorOf(() => analyzeSource(bytes(11), 'a.txt', 10)).message).toMatch(/^文件过大/u);
  });

  it('importSources reports it and leaves the collection as it was', () => {
    const r = importSources([{ file: 'big.txt', bytes: big }], EMPTY);
    expect(r.errors.map(formatDiagnostic)).toEqual([expect.stringMatching(/^big\.txt:1: 文件过大（4\.1 MB，上限 4 MB）/u)]);
    expect(r.collection).toBe(EMPTY);
  });
});
