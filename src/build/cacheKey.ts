import { createHash } from 'node:crypto';

/**
 * A page's key for Astro's incremental builds (`experimental.incrementalBuild`): a digest of
 * every piece of data the page renders, which for our per-sample routes is their props (the
 * pages read nothing else that varies). Astro tracks the code itself; a route whose output
 * depends on the whole collection (listings, templates, guides) returns no key and is always
 * rendered.
 */
export const cacheKeyOf = (data: unknown): string => createHash('sha256').update(JSON.stringify(data)).digest('base64url');
