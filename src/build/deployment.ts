import { DEFAULT_BUNDLE_SAMPLES } from '../lib/search/bundles.ts';

/**
 * Where a build will be served, from the environment: `FANWENKU_BASE` is the path (`/fanwenku/`,
 * default `/`), `FANWENKU_SITE` the public origin (`https://example.gov.cn`), unset for an
 * intranet or a package whose address is not known at build time; `FANWENKU_SEARCH_BUNDLE` how
 * many samples a search bundle holds. Astro's config, the post-build
 * steps and the release package all read it here, so they agree.
 */
export interface Deployment {
  /** Starts and ends with `/`. */
  base: string;
  /** Absolute http(s) URL without a trailing slash, or null: no canonical links, Open Graph URLs or sitemap then. */
  site: string | null;
  /** Samples per search bundle (`FANWENKU_SEARCH_BUNDLE`, default 2000; src/lib/search/bundles.ts): a smaller number for a build machine with less memory. */
  searchBundle: number;
}

export function deploymentOf(env: Record<string, string | undefined>): Deployment {
  return { base: basePath(env.FANWENKU_BASE), site: siteUrl(env.FANWENKU_SITE), searchBundle: bundleSamples(env.FANWENKU_SEARCH_BUNDLE) };
}

function bundleSamples(raw: string | undefined): number {
  const value = (raw ?? '').trim();
  if (value === '') return DEFAULT_BUNDLE_SAMPLES;
  if (!/^[1-9]\d{0,6}$/.test(value)) throw new Error(`FANWENKU_SEARCH_BUNDLE: not a whole number of samples from 1: ${raw}`);
  return Number(value);
}

function basePath(raw: string | undefined): string {
  const value = (raw ?? '').trim();
  if (value === '' || value === '/') return '/';
  const segments = value.split('/').filter((s) => s !== '');
  // Only plain path segments: the base is written into HTML, CSS and server configs verbatim.
  const bad = segments.find((s) => s === '.' || s === '..' || !/^[A-Za-z0-9._~-]+$/.test(s));
  if (bad !== undefined) throw new Error(`FANWENKU_BASE: “${bad}” is not a plain path segment (letters, digits, . _ ~ -): ${raw}`);
  return `/${segments.join('/')}/`;
}

function siteUrl(raw: string | undefined): string | null {
  const value = (raw ?? '').trim();
  if (value === '') return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`FANWENKU_SITE: not an absolute URL: ${raw}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`FANWENKU_SITE: not an http(s) URL: ${raw}`);
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '')
    throw new Error(`FANWENKU_SITE: the origin only (set the path with FANWENKU_BASE): ${raw}`);
  return url.origin;
}
