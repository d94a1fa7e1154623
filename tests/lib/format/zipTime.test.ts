import { strToU8, zipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateZipEntries, zipTime } from '../../../src/lib/format/zipTime.ts';

const files = (names: string[]) => Object.fromEntries(names.map((n, i) => [n, strToU8(`${n}\n`.repeat(i + 1))]));

describe('dateZipEntries', () => {
  it('gives the bytes fflate writes for zipTime(date), whatever time the zip was written with', () => {
    fc.assert(
      fc.property(
        // Names start with a letter: `__proto__` is no file name fflate can take from an object.
        fc.uniqueArray(fc.stringMatching(/^[a-z][a-z_]{0,11}(\/[a-z][a-z_.]{0,11})?$/), { minLength: 1, maxLength: 8 }),
        fc.date({ min: new Date('1980-01-02T00:00:00Z'), max: new Date('2099-12-30T00:00:00Z'), noInvalidDate: true }),
        fc.date({ min: new Date('1980-01-02T00:00:00Z'), max: new Date('2099-12-30T00:00:00Z'), noInvalidDate: true }),
        fc.constantFrom(0, 6),
        (names, written, date, level) => {
          const zip = zipSync(files(names), { mtime: zipTime(written), level });
          dateZipEntries(zip, date);
          expect(Buffer.from(zip).equals(Buffer.from(zipSync(files(names), { mtime: zipTime(date), level })))).toBe(true);
        },
      ),
    );
  });

  it('refuses what is not a plain zip file, and dates outside MS-DOS time', () => {
    expect(() => dateZipEntries(new Uint8Array(10), new Date())).toThrow(/zip/);
    expect(() => dateZipEntries(strToU8('PK\x05\x06 but not a zip at all, just text'), new Date())).toThrow(/zip/);
    const zip = zipSync(files(['a']));
    expect(() => dateZipEntries(zip, new Date('1979-12-31T00:00:00Z'))).toThrow(/1979/);
    expect(() => dateZipEntries(zip, new Date('2100-01-01T00:00:00Z'))).toThrow(/2100/);
  });
});
