import { statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { percentile } from './score.ts';
import type { Sent } from './server.ts';

/** A page type: pages that share a template, named by the URL pattern they share. */
export function pageType(path: string): string {
  // A listing's later pages and other sort share its first page's template.
  const [, first, second, third] = path.replace(/(?:oldest\/)?(?:page\/\d+\/)?$/, '').split('/');
  if (path === '/') return '/';
  if (first === '404.html') return '/404.html';
  const depth = [second, third].filter((x) => x !== undefined && x !== '').length;
  const pattern: Record<string, string[]> = {
    levels: ['/levels/', '/levels/<group>/'],
    samples: ['/samples/', '/samples/<id>/'],
    sources: ['/sources/', '/sources/<name>/'],
    guides: ['/guides/', '/guides/<slug>/'],
    templates: ['/templates/', '/templates/<role>/', '/templates/<role>/<group>/'],
    browse: ['/browse/', '/browse/<facet>/<value>/…'],
  };
  const names = pattern[first ?? ''];
  return names?.[Math.min(depth, names.length - 1)] ?? `/${first}/`;
}

/** What a kind of file costs on a first visit: bytes on disk and on the wire, as a static host gzips them. */
export interface Weight {
  raw: number;
  gzip: number;
}

export const KINDS = ['html', 'css', 'js', 'other'] as const;
export type Kind = (typeof KINDS)[number];

export function kindOf(path: string): Kind {
  const ext = extname(path);
  if (ext === '.html' || path.endsWith('/')) return 'html';
  if (ext === '.css') return 'css';
  if (ext === '.js' || ext === '.mjs') return 'js';
  return 'other';
}

/** One first visit: every response the server sent for it, by kind. */
export interface Visit {
  url: string;
  type: string;
  requests: number;
  bytes: Record<Kind, Weight>;
}

/** A visit's responses weighed: raw is the file's size in `root`, gzip what was sent. */
export function weigh(url: string, type: string, sent: readonly Sent[], root: string): Visit {
  const bytes = Object.fromEntries(KINDS.map((k) => [k, { raw: 0, gzip: 0 }])) as Record<Kind, Weight>;
  for (const s of sent) {
    const file = join(root, s.path.endsWith('/') ? s.path + 'index.html' : s.path);
    let raw = s.bytes;
    try {
      raw = statSync(file).size;
    } catch {
      // A miss answered with 404.html: its size is what was sent before compression.
      raw = statSync(join(root, '404.html')).size;
    }
    const w = bytes[kindOf(s.path)];
    w.raw += raw;
    w.gzip += s.bytes;
  }
  return { url, type, requests: sent.length, bytes };
}

/** Per page type: the number of pages, the median and the largest visit of each measure. */
export interface TypeWeight {
  type: string;
  pages: number;
  requests: { median: number; max: number };
  bytes: Record<Kind, { median: Weight; max: Weight }>;
  /** The heaviest page of the type by gzip bytes in all, and those bytes. */
  heaviest: { url: string; gzip: number };
}

export function byType(visits: readonly Visit[]): TypeWeight[] {
  const groups = new Map<string, Visit[]>();
  for (const v of visits) {
    groups.set(v.type, [...(groups.get(v.type) ?? []), v]);
  }
  const total = (v: Visit) => KINDS.reduce((sum, k) => sum + v.bytes[k].gzip, 0);
  return [...groups].map(([type, list]) => {
    const stat = (pick: (v: Visit) => number) => ({ median: percentile(list.map(pick), 50), max: Math.max(...list.map(pick)) });
    const bytes = Object.fromEntries(
      KINDS.map((k) => {
        const raw = stat((v) => v.bytes[k].raw);
        const gzip = stat((v) => v.bytes[k].gzip);
        return [k, { median: { raw: raw.median, gzip: gzip.median }, max: { raw: raw.max, gzip: gzip.max } }];
      }),
    ) as TypeWeight['bytes'];
    const heaviest = [...list].sort((a, b) => total(b) - total(a))[0]!;
    return { type, pages: list.length, requests: stat((v) => v.requests), bytes, heaviest: { url: heaviest.url, gzip: total(heaviest) } };
  });
}
