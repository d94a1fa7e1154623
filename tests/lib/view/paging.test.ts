import { describe, expect, it } from 'vitest';
import { pageCount, pageItems, pagePath, pagerItems, paginate } from '../../../src/lib/view/paging.ts';

describe('pages', () => {
  it('cut items into pages of at most `size`, each item on exactly one page', () => {
    for (const total of [0, 1, 49, 50, 51, 100, 333]) {
      const items = Array.from({ length: total }, (_, k) => k);
      const count = pageCount(total, 50);
      const pages = Array.from({ length: count }, (_, k) => pageItems(items, k + 1, 50));
      expect(count).toBe(Math.max(1, Math.ceil(total / 50)));
      expect(pages.flat()).toEqual(items);
      expect(pages.every((p) => p.length <= 50)).toBe(true);
    }
  });

  it('puts page 1 at the listing path and page n under page/n/', () => {
    expect(pagePath('/browse/', 1)).toBe('/browse/');
    expect(pagePath('/browse/year/2023/', 3)).toBe('/browse/year/2023/page/3/');
  });
});

describe('pagerItems', () => {
  it('shows the first, the last and the pages around the current one, with gaps, current marked once', () => {
    expect(pagerItems(1, 1)).toEqual([{ page: 1, current: true }]);
    const numbers = (current: number, count: number) =>
      pagerItems(current, count).map((i) => ('gap' in i ? '…' : i.current ? `[${i.page}]` : String(i.page)));
    expect(numbers(1, 3)).toEqual(['[1]', '2', '3']);
    expect(numbers(6, 20)).toEqual(['1', '…', '4', '5', '[6]', '7', '8', '…', '20']);
    expect(numbers(20, 20)).toEqual(['1', '…', '18', '19', '[20]']);
    for (let count = 1; count <= 40; count++) {
      for (let current = 1; current <= count; current++) {
        const items = pagerItems(current, count);
        expect(items.length).toBeLessThanOrEqual(9);
        expect(items.filter((i) => 'current' in i && i.current)).toEqual([{ page: current, current: true }]);
      }
    }
  });
});

describe('paginate', () => {
  it('gives every page its items, path and rest parameter, one page for an empty list', () => {
    const items = Array.from({ length: 45 }, (_, i) => i);
    const pages = paginate(items, 20, '/templates/plans/street/', '/templates/plans/');
    expect(pages.map((p) => [p.page, p.pages, p.path, p.rest, p.items.length])).toEqual([
      [1, 3, '/templates/plans/street/', 'street', 20],
      [2, 3, '/templates/plans/street/page/2/', 'street/page/2', 20],
      [3, 3, '/templates/plans/street/page/3/', 'street/page/3', 5],
    ]);
    expect(pages.flatMap((p) => p.items)).toEqual(items);
    expect(paginate([], 50, '/browse/', '/browse/')).toEqual([{ page: 1, pages: 1, path: '/browse/', rest: undefined, items: [] }]);
  });
});
