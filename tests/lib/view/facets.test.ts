import { describe, expect, it } from 'vitest';
import {
  FACETS,
  facetPanels,
  isListing,
  listings,
  matches,
  MAX_CHOSEN,
  selectionLabel,
  selectionPath,
  selectionsOf,
  slugOf,
  sortSamples,
  type Choice,
} from '../../../src/lib/view/facets.ts';
import { inGroup } from '../../../src/lib/view/groups.ts';
import { allDistinct, seedLike, spread } from './corpus.ts';

const truth = (samples: ReturnType<typeof spread>, selection: readonly Choice[]) => samples.filter((s) => matches(s, selection));

describe.each([
  ['seed-like', seedLike(300)],
  ['spread', spread(400)],
])('facets over %s synthetic samples', (_, samples) => {
  const all = listings(samples);

  it('lists in each listing exactly the samples matching its selection', () => {
    for (const listing of all.values()) {
      expect(isListing(listing.selection)).toBe(true);
      expect(listing.path).toBe(selectionPath(listing.selection));
      expect(listing.samples.map((s) => s.id).sort()).toEqual(
        truth(samples, listing.selection)
          .map((s) => s.id)
          .sort(),
      );
    }
    expect(all.get('')!.samples).toHaveLength(samples.length);
  });

  // Hundreds of samples analysed or listed: seconds on a loaded 2-core machine, past the default 5 s.
  it('offers only links to listings, each with a count equal to the listing it opens (never zero)', () => {
    let offered = 0;
    for (const listing of all.values()) {
      for (const panel of facetPanels(all, listing.selection)) {
        const links = [...panel.offers, ...(panel.chosen ? [{ target: panel.chosen.without, count: panel.chosen.withoutCount }] : [])];
        for (const { target, count } of links) {
          expect(all.has(selectionPath(target)), selectionPath(target)).toBe(true);
          expect(count).toBe(truth(samples, target).length);
          expect(count).toBeGreaterThan(0);
          offered++;
        }
      }
    }
    expect(offered).toBeGreaterThan(all.size);
  }, 30_000);

  it('offers a value not chosen exactly when its results have it and the selection may grow by it', () => {
    for (const listing of all.values()) {
      const results = truth(samples, listing.selection);
      for (const panel of facetPanels(all, listing.selection)) {
        if (panel.chosen !== null) continue;
        const facet = FACETS.find((f) => f.key === panel.facet)!;
        const values = new Set(results.flatMap((s) => facet.valuesOf(s).map((v) => v.value)));
        const open =
          listing.selection.length < MAX_CHOSEN && (facet.within === undefined || listing.selection.some((c) => c.facet === facet.within));
        expect(new Set(panel.offers.map((o) => o.value))).toEqual(open ? values : new Set());
      }
    }
  });

  it('titles a listing by its chosen values', () => {
    const county = all.get('level/county/')!;
    expect(selectionLabel(facetPanels(all, county.selection), county.selection)).toBe('县级');
    expect(selectionLabel(facetPanels(all, []), [])).toBe('全部');
  });
});

describe('listings', () => {
  it('keeps a sample in a bounded number of listings however many values the corpus has', () => {
    const bound = Math.max(...allDistinct(50).map((s) => selectionsOf(s).length));
    // level ×2 (its level and 个人), perspective, year, period, genre; and their pairs, organ only with a level.
    expect(bound).toBe(22);
    for (const n of [100, 400]) {
      const samples = allDistinct(n);
      expect(listings(samples).size).toBeLessThanOrEqual(1 + bound * n);
      expect(Math.max(...spread(n).map((s) => selectionsOf(s).length))).toBeLessThanOrEqual(bound);
    }
  });

  it('lists an individual summary under its level and under 个人, as the level pages do', () => {
    const samples = spread(200);
    const all = listings(samples);
    for (const g of ['county', 'individual'] as const) {
      expect(all.get(`level/${g}/`)!.samples.map((s) => s.id)).toEqual(samples.filter((s) => inGroup(s, g)).map((s) => s.id));
    }
  });
});

describe('isListing', () => {
  it('takes up to MAX_CHOSEN facets in FACETS order, organ only with a level', () => {
    const level = { facet: 'level', value: 'county' };
    const organ = { facet: 'organ', value: slugOf('县政府办') };
    const year = { facet: 'year', value: '2023' };
    expect(isListing([])).toBe(true);
    expect(isListing([level, organ])).toBe(true);
    expect(isListing([level, year])).toBe(true);
    expect(isListing([year, level])).toBe(false);
    expect(isListing([organ])).toBe(false);
    expect(isListing([organ, year])).toBe(false);
    expect(isListing([level, { facet: 'level', value: 'individual' }])).toBe(false);
    expect(isListing([level, organ, year])).toBe(false);
  });
});

describe('slugOf', () => {
  it('gives distinct ASCII segments for distinct organ names', () => {
    const names = spread(600, 600).flatMap((s) => (s.organ ? [s.organ] : []));
    const slugs = new Map(names.map((n) => [slugOf(n), n]));
    expect(slugs.size).toBe(new Set(names).size);
    for (const slug of slugs.keys()) expect(slug).toMatch(/^[0-9a-z]{7}$/);
  });
});

describe('sortSamples', () => {
  it('sorts by year, newest or oldest first, unknown years last, then by id', () => {
    const samples = spread(120);
    const newest = sortSamples(samples, 'newest');
    const oldest = sortSamples(samples, 'oldest');
    const known = (list: typeof samples) => list.filter((s) => s.year !== null).map((s) => s.year!);
    expect(known(newest)).toEqual([...known(newest)].sort((a, b) => b - a));
    expect(known(oldest)).toEqual([...known(newest)].reverse());
    for (const list of [newest, oldest])
      expect(list.slice(-samples.filter((s) => s.year === null).length).every((s) => s.year === null)).toBe(true);
  });
});
