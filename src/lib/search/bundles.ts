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

/** FNV-1a over UTF-16 code units: a stable, well-spread number for a sample id. */
function idHash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The records in bundles: ⌈records / perBundle⌉ slots, each record in the slot its id hashes to,
 * in the records' order within a slot; empty slots are left out (a Pagefind index of no page has
 * no language to merge), so always at least one bundle, empty only when there are no records. A
 * sample's slot depends only on its id and the slot count, so importing one more sample changes
 * one bundle's records while the count stays, and a rebuild indexes only that one
 * (scripts/search-index.ts). Bundles hold `perBundle` samples on average, a few percent more or
 * fewer each.
 */
export function bundlesOf<T>(records: readonly T[], idOf: (record: T) => string, perBundle: number = BUNDLE_SAMPLES): T[][] {
  if (!Number.isInteger(perBundle) || perBundle < 1) throw new Error(`search bundles: ${perBundle} samples per bundle`);
  const slots: T[][] = Array.from({ length: Math.max(1, Math.ceil(records.length / perBundle)) }, () => []);
  for (const r of records) slots[idHash(idOf(r)) % slots.length]!.push(r);
  const bundles = slots.filter((b) => b.length > 0);
  return bundles.length === 0 ? [[]] : bundles;
}

/**
 * Where bundle `k` (0-based) is written and served, as a site path: the first where Pagefind's
 * own script is loaded from, each later one in a folder inside it.
 */
export function bundlePath(k: number): `/${string}/` {
  return k === 0 ? '/pagefind/' : `/pagefind/bundle-${k + 1}/`;
}
