import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildEnv, buildSite } from '../../scripts/bench/site.ts';
import { serveStatic } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The path the build under test is served under: `/`, or `/fanwenku/` for the sub-path build. */
    base: string;
    /** The public origin it was built for, or null: no canonical links, no sitemap. */
    site: string | null;
    /** Samples per search bundle it was built with (`FANWENKU_SEARCH_BUNDLE`). */
    searchBundle: number;
    /** Where the base is served, without its final slash: `baseUrl + '/samples/002/'` is a page. */
    baseUrl: string;
    distDir: string;
    /** What `npm run build` printed. */
    buildLog: string;
  }
}

const root = resolve(import.meta.dirname, '../..');
export const DIST = resolve(root, 'dist');

/**
 * Build the site once for the project's deployment (its `base` and `site`, provided in
 * vitest.config.ts) and serve it at its base: the default one with `npm run build` into dist,
 * another with the same steps into its own folder, so each project serves its own.
 */
export default async function setup(project: TestProject) {
  const { base, site, searchBundle } = project.getProvidedContext();
  const env = { FANWENKU_BASE: base, FANWENKU_SITE: site ?? '', FANWENKU_SEARCH_BUNDLE: String(searchBundle) };
  const dist = base === '/' ? DIST : resolve(root, '.tmp', `dist-${base.split('/').filter(Boolean).join('-')}`);
  const buildLog =
    dist === DIST
      ? execFileSync('npm', ['run', '--silent', 'build'], {
          cwd: root,
          env: buildEnv(env),
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'inherit'],
          maxBuffer: 64 * 1024 * 1024,
        })
      : (buildSite(dist, env), '');
  const { server, url } = await serveStatic(dist, base);
  project.provide('baseUrl', url + base.slice(0, -1));
  project.provide('distDir', dist);
  project.provide('buildLog', buildLog);
  return () => new Promise<void>((done) => server.close(() => done()));
}
