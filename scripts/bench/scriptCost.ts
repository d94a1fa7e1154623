/**
 * What the browser-cost benchmarks (bench:check, bench:compose) share: the size of what a page
 * fetched, and the summary of repeated User Timing measures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchServer } from './server.ts';

export interface Size {
  raw: number;
  gzip: number;
}

export const sizeOf = (bytes: Buffer | string): Size => ({ raw: Buffer.byteLength(bytes), gzip: gzipSync(bytes).length });

export const totalSize = (files: readonly Size[]): Size => ({
  raw: files.reduce((n, s) => n + s.raw, 0),
  gzip: files.reduce((n, s) => n + s.gzip, 0),
});

/** The scripts the server sent since it was last asked, each with its size in the built site. */
export function servedScripts(server: BenchServer, site: string): Array<Size & { path: string }> {
  return server
    .take()
    .filter((s) => s.path.endsWith('.js'))
    .map((s) => ({ path: s.path, ...sizeOf(readFileSync(join(site, s.path))) }));
}

/** The first (cold) run, and the median, min and max of the rest. */
export function timings(times: readonly number[]): { first: number; median: number; min: number; max: number; runs: number } {
  const warm = times.slice(1).sort((a, b) => a - b);
  return { first: times[0]!, median: warm[warm.length >> 1]!, min: warm[0]!, max: warm.at(-1)!, runs: warm.length };
}

export const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
export const ms = (n: number): string => `${n.toFixed(1)} ms`;
export const sizeLine = (s: Size & { path: string }): string => `  ${s.path}  ${kb(s.raw)}, ${kb(s.gzip)} gzip`;
