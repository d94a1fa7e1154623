import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { readFragments, writeSearchIndex } from '../../src/build/searchIndex.ts';
import { RESULT_BATCH } from '../../src/lib/search/state.ts';
import { stockPage, type BenchSample } from './corpus.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const BIN = join(ROOT, 'node_modules/.bin');

/** Our bundle and stock Pagefind's, as the browser asks for them. */
export const OUR_BUNDLE = 'pagefind';
export const STOCK_BUNDLE = 'stock-pagefind';
/** The page that runs stock Pagefind's own API. */
export const STOCK_PAGE = 'bench-stock';
/** Results loaded before the stock page counts as showing results: the search page's batch. */
export const STOCK_BATCH = RESULT_BATCH;

/**
 * Set by Vitest (NODE_ENV=test, and Vite's env): a build started from a test would take them for
 * its own, a test build without `import.meta.env.PROD` and Astro's `BASE_URL` overridden.
 */
const TEST_ENV = ['NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'];

/** The environment a build runs in, as from a shell: `node_modules/.bin` first, Vitest's variables gone, `extra` added. */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${BIN}:${process.env.PATH ?? ''}`, ...extra };
  for (const name of TEST_ENV) delete env[name];
  return env;
}

function run(command: string, args: string[], what: string, env: Record<string, string> = {}): { ms: number; stdout: string } {
  const started = performance.now();
  const result = spawnSync(command, args, {
    cwd: ROOT,
    encoding: 'utf8',
    env: buildEnv(env),
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`${what} failed (${command} ${args.join(' ')}):\n${result.stdout}\n${result.stderr}`);
  return { ms: performance.now() - started, stdout: result.stdout };
}

/**
 * The site as `npm run build` makes it, into `outDir`: astro build (pages, and the search records
 * written by the build's search integration), the search index, then the offline files; `env` adds to the environment
 * (FANWENKU_BASE…); `force` renders every page and indexes every bundle, ignoring what earlier builds cached. Returns the
 * time astro build took and what it and the index step printed, without colour codes (a page taken from the cache
 * says `(restored)` or `(cached)`). Astro colours its log wherever CI is set, pipe or not.
 */
export function buildSiteLogged(outDir: string, env: Record<string, string> = {}, force = false): { ms: number; log: string } {
  const astro = run(join(BIN, 'astro'), ['build', '--outDir', outDir, ...(force ? ['--force'] : [])], 'astro build', env);
  const index = run(process.execPath, ['scripts/search-index.ts', outDir, ...(force ? ['--force'] : [])], 'search index', env);
  run(process.execPath, ['scripts/offline.ts', outDir], 'offline files', env);
  return { ms: astro.ms, log: stripVTControlCharacters(astro.stdout + index.stdout) };
}

/** `buildSiteLogged`'s time only. */
export const buildSite = (outDir: string, env: Record<string, string> = {}, force = false): number =>
  buildSiteLogged(outDir, env, force).ms;

/**
 * A site for a synthetic corpus, never deployed: the built search page and its assets copied
 * from `built`, our index of the samples, and one minimal page per sample for stock Pagefind.
 */
export async function syntheticSite(
  built: string,
  outDir: string,
  samples: readonly BenchSample[],
): Promise<{ pagesMs: number; indexMs: number }> {
  let started = performance.now();
  mkdirSync(outDir, { recursive: true });
  for (const name of ['search', '_astro', 'favicon.svg', '404.html']) {
    if (existsSync(join(built, name))) cpSync(join(built, name), join(outDir, name), { recursive: true });
  }
  for (const s of samples) {
    const dir = join(outDir, 'samples', s.record.meta.id);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), stockPage(s));
  }
  const pagesMs = performance.now() - started;
  started = performance.now();
  await writeSearchIndex(
    samples.map((s) => s.record),
    join(outDir, OUR_BUNDLE),
  );
  return { pagesMs, indexMs: performance.now() - started };
}

/**
 * Stock Pagefind over the site's sample pages (jieba for zh-CN at index time), into
 * `stock-pagefind/`. Only `samples/`: source pages also carry data-pagefind-body, and our
 * index holds samples only.
 */
export function stockIndex(site: string): number {
  return run(
    join(BIN, 'pagefind'),
    ['--site', site, '--glob', 'samples/**/*.html', '--output-subdir', STOCK_BUNDLE, '--silent'],
    'stock pagefind',
  ).ms;
}

/**
 * The stock page: `?q=` runs `pagefind.search(q)` on load and loads the data of the first
 * STOCK_BATCH results (as many as the search page shows at a time), then sets `__benchDone`;
 * `__benchAll()` returns every result's id (its fragment hash, which `stockUrls` maps to
 * its URL without downloading thousands of fragments); `__benchSearch(q)` times a search
 * from a warm instance, to the first batch's data.
 */
export function writeStockPage(site: string): void {
  mkdirSync(join(site, STOCK_PAGE), { recursive: true });
  writeFileSync(
    join(site, STOCK_PAGE, 'index.html'),
    `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>stock Pagefind</title></head><body>
<script type="module">
const BATCH = ${STOCK_BATCH};
const pagefind = await import('/${STOCK_BUNDLE}/pagefind.js');
async function run(q) {
  const response = await pagefind.search(q);
  const results = response ? response.results : [];
  const first = await Promise.all(results.slice(0, BATCH).map((r) => r.data()));
  return { results, first };
}
let last = null;
window.__benchAll = () => last.results.map((r) => r.id);
window.__benchFirst = () => last.first.map((d) => d.url);
window.__benchSearch = async (q) => {
  const t0 = performance.now();
  last = await run(q);
  return performance.now() - t0;
};
const q = new URLSearchParams(location.search).get('q');
if (q !== null) {
  last = await run(q);
  window.__benchDone = performance.now();
}
</script></body></html>
`,
  );
}

/** The URL of every page of a bundle by its fragment hash (a result's id), read from its fragment files. */
export function stockUrls(bundle: string): Map<string, string> {
  const urls = new Map<string, string>();
  const dir = join(bundle, 'fragment');
  for (const file of readdirSync(dir)) for (const [hash, fragment] of readFragments(join(dir, file)).byHash) urls.set(hash, fragment.url);
  return urls;
}

/** Files Pagefind always writes for its own UIs, which neither search loads. */
const UI_FILES = /^pagefind-(ui|component-ui|modular-ui)\.(js|css)$|^pagefind-highlight\.js$/;

export interface BundleSize {
  total: number;
  /** Bytes and file count by kind: pagefind.js, pagefind-worker.js, entry, wasm, meta, index, fragment, filter, other. */
  parts: Record<string, { files: number; bytes: number }>;
}

function kindOf(path: string): string {
  if (path === 'pagefind.js' || path === 'pagefind-worker.js') return path;
  if (path === 'pagefind-entry.json') return 'entry';
  if (path.startsWith('wasm.')) return 'wasm';
  if (path.endsWith('.pf_meta')) return 'meta';
  if (path.endsWith('.pf_index')) return 'index';
  if (path.endsWith('.pf_fragment')) return 'fragment';
  if (path.endsWith('.pf_filter')) return 'filter';
  return 'other';
}

/** The bundle's size on disk, without the UI files. */
export function bundleSize(dir: string): BundleSize {
  const parts: Record<string, { files: number; bytes: number }> = {};
  let total = 0;
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) {
        walk(path);
        continue;
      }
      const rel = relative(dir, path);
      if (UI_FILES.test(rel)) continue;
      const kind = kindOf(rel);
      const bytes = statSync(path).size;
      parts[kind] ??= { files: 0, bytes: 0 };
      parts[kind].files++;
      parts[kind].bytes += bytes;
      total += bytes;
    }
  };
  walk(dir);
  return { total, parts };
}

/** Languages and page counts a bundle's entry file lists. */
export function bundleLanguages(dir: string): Record<string, { page_count: number }> {
  return (JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> })
    .languages;
}
