/**
 * A library's search index in Pagefind bundles of at most so many samples each. Pagefind's
 * indexing service holds about 1.6 MB per sample until it writes its bundle (3.3 GB at 2,000),
 * so a large library is indexed a bundle at a time, each by a fresh service, and the search page
 * merges them (Pagefind's `mergeIndex`). The price: a query loads its words' index chunks once per
 * bundle, so a rare phrase costs about a bundle's chunks more per extra bundle.
 */
export const DEFAULT_BUNDLE_SAMPLES = 2000;

declare const __FANWENKU_SEARCH_BUNDLE__: number | undefined;

/**
 * This build's samples per bundle: `FANWENKU_SEARCH_BUNDLE`, which astro.config.mjs writes in as
 * `__FANWENKU_SEARCH_BUNDLE__` for pages (src/build/deployment.ts reads it); the default elsewhere.
 */
export const BUNDLE_SAMPLES: number = typeof __FANWENKU_SEARCH_BUNDLE__ === 'number' ? __FANWENKU_SEARCH_BUNDLE__ : DEFAULT_BUNDLE_SAMPLES;

/** The records cut into bundles of at most `perBundle`, in order; always at least one bundle. */
export function bundlesOf<T>(records: readonly T[], perBundle: number = BUNDLE_SAMPLES): T[][] {
  if (!Number.isInteger(perBundle) || perBundle < 1) throw new Error(`search bundles: ${perBundle} samples per bundle`);
  const out: T[][] = [];
  for (let i = 0; i < records.length; i += perBundle) out.push(records.slice(i, i + perBundle));
  return out.length === 0 ? [[]] : out;
}

/**
 * Where bundle `k` (0-based) is written and served, as a site path: the first where Pagefind's
 * own script is loaded from, each later one in a folder inside it.
 */
export function bundlePath(k: number): `/${string}/` {
  return k === 0 ? '/pagefind/' : `/pagefind/bundle-${k + 1}/`;
}
