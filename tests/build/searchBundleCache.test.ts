import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleKey, indexerSalt, pruneBundles, restoreBundle, searchCacheDir, storeBundle } from '../../src/build/searchBundleCache.ts';

const tmp = mkdtempSync(join(tmpdir(), 'fanwenku-bundle-cache-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;
const fresh = () => join(tmp, `t${n++}`);

/** A folder shaped like a written bundle. */
function bundle(text: string): string {
  const dir = fresh();
  mkdirSync(join(dir, 'index'), { recursive: true });
  writeFileSync(join(dir, 'pagefind-entry.json'), text);
  writeFileSync(join(dir, 'index', 'a.pf_index'), `${text}!`);
  return dir;
}

describe('searchCacheDir', () => {
  it('sits beside Astro’s cache: FANWENKU_CACHE_DIR when set, else node_modules/.astro', () => {
    expect(searchCacheDir({ FANWENKU_CACHE_DIR: '/c' })).toBe('/c/search-bundles');
    expect(searchCacheDir({})).toBe('node_modules/.astro/search-bundles');
  });
});

describe('bundleKey', () => {
  it('tells records apart to the byte, counts their lines, and changes with the salt', () => {
    const dir = fresh();
    mkdirSync(dir);
    const a = join(dir, 'a.ndjson');
    const b = join(dir, 'b.ndjson');
    // Over a read block (1 MiB), so the count and the digest span blocks.
    const line = `{"text":"${'办'.repeat(1000)}"}\n`;
    writeFileSync(a, line.repeat(400));
    writeFileSync(b, line.repeat(399) + line.replace('办"', '公"'));
    expect(bundleKey(a, 's')).toEqual({ key: bundleKey(a, 's').key, records: 400 });
    expect(bundleKey(b, 's').key).not.toBe(bundleKey(a, 's').key);
    expect(bundleKey(a, 't').key).not.toBe(bundleKey(a, 's').key);
    writeFileSync(a, '');
    expect(bundleKey(a, 's').records).toBe(0);
  });

  it('salts with Pagefind’s version and the code that calls it', () => {
    const salt = indexerSalt();
    expect(salt).toMatch(/^pagefind \d+\.\d+\.\d+\n/);
    expect(salt).toContain('addCustomRecord');
  });
});

describe('storeBundle, restoreBundle, pruneBundles', () => {
  it('restores a stored bundle file for file, and nothing it does not hold', () => {
    const cache = fresh();
    const written = bundle('one');
    expect(restoreBundle(cache, 'k1', fresh())).toBe(false);
    expect(storeBundle(cache, 'k1', written)).toBe(true);
    // The written bundle may go on changing (later bundles are written inside the first).
    writeFileSync(join(written, 'later'), 'x');
    const target = fresh();
    expect(restoreBundle(cache, 'k1', target)).toBe(true);
    expect(readdirSync(target, { recursive: true }).sort()).toEqual(['index', 'index/a.pf_index', 'pagefind-entry.json']);
    expect(readFileSync(join(target, 'index', 'a.pf_index'), 'utf8')).toBe('one!');
    expect(readdirSync(cache)).toEqual(['k1']);
  });

  it('keeps the first copy of a key, and leaves no temp folder when the source is gone', () => {
    const cache = fresh();
    expect(storeBundle(cache, 'k', bundle('first'))).toBe(true);
    expect(storeBundle(cache, 'k', bundle('second'))).toBe(true);
    expect(storeBundle(cache, 'gone', join(tmp, 'no-such-bundle'))).toBe(false);
    expect(readdirSync(cache)).toEqual(['k']);
    const target = fresh();
    restoreBundle(cache, 'k', target);
    expect(readFileSync(join(target, 'pagefind-entry.json'), 'utf8')).toBe('first');
  });

  it('prunes every bundle this build did not use', () => {
    const cache = fresh();
    for (const k of ['a', 'b', 'c']) storeBundle(cache, k, bundle(k));
    pruneBundles(cache, new Set(['b']));
    expect(readdirSync(cache)).toEqual(['b']);
    pruneBundles(join(tmp, 'no-cache'), new Set());
    expect(existsSync(join(tmp, 'no-cache'))).toBe(false);
  });
});
