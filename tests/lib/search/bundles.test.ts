import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundlePath, bundlesOf } from '../../../src/lib/search/bundles.ts';

const id = (s: string) => s;
const ids = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 80 });

describe('bundlesOf', () => {
  it('puts every record in exactly one of at most ⌈n / perBundle⌉ bundles, none empty, keeping their order within a bundle', () => {
    fc.assert(
      fc.property(ids, fc.integer({ min: 1, max: 25 }), (records, perBundle) => {
        const bundles = bundlesOf(records, id, perBundle);
        expect(bundles.length).toBeLessThanOrEqual(Math.max(1, Math.ceil(records.length / perBundle)));
        expect(bundles.flat().sort()).toEqual([...records].sort());
        for (const b of bundles) expect(b).toEqual(records.filter((r) => b.includes(r)));
        expect(bundles.every((b) => b.length > 0)).toBe(records.length > 0);
      }),
    );
  });

  it('gives every other sample the same bundle mates when one more is imported, while the number of slots stays', () => {
    fc.assert(
      fc.property(ids, fc.string({ minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 25 }), (records, added, perBundle) => {
        fc.pre(!records.includes(added));
        const more = [...records, added];
        fc.pre(Math.ceil(more.length / perBundle) === Math.max(1, Math.ceil(records.length / perBundle)));
        const before = new Set(bundlesOf(records, id, perBundle).map((b) => b.join('\0')));
        const after = bundlesOf(more, id, perBundle).filter((b) => !before.has(b.join('\0')));
        expect(after).toHaveLength(1);
        expect(after[0]).toContain(added);
      }),
    );
  });

  it('refuses a size that is no whole number from 1', () => {
    for (const bad of [0, -1, 1.5, Number.NaN]) expect(() => bundlesOf(['a'], id, bad)).toThrow(/bundle/);
  });

  it('is one empty bundle for no records', () => {
    expect(bundlesOf([], id, 3)).toEqual([[]]);
  });

  it('fills bundles evenly: 10,000 sample ids in five bundles of 2,000 ± 3%', () => {
    const samples = Array.from({ length: 10_000 }, (_, i) => `syn-${String(i).padStart(4, '0')}`);
    const bundles = bundlesOf(samples, id, 2000);
    expect(bundles).toHaveLength(5);
    for (const b of bundles) {
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
