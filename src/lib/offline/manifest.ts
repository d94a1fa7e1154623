/**
 * What a build offers for offline reading (`offline.json`, written after the build): every file
 * a reader's browser may fetch, with its size and a hash of its content, and the shell the
 * service worker keeps from the first visit. Paths are relative to the base (`''` is the home
 * page, `samples/002/` a page, `_astro/Base.x.css` an asset), so one manifest serves any path.
 */
export interface OfflineEntry {
  bytes: number;
  /** A hash of the content: a changed hash is a changed file, refetched when an update activates. */
  hash: string;
  /** Pages only: the page's title, as the 离线阅读 page lists what is kept. */
  title?: string;
}

export interface OfflineManifest {
  /** Changes whenever any file does: names the service worker's shell cache. */
  version: string;
  /** Kept at the first visit: styles, scripts, the search runtime and the pages search and reading offline start from. */
  shell: string[];
  files: Record<string, OfflineEntry>;
  /** All files together: what 保存全部以离线阅读 downloads at most. */
  bytes: number;
}

/** One file of the built site as the manifest's builder sees it. */
export interface BuiltFile extends OfflineEntry {
  /** Relative to the build's root with `/` separators: `samples/002/index.html`, `_astro/x.css`. */
  file: string;
}

/** Pages in the shell: the home page, the search page and the 离线阅读 page (which also answers for pages not kept). */
export const SHELL_PAGES = ['', 'search/', 'offline/'] as const;

/** Where the 离线阅读 page is, relative to the base. */
export const OFFLINE_PAGE = 'offline/';

/**
 * The site's whole offline copy is offered while it is at most this large: a phone on a metered
 * plan should not fetch more on one tap, and browsers keep a site's storage well above it.
 */
export const SAVE_ALL_LIMIT = 50 * 1024 * 1024;

/**
 * Pagefind's files the search page fetches: its script, entry, WebAssembly, metadata and the
 * chunked index, filters and fragments. A later bundle (`bundle-<n>/`, src/lib/search/bundles.ts)
 * adds its entry, metadata and chunks; it runs on the first bundle's script and WebAssembly. Pagefind's
 * UI bundles, highlighter and worker are never fetched.
 */
const PAGEFIND_USED =
  /^pagefind\/(pagefind\.js|[^/]+\.pagefind|(bundle-\d+\/)?(pagefind-entry\.json|[^/]+\.pf_meta|(index|filter|fragment)\/[^/]+\.pf_(index|filter|fragment)))$/;

/** The search runtime every offline search needs, whatever the phrase: kept in the shell. */
const PAGEFIND_RUNTIME =
  /^pagefind\/(pagefind\.js|[^/]+\.pagefind|(bundle-\d+\/)?(pagefind-entry\.json|[^/]+\.pf_meta|filter\/[^/]+\.pf_filter))$/;

/** The samples' features the draft checker's worker fetches (`shardPath` in src/lib/check/shards.ts). */
const CHECKER_SHARD = /^check\/features\/[^/]+\.json$/;

/** A built file's path as the browser requests it (`samples/002/index.html` → `samples/002/`), or null when no reader fetches it. */
export function requestPath(file: string): string | null {
  if (file.endsWith('.html')) return file === 'index.html' || file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
  if (file.startsWith('pagefind/')) return PAGEFIND_USED.test(file) ? file : null;
  if (file.startsWith('_astro/') || file.startsWith('docx/') || file === 'favicon.svg' || CHECKER_SHARD.test(file)) return file;
  // The service worker and this manifest, robots.txt and sitemaps: for browsers and crawlers, not for reading.
  return null;
}

function inShell(path: string): boolean {
  return (
    path.startsWith('_astro/') || path === 'favicon.svg' || PAGEFIND_RUNTIME.test(path) || (SHELL_PAGES as readonly string[]).includes(path)
  );
}

/** The manifest of a build's files; `digest` hashes a string (the version is the digest of every file's path and hash). */
export function offlineManifest(built: readonly BuiltFile[], digest: (s: string) => string): OfflineManifest {
  const files: Record<string, OfflineEntry> = {};
  for (const { file, ...entry } of [...built].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    const path = requestPath(file);
    if (path !== null) files[path] = entry;
  }
  const paths = Object.keys(files);
  const missing = SHELL_PAGES.filter((p) => files[p] === undefined);
  if (missing.length > 0) throw new Error(`offline manifest: the shell pages ${missing.map((p) => `/${p}`).join(', ')} were not built`);
  return {
    version: digest(paths.map((p) => `${p}\t${files[p]!.hash}`).join('\n')),
    shell: paths.filter(inShell),
    files,
    bytes: paths.reduce((n, p) => n + files[p]!.bytes, 0),
  };
}
