import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { committedSamples } from '../committed.ts';
import { builtPages, sitePath } from './pages.ts';

// What search engines and chat apps read: a description and Open Graph title per page; with a
// public origin (FANWENKU_SITE), canonical links, og:url and a sitemap of every page; robots.txt.

const dist = inject('distDir');
const site = inject('site');
const pages = builtPages(dist);
const html = (path: string) => readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
const meta = (page: string, key: string) =>
  [...page.matchAll(new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`, 'g'))].map((m) => m[1]!);
const link = (page: string, rel: string) => [...page.matchAll(new RegExp(`<link rel="${rel}" href="([^"]*)"`, 'g'))].map((m) => m[1]!);
const decode = (s: string) =>
  s
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('every page tells a search engine and a chat app what it is', () => {
  it.each(pages)('%s has one description, an Open Graph title and description, and a canonical URL only with a public origin', (path) => {
    const page = html(path);
    const [description] = meta(page, 'description');
    expect(meta(page, 'description')).toHaveLength(1);
    expect(description!.length).toBeGreaterThan(10);
    expect(meta(page, 'og:description')).toEqual([description]);
    const title = decode(/<title>([^<]*)<\/title>/.exec(page)![1]!);
    expect(meta(page, 'og:title').map(decode)).toEqual([title.replace(/ – 范文库$/, '')]);
    expect(meta(page, 'og:type')).toEqual([path.startsWith('/samples/') ? 'article' : 'website']);
    const notFound = path === '/404.html';
    expect(meta(page, 'robots')).toEqual(notFound ? ['noindex'] : []);
    const canonical = site && !notFound ? [new URL(sitePath(path), site).href] : [];
    expect(link(page, 'canonical')).toEqual(canonical);
    expect(meta(page, 'og:url')).toEqual(canonical);
  });

  it('describes each sample by its own opening words', () => {
    for (const s of committedSamples()) {
      const [description] = meta(html(`/samples/${s.id}/`), 'description');
      const opening = [
        ...s.text
          .split('\n')
          .map((l) => l.trim())
          .join(''),
      ]
        .slice(0, 20)
        .join('');
      expect(decode(description!), s.id).toContain(opening);
    }
  });
});

describe('crawlers', () => {
  it('may read every page; robots.txt names the sitemap when there is one', () => {
    const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*\nDisallow:\n/);
    const sitemap = site ? `${site}${sitePath('/sitemap-index.xml')}` : null;
    expect(robots.includes('Sitemap:')).toBe(sitemap !== null);
    if (sitemap) expect(robots).toContain(`Sitemap: ${sitemap}\n`);
  });

  it('find every page but the 404 page in the sitemap, and only pages, with a public origin; no sitemap without one', () => {
    expect(existsSync(join(dist, 'sitemap-index.xml'))).toBe(site !== null);
    if (!site) return;
    const index = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
    const parts = [...index.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);
    expect(parts.length).toBeGreaterThan(0);
    const listed = parts.flatMap((url) => {
      expect(url.startsWith(`${site}${sitePath('/')}`)).toBe(true);
      const file = join(dist, new URL(url).pathname.slice(inject('base').length));
      return [...readFileSync(file, 'utf8').matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);
    });
    expect(listed.sort()).toEqual(
      pages
        .filter((p) => p !== '/404.html')
        .map((p) => `${site}${sitePath(p)}`)
        .sort(),
    );
  });
});
