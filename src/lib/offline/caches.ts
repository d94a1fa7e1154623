/**
 * How the offline copy is kept in Cache Storage, shared by the service worker and the 离线阅读
 * page. Two deployments on one origin (`/a/` and `/b/`) share Cache Storage, so every name
 * carries the deployment's scope, the absolute URL of its base.
 */

/** The shell of one version: replaced as a whole when an update activates. */
export const shellCache = (scope: string, version: string): string => `fanwenku ${scope} shell ${version}`;

/** What the reader visited or saved: kept across updates, each changed file refetched and each removed one dropped. */
export const keptCache = (scope: string): string => `fanwenku ${scope} kept`;

/** Whether a Cache Storage name belongs to this deployment. */
export const isOwnCache = (scope: string, name: string): boolean => name.startsWith(`fanwenku ${scope} `);

/** The manifest of the version a kept cache holds, stored in that cache under this path. */
export const MANIFEST = 'offline.json';

/** What a request is kept under: its URL without query or fragment (`?hl=`, `?q=` and Pagefind's `?ts=` do not change a static file). */
export function cacheKey(url: string): string {
  const u = new URL(url);
  return u.origin + u.pathname;
}

/**
 * Files named by their content, relative to the base: Astro's assets and Pagefind's index,
 * fragment and filter chunks. They never change, so the cache answers first and servers may let
 * browsers keep them for a year. Folders only, so every server config can say it the same way.
 */
export const IMMUTABLE_FOLDERS = ['_astro', 'pagefind/index', 'pagefind/fragment', 'pagefind/filter'] as const;

export function isImmutable(path: string): boolean {
  return IMMUTABLE_FOLDERS.some((folder) => path.startsWith(`${folder}/`));
}
