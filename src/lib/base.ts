/**
 * The path the site is served under: `/` by default, `/fanwenku/` when built with
 * `FANWENKU_BASE=/fanwenku/`. Every URL a page, component, island or engine module writes goes
 * through `withBase`, so one build works entirely under its path.
 *
 * astro.config.mjs writes the base in as `__FANWENKU_BASE__` (Vite's define) for pages and browser
 * bundles alike. Not `import.meta.env.BASE_URL`: in server-rendered code Astro lets a `BASE_URL`
 * variable of the build's environment override it. Code run by plain Node or the unit tests (the
 * CLIs, the search index) has no define; it writes the site's own paths and serves from `/`.
 */
declare const __FANWENKU_BASE__: string | undefined;

export const BASE: string = typeof __FANWENKU_BASE__ === 'string' ? __FANWENKU_BASE__ : '/';

/** A site path (`/samples/002/`, `/pagefind/pagefind.js`) as the browser requests it: under the base. */
export function withBase(path: `/${string}`): string {
  return BASE + path.slice(1);
}
