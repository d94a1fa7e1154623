/**
 * The path the site is served under: `/` by default, `/fanwenku/` when built with
 * `FANWENKU_BASE=/fanwenku/`. Every URL a page, component, island or engine module writes goes
 * through `withBase`, so one build works entirely under its path.
 *
 * Astro's `base` reaches built pages and browser bundles as `import.meta.env.BASE_URL`, which
 * Vite writes in as a constant. Code run by plain Node (the CLIs, the search index) has no
 * `import.meta.env`; it writes the site's own paths and serves from `/`. With `trailingSlash:
 * 'always'` Astro's base ends in `/`, as `src/build/deployment.ts` writes it.
 */
export const BASE: string = import.meta.env?.BASE_URL ?? '/';

/** A site path (`/samples/002/`, `/pagefind/pagefind.js`) as the browser requests it: under the base. */
export function withBase(path: `/${string}`): string {
  return BASE + path.slice(1);
}
