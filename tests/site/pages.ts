import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { inject } from 'vitest';

/** Every HTML page of a built site, as URL paths (`/samples/002/`, `/404.html`). */
export function builtPages(dist: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(path);
      } else if (entry.name.endsWith('.html')) {
        const rel = relative(dist, path).split(sep).join('/');
        out.push('/' + (rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel));
      }
    }
  };
  walk(dist);
  return out.sort();
}

/** A site path (`/samples/002/`) as the build under test writes it in a link: under its base (`/fanwenku/samples/002/`). */
export const sitePath = (path: string): string => inject('base') + path.slice(1);

/** The site path of a link the build wrote (`/fanwenku/samples/002/` → `/samples/002/`); a link outside the base stays as it is, to fail what expects a site path. */
export const fromSite = (href: string): string => (href.startsWith(inject('base')) ? `/${href.slice(inject('base').length)}` : href);

/** The first page of each type: pages whose paths share their first segment and their depth (`/samples/002/`, `/templates/opening/city/`). */
export function onePerType(pages: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const path of pages) {
    const segments = path.split('/').filter(Boolean);
    const type = `${segments[0] ?? ''}/${segments.length}`;
    if (!seen.has(type)) seen.set(type, path);
  }
  return [...seen.values()];
}
