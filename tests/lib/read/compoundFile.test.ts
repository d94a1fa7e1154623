import CFB from 'cfb';
import { describe, expect, it } from 'vitest';
import { CorruptCompoundFile, isCompoundFile, readCompoundFile } from '../../../src/lib/read/compoundFile.ts';

/** Bytes 0..n-1 of a repeating, position-dependent pattern, so a misplaced sector shows. */
const pattern = (n: number, seed: number) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + (i >> 9) * 7 + seed) & 0xff);

/** Byte equality without the element-by-element diff `toEqual` builds for large arrays. */
const same = (a: Uint8Array | null, b: Uint8Array) =>
  a !== null && Buffer.from(a.buffer, a.byteOffset, a.length).equals(Buffer.from(b.buffer, b.byteOffset, b.length));

/** A compound file written by `cfb`, the independent writer the fixtures use too. */
function compound(streams: Record<string, Uint8Array>): Uint8Array {
  const cfb = CFB.utils.cfb_new();
  for (const [name, content] of Object.entries(streams)) CFB.utils.cfb_add(cfb, name, content);
  return new Uint8Array(CFB.write(cfb, { type: 'array' }) as number[]);
}

describe('readCompoundFile', () => {
  it('reads small streams (mini stream) and large ones (regular sectors) as written', () => {
    const streams = { Small: pattern(100, 1), Edge: pattern(4095, 2), Large: pattern(4096, 3), Big: pattern(300_000, 4) };
    const file = readCompoundFile(compound(streams));
    for (const [name, content] of Object.entries(streams)) expect(same(file.stream(name), content), name).toBe(true);
  });

  it('finds names regardless of case, and says null for a missing stream', () => {
    const file = readCompoundFile(compound({ WordDocument: pattern(10, 5) }));
    expect(file.stream('worddocument')).toEqual(pattern(10, 5));
    expect(file.stream('1Table')).toBeNull();
  });

  it('reads a file whose FAT needs DIFAT sectors (over 109 FAT sectors, about 7 MB)', { timeout: 20_000 }, () => {
    const big = pattern(7_500_000, 6);
    const bytes = compound({ Big: big });
    // The header lists 109 FAT sectors; more means a DIFAT chain.
    expect(new DataView(bytes.buffer).getUint32(0x2c, true)).toBeGreaterThan(109);
    expect(same(readCompoundFile(bytes).stream('Big'), big)).toBe(true);
  });

  it('tells a compound file by its signature', () => {
    expect(isCompoundFile(compound({ A: pattern(1, 0) }))).toBe(true);
    expect(isCompoundFile(new TextEncoder().encode('PK\u0003\u0004'))).toBe(false);
  });

  it('refuses a truncated file, a bad header and a sector chain that loops', () => {
    const bytes = compound({ Large: pattern(20_000, 7) });
    expect(() => readCompoundFile(bytes.subarray(0, 600)).stream('Large')).toThrow(CorruptCompoundFile);
    expect(() => readCompoundFile(bytes.subarray(0, 300))).toThrow(CorruptCompoundFile);

    const badShift = bytes.slice();
    new DataView(badShift.buffer).setUint16(0x1e, 10, true);
    expect(() => readCompoundFile(badShift)).toThrow(CorruptCompoundFile);

    // Point the stream's first sector at itself in the FAT.
    const looped = bytes.slice();
    const view = new DataView(looped.buffer);
    const fatSector = view.getUint32(0x4c, true);
    const start = CFB.find(CFB.read(bytes, { type: 'array' }), 'Large')!.start;
    view.setUint32((fatSector + 1) * 512 + start * 4, start, true);
    expect(() => readCompoundFile(looped).stream('Large')).toThrow(CorruptCompoundFile);
  });
});
