import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { byType, kindOf, pageType, weigh } from '../../../scripts/bench/pageWeight.ts';

describe('pageType', () => {
  it.each([
    ['/', '/'],
    ['/404.html', '/404.html'],
    ['/samples/001-07/', '/samples/<id>/'],
    ['/levels/street/', '/levels/<group>/'],
    ['/templates/', '/templates/'],
    ['/templates/plans/', '/templates/<role>/'],
    ['/templates/plans/street/', '/templates/<role>/<group>/'],
    ['/templates/plans/page/2/', '/templates/<role>/'],
    ['/templates/page/3/', '/templates/'],
    ['/browse/', '/browse/'],
    ['/browse/oldest/page/2/', '/browse/'],
    ['/browse/level/county/year/2018/', '/browse/<facet>/<value>/…'],
    ['/guides/', '/guides/'],
    ['/guides/numbering/', '/guides/<slug>/'],
    ['/check/', '/check/'],
    ['/search/', '/search/'],
  ])('%s is %s', (path, type) => expect(pageType(path)).toBe(type));
});

describe('weighing visits', () => {
  const root = mkdtempSync(join(tmpdir(), 'fanwenku-weight-'));
  writeFileSync(join(root, 'index.html'), 'x'.repeat(1000));
  writeFileSync(join(root, '404.html'), 'y'.repeat(300));
  writeFileSync(join(root, 'a.css'), 'z'.repeat(500));
  writeFileSync(join(root, 'a.js'), 'w'.repeat(700));

  it('sorts responses by kind, raw bytes from the files and gzip bytes as sent; a miss weighs as 404.html', () => {
    expect(['/', '/x.html', '/a.css', '/a.js', '/a.mjs', '/pagefind/x.pf_fragment', '/favicon.svg'].map(kindOf)).toEqual([
      'html',
      'html',
      'css',
      'js',
      'js',
      'other',
      'other',
    ]);
    const visit = weigh(
      '/',
      '/',
      [
        { path: '/', status: 200, bytes: 100 },
        { path: '/a.css', status: 200, bytes: 50 },
        { path: '/a.js', status: 200, bytes: 70 },
        { path: '/missing.svg', status: 404, bytes: 30 },
      ],
      root,
    );
    expect(visit).toEqual({
      url: '/',
      type: '/',
      requests: 4,
      bytes: { html: { raw: 1000, gzip: 100 }, css: { raw: 500, gzip: 50 }, js: { raw: 700, gzip: 70 }, other: { raw: 300, gzip: 30 } },
    });
  });

  it('gives each type its page count, medians, maxima and heaviest page', () => {
    const visit = (url: string, html: number, requests: number) => ({
      url,
      type: pageType(url),
      requests,
      bytes: { html: { raw: html * 4, gzip: html }, css: { raw: 0, gzip: 0 }, js: { raw: 0, gzip: 0 }, other: { raw: 0, gzip: 0 } },
    });
    const [samples, home] = byType([
      visit('/samples/a/', 10, 3),
      visit('/samples/b/', 30, 5),
      visit('/samples/c/', 20, 4),
      visit('/', 7, 2),
    ]);
    expect(samples).toMatchObject({
      type: '/samples/<id>/',
      pages: 3,
      requests: { median: 4, max: 5 },
      heaviest: { url: '/samples/b/', gzip: 30 },
    });
    expect(samples!.bytes.html).toEqual({ median: { raw: 80, gzip: 20 }, max: { raw: 120, gzip: 30 } });
    expect(home).toMatchObject({ type: '/', pages: 1, requests: { median: 2, max: 2 } });
  });
});
