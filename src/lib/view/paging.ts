/** Result cards per page of a browse listing. */
export const BROWSE_PAGE_SIZE = 50;
/** Cards per page of the templates view (each embeds its copy data, so fewer than a listing's). */
export const TEMPLATES_PAGE_SIZE = 20;

/** How many pages `total` items take, `size` a page: at least one, an empty listing's. */
export const pageCount = (total: number, size: number): number => Math.max(1, Math.ceil(total / size));

/** The items of page `page` (from 1). */
export const pageItems = <T>(items: readonly T[], page: number, size: number): T[] => items.slice((page - 1) * size, page * size);

/** A page's URL path, given its listing's first page path (ending in `/`): page 1 is the listing's own, page n is `page/<n>/` below it. */
export const pagePath = (first: string, page: number): string => (page === 1 ? first : `${first}page/${page}/`);

/** One page of a paged list: its number, the count, its site path and its items. */
export interface Paged<T> {
  page: number;
  pages: number;
  path: `/${string}`;
  /** The path below `prefix` without slashes at the ends: a rest route's parameter (undefined for the prefix itself). */
  rest: string | undefined;
  items: T[];
}

/** Every page of `items`, `size` a page (one page when empty), the first at `first`, which lies below `prefix`. */
export function paginate<T>(items: readonly T[], size: number, first: `/${string}`, prefix: string): Paged<T>[] {
  const pages = pageCount(items.length, size);
  return Array.from({ length: pages }, (_, k) => {
    const path = pagePath(first, k + 1) as `/${string}`;
    return { page: k + 1, pages, path, rest: path.slice(prefix.length, -1) || undefined, items: pageItems(items, k + 1, size) };
  });
}

/** One entry of a pager: a page number, or a gap between numbers not shown. */
export type PagerItem = { page: number; current: boolean } | { gap: true };

/** How many page numbers a pager shows on each side of the current page (besides the first and the last). */
const AROUND = 2;

/**
 * The page numbers a pager links: the first, the last and those around the current page, with a
 * gap wherever numbers are left out, so a pager stays small for any number of pages.
 */
export function pagerItems(current: number, count: number): PagerItem[] {
  const shown = [...new Set([1, count, ...Array.from({ length: 2 * AROUND + 1 }, (_, k) => current - AROUND + k)])]
    .filter((p) => p >= 1 && p <= count)
    .sort((a, b) => a - b);
  const out: PagerItem[] = [];
  shown.forEach((page, k) => {
    if (k > 0 && page - shown[k - 1]! > 1) out.push({ gap: true });
    out.push({ page, current: page === current });
  });
  return out;
}
