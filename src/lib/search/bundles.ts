/**
 * A library's search index in Pagefind bundles of about so many samples each. Pagefind's
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

/** How many bundles `samples` samples take at `perBundle` a bundle; always at least one. */
export function bundleCount(samples: number, perBundle: number = BUNDLE_SAMPLES): number {
  if (!Number.isInteger(perBundle) || perBundle < 1) throw new Error(`search bundles: ${perBundle} samples per bundle`);
  return Math.max(1, Math.ceil(samples / perBundle));
}

/** FNV-1a over UTF-16 code units: a stable, well-spread number for a sample id. */
function idHash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The records in `bundleCount` bundles, each record in the bundle its id hashes to, in the
 * records' order within a bundle. A sample's bundle depends only on its id and the bundle count,
 * so importing one more sample changes one bundle (while the count stays), and a rebuild reuses
 * the others (scripts/search-index.ts). Bundles hold `perBundle` samples on average, a few percent
 * more or fewer each; a bundle of a tiny library may be empty.
 */
export function bundlesOf<T>(records: readonly T[], idOf: (record: T) => string, perBundle: number = BUNDLE_SAMPLES): T[][] {
  const count = bundleCount(records.length, perBundle);
  const out: T[][] = Array.from({ length: count }, () => []);
  for (const r of records) out[idHash(idOf(r)) % count]!.push(r);
  return out;
}

/**
 * Where bundle `k` (0-based) is written and served, as a site path: the first where Pagefind's
 * own script is loaded from, each later one in a folder inside it.
 */
export function bundlePath(k: number): `/${string}/` {
  return k === 0 ? '/pagefind/' : `/pagefind/bundle-${k + 1}/`;
}
