import {
  facetPanels,
  listings,
  selectionLabel,
  selectionPath,
  sortSamples,
  SORTS,
  type FacetPanel,
  type Faceted,
  type Listing,
  type Listings,
  type Selection,
  type Sort,
} from './facets.ts';
import { BROWSE_PAGE_SIZE, pagePath, paginate } from './paging.ts';

/** The site path of a listing's page: `/browse/<facet>/<value>/…[oldest/][page/<n>/]`. */
export function browsePath(selection: Selection, sort: Sort = 'newest', page = 1): `/${string}` {
  const sortPath = SORTS.find((s) => s.key === sort)!.path;
  return pagePath(`/browse/${selectionPath(selection)}${sortPath}`, page) as `/${string}`;
}

/** One static page of a listing. */
export interface BrowsePage<T extends Faceted> {
  /** Its site path, and the same below `/browse/` without slashes at the ends (the route's rest parameter; undefined for `/browse/`). */
  path: `/${string}`;
  rest: string | undefined;
  listing: Listing<T>;
  title: string;
  sort: Sort;
  page: number;
  pages: number;
  /** The samples on this page, in the sort's order. */
  results: T[];
  panels: FacetPanel[];
}

/** The pages of one listing: newest first, then oldest first. */
function pagesOf<T extends Faceted>(all: Listings<T>, listing: Listing<T>): Array<BrowsePage<T>> {
  const panels = facetPanels(all, listing.selection);
  const title = selectionLabel(panels, listing.selection);
  return SORTS.flatMap(({ key: sort }) =>
    paginate(sortSamples(listing.samples, sort), BROWSE_PAGE_SIZE, browsePath(listing.selection, sort), '/browse/').map(
      ({ path, rest, page, pages, items }) => ({ path, rest, listing, title, sort, page, pages, results: items, panels }),
    ),
  );
}

/**
 * Every page of every listing, in both sorts. Listings are at most 1 + a fixed number per sample
 * (facets.ts), and a listing of k samples has ⌈k / 50⌉ pages (one when empty), so the pages are
 * at most 2 × (listings + memberships / 50): linear in the samples.
 */
export function browsePages<T extends Faceted>(samples: readonly T[]): Array<BrowsePage<T>> {
  const all = listings(samples);
  return [...all.values()].flatMap((listing) => pagesOf(all, listing));
}

/** The first page (newest first) of a selection's listing, an empty one too: what `/levels/<group>/` shows. */
export function firstPage<T extends Faceted>(samples: readonly T[], selection: Selection): BrowsePage<T> {
  const all = listings(samples);
  const path = selectionPath(selection);
  return pagesOf(all, all.get(path) ?? { selection: [...selection], path, samples: [] })[0]!;
}
