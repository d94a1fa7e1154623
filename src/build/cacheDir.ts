import { join } from 'node:path';

/** Where a build keeps what a later build may reuse: Astro's cache folder (`FANWENKU_CACHE_DIR`, else node_modules/.astro). */
export const cacheDir = (env: NodeJS.ProcessEnv = process.env): string => env.FANWENKU_CACHE_DIR || join('node_modules', '.astro');
