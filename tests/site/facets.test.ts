import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { committedSamples } from '../committed.ts';
import { launchBrowser } from './browser.ts';
import { fromSite, sitePath } from './pages.ts';

const samples = committedSamples();

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(() => browser?.close());

/** What one page of a listing shows. */
interface Shown {
  total: number;
  cards: string[];
  /** Facet links: site path, the value's count. */
  facets: Array<{ href: string; count: number; facet: string }>;
  sorts: string[];
  next: string | null;
}

const origin = () => new URL(inject('baseUrl')).origin;
const seen = new Map<string, Shown>();

/** Open a page by the href the site wrote (under its base) and read it. */
async function read(href: string): Promise<Shown> {
  const known = seen.get(href);
  if (known) return known;
  const response = await page.goto(origin() + href);
  expect(response?.status(), href).toBe(200);
  const shown = await page.evaluate(() => ({
    total: Number(document.querySelector('[data-total]')?.textContent),
    cards: [...document.querySelectorAll('[data-result]')].map((el) => el.getAttribute('data-result')!),
    facets: [...document.querySelectorAll('a[data-facet][data-count]')].map((a) => ({
      href: a.getAttribute('href')!,
      count: Number(a.getAttribute('data-count')),
      facet: a.getAttribute('data-facet')!,
    })),
    sorts: [...document.querySelectorAll('a[data-sort]')].map((a) => a.getAttribute('href')!),
    next: document.querySelector('nav[aria-label="分页"] a[rel="next"]')?.getAttribute('href') ?? null,
  }));
  seen.set(href, shown);
  return shown;
}

/** Every card of a listing, following 下一页 from its first page. */
async function listAll(first: string): Promise<string[]> {
  const cards: string[] = [];
  for (let href: string | null = first; href !== null; href = (await read(href)).next) cards.push(...(await read(href)).cards);
  return cards;
}

describe('browse by facets', () => {
  // It opens every listing page (150 with the genre facet, for the 13 seeds), one at a time.
  it('links every count to a listing of exactly that many cards, 50 a page at most, and reaches every sample', async () => {
    const root = sitePath('/browse/');
    const queue = [root];
    const listed = new Set<string>([root]);
    let checked = 0;
    while (queue.length > 0) {
      const first = queue.shift()!;
      const cards = await listAll(first);
      const head = await read(first);
      expect(head.total, first).toBe(cards.length);
      expect(new Set(cards).size, first).toBe(cards.length);
      // The other sort lists the same samples.
      const other = head.sorts.find((s) => s !== first)!;
      expect((await listAll(other)).sort(), other).toEqual([...cards].sort());
      for (const link of head.facets) {
        expect(fromSite(link.href), link.href).toMatch(/^\/browse\//);
        expect(link.count).toBeGreaterThan(0);
        expect((await listAll(link.href)).length, `${first} → ${link.href}`).toBe(link.count);
        checked++;
        if (!listed.has(link.href)) {
          listed.add(link.href);
          queue.push(link.href);
        }
      }
    }
    for (const shown of seen.values()) expect(shown.cards.length).toBeLessThanOrEqual(50);
    expect(checked).toBeGreaterThan(listed.size);
    // Every facet is offered somewhere, and every sample is reachable from /browse/.
    expect(new Set([...seen.values()].flatMap((s) => s.facets.map((f) => f.facet)))).toEqual(
      new Set(['level', 'perspective', 'organ', 'year', 'period', 'genre']),
    );
    expect((await listAll(root)).sort()).toEqual(samples.map((s) => s.id).sort());
  }, 180_000);

  it('narrows by a click: a level, then a year, lists the samples having both', async () => {
    const sample = samples.find((s) => s.level !== null && s.year !== null)!;
    await page.goto(inject('baseUrl') + '/browse/');
    await page.click(`a[data-facet="level"][data-value="${sample.level}"]`);
    await page.waitForURL(`**/browse/level/${sample.level}/`);
    const year = page.locator(`a[data-facet="year"][data-value="${sample.year}"]`);
    const count = Number(await year.getAttribute('data-count'));
    await year.click();
    await page.waitForURL(`**/browse/level/${sample.level}/year/${sample.year}/`);
    const cards = await page.$$eval('[data-result]', (els) => els.map((el) => el.getAttribute('data-result')));
    const expected = samples.filter((s) => s.level === sample.level && s.year === sample.year);
    expect(cards.length).toBe(count);
    expect(new Set(cards)).toEqual(new Set(expected.map((s) => s.id)));
    expect(await page.locator('h1').innerText()).toContain(`${sample.year}年`);
  });

  it('keeps /levels/<group>/ as the first page of the level listing, with its count and facets', async () => {
    for (const group of ['county', 'individual']) {
      await page.goto(inject('baseUrl') + `/levels/${group}/`);
      const levels = await page.$$eval('[data-result]', (els) => els.map((el) => el.getAttribute('data-result')));
      const total = Number(await page.locator('[data-total]').innerText());
      const browse = await read(sitePath(`/browse/level/${group}/`));
      expect(levels).toEqual(browse.cards);
      expect(total).toBe(browse.total);
      expect(await page.locator('a[data-facet="level"][aria-current]').getAttribute('href')).toBe(sitePath(`/browse/level/${group}/`));
    }
  });
});
