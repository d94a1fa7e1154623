import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
    /** What `npm run build` printed. */
    buildLog: string;
  }
}

const root = resolve(import.meta.dirname, '../..');
export const DIST = resolve(root, 'dist');

/** Build the site once (pages and search index) with `npm run build` and serve dist. */
export default async function setup(project: TestProject) {
  const buildLog = execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 });
  const { server, url } = await serveStatic(DIST);
  project.provide('baseUrl', url);
  project.provide('distDir', DIST);
  project.provide('buildLog', buildLog);
  return () => new Promise<void>((done) => server.close(() => done()));
}
