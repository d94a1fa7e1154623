/**
 * `npm run bench:pages`: what a first visit to each page type costs.
 *
 * Builds the site into a temp folder (as `npm run build` does) or takes `--site DIR`, serves it
 * like a static host (gzip for text, caching headers; scripts/bench/server.ts), and opens every
 * built page in a fresh headless Chromium context (empty cache). Counts every request the visit
 * makes until the network is quiet, and the bytes of HTML, CSS, JS and everything else, raw (the
 * files' sizes) and gzip (what was sent). Prints, per page type, the median and the largest page.
 * A phrase search (`/search/?q=`) and a sample reached from it (`?hl=`) are measured as their own rows.
 *
 *   --site DIR   use an already built site
 *   --json       print the figures as JSON
 *   --keep       keep the temp folder
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { builtPages } from '../tests/site/pages.ts';
import { launchBrowser } from '../tests/site/browser.ts';
import { byType, KINDS, pageType, weigh, type TypeWeight, type Visit } from './bench/pageWeight.ts';
import { serveSite } from './bench/server.ts';
import { buildSite } from './bench/site.ts';

const args = process.argv.slice(2);
const siteArg = args.includes('--site') ? args[args.indexOf('--site') + 1] : undefined;
const asJson = args.includes('--json');
const keep = args.includes('--keep');
const PHRASE = '以文辅政';
const log = (line: string) => process.stderr.write(`bench:pages: ${line}\n`);

const tmp = siteArg === undefined ? mkdtempSync(join(tmpdir(), 'fanwenku-bench-pages-')) : null;
const site = siteArg === undefined ? join(tmp!, 'site') : resolve(siteArg);
try {
  if (siteArg === undefined) {
    log(`building the site into ${site}`);
    buildSite(site);
  }
  const pages = builtPages(site);
  const sample = pages.find((p) => p.startsWith('/samples/'));
  const visits: Array<{ url: string; type: string }> = [
    ...pages.map((url) => ({ url, type: pageType(url) })),
    { url: `/search/?q=${encodeURIComponent(PHRASE)}`, type: `/search/?q=${PHRASE}` },
    ...(sample ? [{ url: `${sample}?hl=${encodeURIComponent(PHRASE)}`, type: `/samples/<id>/?hl=${PHRASE}` }] : []),
  ];
  const server = await serveSite(site);
  const browser = await launchBrowser();
  const measured: Visit[] = [];
  try {
    for (const { url, type } of visits) {
      // The offline worker's install fetches the site's shell after load: its cost is in docs/deploy.md, not the page's.
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      server.take();
      await page.goto(server.url + url, { waitUntil: 'load' });
      // Results of a search arrive after load: wait for the page to say they are shown.
      if (url.startsWith('/search/?')) await page.waitForSelector('#search-results[aria-busy="false"]');
      await server.idle(250);
      measured.push(weigh(url, type, server.take(), site));
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const types = byType(measured);
  if (asJson) process.stdout.write(JSON.stringify({ types, visits: measured }, null, 2) + '\n');
  else process.stdout.write(table(types));
} finally {
  if (tmp !== null && !keep) rmSync(tmp, { recursive: true, force: true });
  else if (tmp !== null) log(`kept ${tmp}`);
}

function table(types: readonly TypeWeight[]): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const pair = (w: { raw: number; gzip: number }) => `${n(w.raw)} / ${n(w.gzip)}`;
  const width = (s: string) => [...s].reduce((sum, c) => sum + (c.charCodeAt(0) > 0x2000 ? 2 : 1), 0);
  const padEnd = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - width(s)));
  const head = ['page type', 'pages', 'requests', ...KINDS.map((k) => `${k.toUpperCase()} raw / gzip B`), 'all gzip B'];
  const rows = types.map((t) => [
    t.type,
    String(t.pages),
    t.pages > 1 ? `${t.requests.median} (max ${t.requests.max})` : String(t.requests.median),
    ...KINDS.map((k) => pair(t.bytes[k].median)),
    n(KINDS.reduce((sum, k) => sum + t.bytes[k].median.gzip, 0)),
  ]);
  const widths = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]!))));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? padEnd(c, widths[i]!) : ' '.repeat(widths[i]! - width(c)) + c)).join('  ');
  const heaviest = types
    .filter((t) => t.pages > 1)
    .map((t) => `  ${padEnd(t.type, widths[0]!)}  ${t.heaviest.url}: ${n(t.heaviest.gzip)} B gzip in all`);
  return [
    'First visit (empty cache), median page of each type; bytes raw (files) / gzip (sent by a static host).',
    line(head),
    ...rows.map(line),
    '',
    'Heaviest page of each type:',
    ...heaviest,
    '',
  ].join('\n');
}
