import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { committedEntries, committedSamples } from '../committed.ts';
import { hitRoles, occurrences, sampleHits } from '../../src/lib/search/matches.ts';
import { FILTER_KEYS, searchFilters } from '../../src/lib/search/meta.ts';
import { searchRecord } from '../../src/lib/search/records.ts';
import { parseState } from '../../src/lib/search/state.ts';
import { launchBrowser } from './browser.ts';
import { filterBoxes, listingReader, type Box } from './facetPages.ts';
import { fromSite, sitePath } from './pages.ts';

const samples = committedSamples();

let browser: Browser;
let page: Page;
let listings: ReturnType<typeof listingReader>;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
  listings = listingReader(page, new URL(inject('baseUrl')).origin);
});
afterAll(() => browser?.close());

const read = (href: string) => listings.read(href);
const listAll = (first: string) => listings.listAll(first);

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
    for (const shown of listings.seen.values()) expect(shown.cards.length).toBeLessThanOrEqual(50);
    expect(checked).toBeGreaterThan(listed.size);
    // Every facet is offered somewhere, and every sample is reachable from /browse/.
    expect(new Set([...listings.seen.values()].flatMap((s) => s.facets.map((f) => f.facet)))).toEqual(
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

// The search page's facets: every count shown is what a click on it gives, with the other filters applied.
const records = committedEntries().map((e) => searchRecord(e));
const GROUPS = [...FILTER_KEYS, 'role'] as const;

/** A sample's values per group for a phrase: its filters, and the roles of the parts the phrase is in (none without a phrase). */
function valuesFor(record: (typeof records)[number], phrase: string): Record<string, string[]> {
  const roles = phrase === '' ? [] : hitRoles(sampleHits(record.meta, record.text, phrase));
  return { ...searchFilters(record.meta), role: roles };
}

/** Ground truth: the samples a search URL lists, read from the committed samples. */
function truthOf(url: string): string[] {
  const state = parseState(url.slice(url.indexOf('?')));
  const phrase = state.q.trim();
  return records
    .filter((r) => phrase === '' || occurrences(r.text, phrase).length > 0)
    .filter((r) => {
      const values = valuesFor(r, phrase);
      return GROUPS.every((g) => {
        const want = g === 'role' ? state.roles : state.filters[g];
        return want.length === 0 || values[g]!.some((v) => want.includes(v));
      });
    })
    .map((r) => r.meta.id);
}

async function searchSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('#search-results')?.getAttribute('aria-busy') === 'false' &&
      document.querySelector('#search-status')?.textContent !== '',
  );
}

async function readSearch(page: Page): Promise<{ ids: string[]; complete: boolean; boxes: Box[] }> {
  const shown = await page.evaluate(() => ({
    ids: [...document.querySelectorAll<HTMLElement>('#search-results li[data-sample]')].map((li) => li.dataset.sample!),
    complete: document.querySelector<HTMLElement>('#search-status')!.dataset.complete === 'true',
  }));
  return { ...shown, boxes: await page.evaluate(filterBoxes) };
}

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const q = (phrase: string) => `q=${encodeURIComponent(phrase)}`;
const p = (key: string, value: string) => `&${key}=${encodeURIComponent(value)}`;
// A phrase alone; the case of the issue (县级 chosen, 街道办 offered); several filters at once;
// a role (checked on every sample's text); a one-character phrase (the scan); filters without a phrase.
const QUERIES = {
  phrase: `/search/?${q('以文辅政')}`,
  county: `/search/?${q('以文辅政')}${p('level', '县级')}`,
  several: `/search/?${q('XX')}${p('level', '县级')}${p('level', '市级')}${p('year', '2018年')}${p('period', '全年总结')}`,
  role: `/search/?${q('工作')}${p('perspective', '单位总结')}${p('role', 'problems')}`,
  scan: `/search/?${q('。')}${p('level', '街道乡镇')}`,
  browse: `/search/?${p('level', '街道乡镇').slice(1)}`,
};
const root = () => inject('base') === '/';

describe('search facets', () => {
  async function openSearch(url: string, viewport: { width: number; height: number }): Promise<Page> {
    const page = await browser.newPage({ viewport, ...(viewport === PHONE ? { hasTouch: true, isMobile: true } : {}) });
    await page.goto(inject('baseUrl') + url);
    await searchSettled(page);
    // On a phone the filters stay folded until opened (unless in use).
    if (!(await page.locator('details.search-filters').evaluate((d) => (d as HTMLDetailsElement).open)))
      await page.click('details.search-filters summary');
    return page;
  }

  /** The listed samples having a value (for a role: whose matches are in that part). */
  const having = (ids: readonly string[], phrase: string, box: Box) =>
    ids.filter((id) =>
      valuesFor(
        records.find((r) => r.meta.id === id)!,
        phrase,
      )[box.name]!.includes(box.value),
    ).length;

  async function everyCountIsAClick(url: string, viewport: { width: number; height: number }): Promise<{ clicked: number; zero: number }> {
    const page = await openSearch(url, viewport);
    const phrase = parseState(url.slice(url.indexOf('?'))).q;
    const before = await readSearch(page);
    expect(before.ids.sort()).toEqual(truthOf(url).sort());
    expect(before.complete).toBe(true);
    let clicked = 0;
    let zero = 0;
    for (const box of before.boxes) {
      const what = `${url} ${box.name}=${box.value}`;
      if (box.name === 'role' && phrase === '') {
        expect(box.count, what).toBeNull();
        continue;
      }
      expect(box.count, what).not.toBeNull();
      if (box.checked) {
        // A ticked value counts its listed samples and can always be unticked.
        expect(box.disabled, what).toBe(false);
        expect(having(before.ids, phrase, box), what).toBe(box.count);
        continue;
      }
      expect(box.disabled, what).toBe(box.count === 0);
      if (box.count === 0) {
        zero++;
        continue;
      }
      // Click the end of the row, away from the checkbox: the whole label ticks it.
      const label = page.locator(`label:has(input[name="${box.name}"][value="${box.value}"])`);
      const size = (await label.boundingBox())!;
      await label.click({ position: { x: size.width - 4, y: size.height / 2 } });
      await page.waitForFunction(([n, v]) => new URL(location.href).searchParams.getAll(n!).includes(v!), [box.name, box.value]);
      await searchSettled(page);
      const after = await readSearch(page);
      expect(after.complete, what).toBe(true);
      expect(having(after.ids, phrase, box), what).toBe(box.count);
      // With no value of its filter ticked, the click lists just the samples counted; with some,
      // values within a filter are either-or, so it adds them (a sample has one value per filter).
      const grouped = before.boxes.some((b) => b.name === box.name && b.checked);
      if (!grouped) expect(after.ids.length, what).toBe(box.count);
      else if (box.name !== 'role') expect(after.ids.length, what).toBe(before.ids.length + box.count!);
      else expect(after.ids.length, what).toBeLessThanOrEqual(before.ids.length + box.count!);
      clicked++;
      await page.goBack();
      await searchSettled(page);
    }
    await page.close();
    return { clicked, zero };
  }

  it.runIf(root()).each(Object.keys(QUERIES))(
    'at 1280×900, %s: every count is what a click gives, zero counts disabled',
    async (name) => {
      const { clicked } = await everyCountIsAClick(QUERIES[name as keyof typeof QUERIES], DESKTOP);
      expect(clicked).toBeGreaterThan(0);
    },
    120_000,
  );

  it.each(root() ? (['several', 'county', 'browse'] as const) : (['several'] as const))(
    'at 390×844, %s: every count is what a tap gives, zero counts disabled',
    async (name) => {
      const { clicked } = await everyCountIsAClick(QUERIES[name], PHONE);
      expect(clicked).toBeGreaterThan(0);
    },
    120_000,
  );

  it('no longer offers 街道办 once 县级 is ticked', async () => {
    const page = await openSearch(QUERIES.county, DESKTOP);
    const streetOffice = (await readSearch(page)).boxes.find((b) => b.name === 'organ' && b.value === '街道办')!;
    expect(truthOf(QUERIES.phrase).length).toBeGreaterThan(truthOf(QUERIES.county).length);
    expect(streetOffice).toMatchObject({ count: 0, disabled: true });
    await page.close();
  });

  it('gives filter rows and controls of at least 44 px on a phone', async () => {
    const page = await openSearch(QUERIES.several, PHONE);
    const small = await page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLElement>(
          '.search-filters label, .search-filters summary, .search-filters button[data-clear-filters], button[data-jump]',
        ),
      ]
        .map((el) => ({ el: el.textContent!.trim(), box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.height < 44 || box.width < 44),
    );
    expect(small).toEqual([]);
    await page.close();
  });

  it('keeps a 查看 N 篇 bar in view on a phone that jumps to the results', async () => {
    const page = await openSearch(QUERIES.county, PHONE);
    const n = truthOf(QUERIES.county).length;
    await page.evaluate(() => window.scrollTo(0, 0));
    const bar = page.locator('button[data-jump]');
    expect(await bar.textContent()).toBe(`查看 ${n} 篇`);
    // The results start below the screen, the bar is at its bottom.
    expect((await page.locator('#search-status').boundingBox())!.y).toBeGreaterThan(PHONE.height);
    const at = (await bar.boundingBox())!;
    expect(at.y).toBeGreaterThan(PHONE.height / 2);
    expect(at.y + at.height).toBeLessThanOrEqual(PHONE.height);
    // It covers no checkbox: they start the rows, it stands at their end.
    const boxes = await page.$$eval('.search-filters input[type="checkbox"]', (inputs) =>
      inputs.map((i) => i.getBoundingClientRect().toJSON()),
    );
    expect(boxes.filter((b: DOMRect) => b.right > at.x && b.bottom > at.y && b.top < at.y + at.height)).toEqual([]);
    await bar.tap();
    await page.waitForFunction(() => document.activeElement?.id === 'search-status');
    const status = (await page.locator('#search-status').boundingBox())!;
    expect(status.y).toBeGreaterThanOrEqual(0);
    expect(status.y).toBeLessThan(PHONE.height);
    // Ticking a value updates the bar.
    await page.click('label:has(input[name="level"][value="街道乡镇"])');
    await searchSettled(page);
    expect(await bar.textContent()).toBe(`查看 ${truthOf(`${QUERIES.county}${p('level', '街道乡镇')}`).length} 篇`);
    await page.close();
    // Beside the results on a wide screen, there is no bar.
    const wide = await openSearch(QUERIES.county, DESKTOP);
    expect(await wide.isVisible('button[data-jump]')).toBe(false);
    await wide.close();
  });
});
