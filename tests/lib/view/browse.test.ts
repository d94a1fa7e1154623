import { describe, expect, it } from 'vitest';
import { browsePages, browsePath, firstPage } from '../../../src/lib/view/browse.ts';
import { listings, matches, SORTS, sortSamples } from '../../../src/lib/view/facets.ts';
import { BROWSE_PAGE_SIZE } from '../../../src/lib/view/paging.ts';
import { allDistinct, seedLike, spread } from './corpus.ts';

describe.each([
  ['seed-like', seedLike(300)],
  ['spread', spread(500)],
])('browse pages over %s synthetic samples', (_, samples) => {
  const pages = browsePages(samples);

  it('gives every page its own path, under /browse/, with the rest parameter the route needs', () => {
    expect(new Set(pages.map((p) => p.path)).size).toBe(pages.length);
    for (const p of pages) {
      expect(p.path).toBe(browsePath(p.listing.selection, p.sort, p.page));
      expect(`/browse/${p.rest === undefined ? '' : p.rest + '/'}`).toBe(p.path);
    }
    expect(pages[0]!.path).toBe('/browse/');
  });

  it('shows at most 50 results a page, and a listing page after page lists it whole in its sort', () => {
    for (const p of pages) expect(p.results.length).toBeLessThanOrEqual(BROWSE_PAGE_SIZE);
    for (const listing of listings(samples).values()) {
      for (const { key } of SORTS) {
        const mine = pages.filter((p) => p.listing.path === listing.path && p.sort === key).sort((a, b) => a.page - b.page);
        expect(mine.map((p) => p.page)).toEqual(mine.map((_, k) => k + 1));
        expect(mine.flatMap((p) => p.results).map((s) => s.id)).toEqual(
          sortSamples(
            samples.filter((s) => matches(s, listing.selection)),
            key,
          ).map((s) => s.id),
        );
      }
    }
  });

  it('reaches every sample from /browse/', () => {
    const root = pages.filter((p) => p.listing.path === '' && p.sort === 'newest');
    expect(new Set(root.flatMap((p) => p.results.map((s) => s.id))).size).toBe(samples.length);
  });
});

describe('the number of browse pages', () => {
  // A sample is in at most 1 + 22 listings (facets.test.ts), each listing of k samples has ⌈k / 50⌉ ≤ 1 + k / 50
  // pages, in 2 sorts: pages ≤ 2 × (1 + 22N + 23N / 50) < 45N + 2.
  it.each([
    ['all distinct', allDistinct],
    ['spread', spread],
    ['seed-like', seedLike],
  ])(
    'stays within 45 × N + 2 (%s)',
    (_, make) => {
      for (const n of [50, 200, 400]) expect(browsePages(make(n)).length).toBeLessThanOrEqual(45 * n + 2);
    },
    30_000,
  );

  it('grows about linearly, far below the bound, on realistic spreads', () => {
    const small = browsePages(spread(250)).length;
    const large = browsePages(spread(1000)).length;
    expect(large).toBeLessThanOrEqual(4 * small * 1.1);
    expect(large).toBeLessThan(10 * 1000);
  }, 30_000);
});

describe('firstPage', () => {
  it('is the first page of a listing, newest first, an empty listing too', () => {
    const samples = spread(200);
    const county = firstPage(samples, [{ facet: 'level', value: 'county' }]);
    expect(county.path).toBe('/browse/level/county/');
    expect(county.results).toEqual(browsePages(samples).find((p) => p.path === '/browse/level/county/')!.results);
    const none = firstPage(
      seedLike(20).filter((s) => s.level !== 'bureau'),
      [{ facet: 'level', value: 'bureau' }],
    );
    expect([none.listing.samples.length, none.pages, none.results]).toEqual([0, 1, []]);
  });
});
