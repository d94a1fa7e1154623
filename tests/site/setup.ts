import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
  }
}

const root = resolve(import.meta.dirname, '../..');
export const DIST = resolve(root, 'dist');

/** Build the site once (astro build + pagefind, as `npm run build` does) and serve dist. */
export default async function setup(project: TestProject) {
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const { server, url } = await serveStatic(DIST);
  project.provide('baseUrl', url);
  project.provide('distDir', DIST);
  return () => new Promise<void>((done) => server.close(() => done()));
}
