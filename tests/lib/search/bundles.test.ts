import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundlePath, bundlesOf } from '../../../src/lib/search/bundles.ts';

describe('bundlesOf', () => {
  it('cuts records in order into bundles of at most perBundle, none empty unless there is nothing', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 60 }), fc.integer({ min: 1, max: 25 }), (records, perBundle) => {
        const bundles = bundlesOf(records, perBundle);
        expect(bundles.flat()).toEqual(records);
        expect(bundles).toHaveLength(Math.max(1, Math.ceil(records.length / perBundle)));
        for (const b of bundles) expect(b.length).toBeLessThanOrEqual(perBundle);
        if (records.length > 0) for (const b of bundles) expect(b.length).toBeGreaterThan(0);
      }),
    );
  });

  it('refuses a size that is no whole number from 1', () => {
    for (const bad of [0, -1, 1.5, Number.NaN]) expect(() => bundlesOf([1], bad)).toThrow(/bundle/);
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
