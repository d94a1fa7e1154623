// Writes the search bundles (<dist>/pagefind, then <dist>/pagefind/bundle-2/…) from the search
// records astro build left in <dist>, a fresh Pagefind service per bundle, then removes the records.
// Run by `npm run build` after astro build (in a process of its own: see src/build/searchRecordsFile.ts)
// and before the offline files, which list the index. A bundle whose records an earlier build
// indexed is copied from the cache instead (src/build/searchBundleCache.ts); `--force` indexes all.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { bundleKey, indexerSalt, pruneBundles, restoreBundle, searchCacheDir, storeBundle } from '../src/build/searchBundleCache.ts';
import { readSearchRecords, removeSearchRecords, searchRecordBundles, searchRecordsFile } from '../src/build/searchRecordsFile.ts';
import { writeSearchIndex } from '../src/build/searchIndex.ts';
import { bundlePath } from '../src/lib/search/bundles.ts';

const { values, positionals } = parseArgs({ options: { force: { type: 'boolean', default: false } }, allowPositionals: true });
const dist = positionals[0] ?? 'dist';
const started = performance.now();
const bundles = searchRecordBundles(dist);
const cache = searchCacheDir();
const salt = indexerSalt();
const keys = new Set<string>();
// An earlier build's bundles would outlive a smaller collection.
rmSync(join(dist, 'pagefind'), { recursive: true, force: true });
let samples = 0;
let reused = 0;
// The first bundle first: it is the folder the later ones are written inside.
for (let k = 0; k < bundles; k++) {
  const { key, records } = bundleKey(searchRecordsFile(dist, k), salt);
  keys.add(key);
  samples += records;
  const target = join(dist, bundlePath(k));
  if (!values.force && restoreBundle(cache, key, target)) {
    reused++;
    continue;
  }
  await writeSearchIndex(readSearchRecords(dist, k), target);
  storeBundle(cache, key, target);
}
pruneBundles(cache, keys);
removeSearchRecords(dist);
console.log(
  `search index: ${samples} samples in ${bundles} bundle(s), ${reused} from the cache, ${((performance.now() - started) / 1000).toFixed(1)} s → ${join(dist, 'pagefind')}`,
);
