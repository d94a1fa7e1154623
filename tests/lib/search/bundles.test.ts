import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundleCount, bundlePath, bundlesOf } from '../../../src/lib/search/bundles.ts';

const id = (s: string) => s;
const ids = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 80 });

describe('bundleCount', () => {
  it('is the samples over perBundle rounded up, at least one', () => {
    expect(bundleCount(0, 5)).toBe(1);
    expect(bundleCount(5, 5)).toBe(1);
    expect(bundleCount(6, 5)).toBe(2);
    expect(bundleCount(10_000, 2000)).toBe(5);
  });

  it('refuses a size that is no whole number from 1', () => {
    for (const bad of [0, -1, 1.5, Number.NaN]) expect(() => bundleCount(1, bad)).toThrow(/bundle/);
  });
});

describe('bundlesOf', () => {
  it('puts every record in exactly one of bundleCount bundles, keeping their order within a bundle', () => {
    fc.assert(
      fc.property(ids, fc.integer({ min: 1, max: 25 }), (records, perBundle) => {
        const bundles = bundlesOf(records, id, perBundle);
        expect(bundles).toHaveLength(bundleCount(records.length, perBundle));
        expect(bundles.flat().sort()).toEqual([...records].sort());
        for (const b of bundles) expect(b).toEqual(records.filter((r) => b.includes(r)));
      }),
    );
  });

  it('gives a sample the same bundle whatever else is in the library, while the count stays', () => {
    fc.assert(
      fc.property(ids, fc.string({ minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 25 }), (records, added, perBundle) => {
        fc.pre(!records.includes(added));
        const more = [...records, added];
        fc.pre(bundleCount(more.length, perBundle) === bundleCount(records.length, perBundle));
        const before = bundlesOf(records, id, perBundle);
        const after = bundlesOf(more, id, perBundle);
        const changed = after.filter((b, k) => b.join('\0') !== before[k]!.join('\0'));
        expect(changed).toHaveLength(1);
        expect(changed[0]).toContain(added);
      }),
    );
  });

  it('fills bundles evenly: 10,000 sample ids in five bundles of 2,000 ± 3%', () => {
    const samples = Array.from({ length: 10_000 }, (_, i) => `syn-${String(i).padStart(4, '0')}`);
    for (const b of bundlesOf(samples, id, 2000)) {
      expect(b.length).toBeGreaterThan(1940);
      expect(b.length).toBeLessThan(2060);
    }
  });
});

describe('bundlePath', () => {
  it('serves the first bundle where Pagefind lives and every later one in its own folder inside it', () => {
    const paths = Array.from({ length: 12 }, (_, k) => bundlePath(k));
    expect(paths[0]).toBe('/pagefind/');
    expect(new Set(paths).size).toBe(paths.length);
    for (const p of paths.slice(1)) expect(p).toMatch(/^\/pagefind\/bundle-\d+\/$/);
  });
});
