import { createHash } from 'node:crypto';
import { closeSync, cpSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir } from './cacheDir.ts';

/**
 * The search bundles an earlier build wrote, kept for the next: Astro empties the output folder,
 * so they live beside Astro's own cache (`FANWENKU_CACHE_DIR`, else node_modules/.astro). A
 * bundle's files depend only on its records (src/lib/search/bundles.ts puts a sample in the same
 * bundle every build), Pagefind's version and how we call it, so their digest is its key, and a
 * rebuild after one import indexes only the bundle that sample joined.
 */
export const searchCacheDir = (env: NodeJS.ProcessEnv = process.env): string => join(cacheDir(env), 'search-bundles');

/** What else a bundle's files depend on: Pagefind's version and the code that feeds it. */
export function indexerSalt(): string {
  const pagefind = new URL('../../node_modules/pagefind/package.json', import.meta.url);
  const version = (JSON.parse(readFileSync(pagefind, 'utf8')) as { version: string }).version;
  return `pagefind ${version}\n${readFileSync(new URL('./searchIndex.ts', import.meta.url), 'utf8')}`;
}

/**
 * The key of the bundle whose records are in `recordsFile` (one per line), and how many records
 * it holds: read in blocks, never whole (100 MB at 2,000 samples).
 */
export function bundleKey(recordsFile: string, salt: string): { key: string; records: number } {
  const hash = createHash('sha256').update(salt).update('\0');
  const block = Buffer.allocUnsafe(1 << 20);
  const fd = openSync(recordsFile, 'r');
  let records = 0;
  try {
    for (let n: number; (n = readSync(fd, block, 0, block.length, null)) > 0;) {
      const read = block.subarray(0, n);
      hash.update(read);
      for (let at = read.indexOf(10); at !== -1; at = read.indexOf(10, at + 1)) records++;
    }
  } finally {
    closeSync(fd);
  }
  return { key: hash.digest('base64url'), records };
}

/** Copy the cached bundle `key` into `target`; false when there is none (or it vanished meanwhile). */
export function restoreBundle(cacheDir: string, key: string, target: string): boolean {
  const from = join(cacheDir, key);
  if (!existsSync(from)) return false;
  try {
    cpSync(from, target, { recursive: true });
    return true;
  } catch {
    rmSync(target, { recursive: true, force: true });
    return false;
  }
}

/**
 * Keep the bundle just written in `source` as `key`, whole or not at all: a temp folder renamed
 * into place, so a killed or concurrent build never leaves half a bundle to restore. Returns
 * whether it is kept; a cache is a help, so a failure here fails no build.
 */
export function storeBundle(cacheDir: string, key: string, source: string): boolean {
  const to = join(cacheDir, key);
  if (existsSync(to)) return true;
  const tmp = `${to}.${process.pid}.tmp`;
  try {
    mkdirSync(cacheDir, { recursive: true });
    cpSync(source, tmp, { recursive: true });
    renameSync(tmp, to);
    return true;
  } catch {
    // Another build stored the same bundle first, or pruned our temp folder.
    rmSync(tmp, { recursive: true, force: true });
    return existsSync(to);
  }
}

/** Remove every cached bundle but `keep`, so the cache holds one build's bundles. */
export function pruneBundles(cacheDir: string, keep: ReadonlySet<string>): void {
  if (!existsSync(cacheDir)) return;
  for (const name of readdirSync(cacheDir)) if (!keep.has(name)) rmSync(join(cacheDir, name), { recursive: true, force: true });
}
