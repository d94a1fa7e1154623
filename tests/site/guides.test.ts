import { readdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { searchable } from '../../src/lib/search/encode.ts';
import { axeViolations } from './axe.ts';
import { launchBrowser } from './browser.ts';
import { fromSite, sitePath } from './pages.ts';

const GUIDES = readdirSync('src/content/guides')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.slice(0, -'.mdx'.length))
  .sort();
const guidePath = (slug: string) => `/guides/${slug}/`;
// The phrase checks open a search page per phrase (30 on /guides/phrases/) and a sample page per
// occurrence link (about 200): a minute is not always enough on a loaded machine, so they get five.
const VISITS_TIMEOUT = 300_000;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function open(path: string, options: Parameters<Browser['newPage']>[0] = {}): Promise<Page> {
  const page = await browser.newPage(options);
  await page.goto(inject('baseUrl') + path);
  return page;
}

interface ExampleOnPage {
  sample: string;
  section: string;
  lines: { line: number; text: string }[];
  more: boolean;
  href: string;
}

const examplesOf = (page: Page) =>
  page.$$eval('figure[data-example]', (figs) =>
    figs.map((f) => ({
      sample: f.getAttribute('data-sample')!,
      section: f.getAttribute('data-section')!,
      lines: [...f.querySelectorAll<HTMLElement>('[data-line]')].map((p) => ({ line: Number(p.dataset.line), text: p.textContent ?? '' })),
      more: f.querySelector('.example-more') !== null,
      href: f.querySelector('figcaption a')!.getAttribute('href')!,
    })),
  ) as Promise<ExampleOnPage[]>;

/** A phrase's counts as the search page reports them once every result is in. */
async function searchCounts(q: string): Promise<{ occurrences: number; samples: number; links: string[] }> {
  const page = await open(`/search/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(
    () =>
      document.querySelector('#search-results')?.getAttribute('aria-busy') === 'false' &&
      document.querySelector<HTMLElement>('#search-status')?.dataset.complete === 'true',
  );
  const out = await page.evaluate(() => {
    const status = document.querySelector<HTMLElement>('#search-status')!;
    return {
      occurrences: Number(status.dataset.occurrences),
      samples: Number(status.dataset.samples),
      links: [...document.querySelectorAll('#search-results .hits a')].map((a) => a.getAttribute('href')!),
    };
  });
  await page.close();
  return out;
}

describe('guides', () => {
  it('has a page per guide, all listed on /guides/ and on the home page', async () => {
    expect(GUIDES.length).toBeGreaterThanOrEqual(4);
    for (const path of ['/', '/guides/']) {
      const page = await open(path);
      const listed = await page.$$eval('[data-guide] a', (as) => as.map((a) => a.getAttribute('href')!));
      expect([...listed].sort(), path).toEqual(GUIDES.map((g) => sitePath(guidePath(g))).sort());
      if (path === '/') expect(await page.locator('section[data-guides] [data-guide]').count()).toBe(GUIDES.length);
      await page.close();
    }
    for (const slug of GUIDES) {
      const page = await open(guidePath(slug));
      expect(await page.locator('article.guide h1').count()).toBe(1);
      await page.close();
    }
  });

  it.each(GUIDES)('/guides/%s/: every example quotes its section as the sample page shows it', async (slug) => {
    const page = await open(guidePath(slug));
    const examples = await examplesOf(page);
    await page.close();
    for (const ex of examples) {
      expect(ex.href).toBe(sitePath(`/samples/${ex.sample}/#${ex.section}`));
      expect(ex.lines.length).toBeGreaterThan(0);
      const sample = await open(`/samples/${ex.sample}/`);
      const truth = await sample.evaluate(
        ({ section, first }) => {
          const lines = [...document.querySelectorAll<HTMLElement>('.gongwen [data-src-line]')];
          const anchor = document.getElementById(section)!;
          // A part is a <section> holding its lines; a heading sits in the line it opens.
          const inPart = anchor.tagName === 'SECTION' ? lines.filter((l) => anchor.contains(l)) : null;
          const from = inPart ? lines.indexOf(inPart[0]!) : lines.indexOf(anchor.closest<HTMLElement>('[data-src-line]')!);
          return {
            lines: lines.map((l) => ({ line: Number(l.dataset.srcLine), text: l.textContent ?? '' })),
            from,
            partLength: inPart?.length ?? null,
            firstText: document.getElementById(`L${first}`)?.textContent ?? null,
          };
        },
        { section: ex.section, first: ex.lines[0]!.line },
      );
      await sample.close();
      const where = `${slug}: ${ex.sample}#${ex.section}`;
      // The example's lines are the page's lines from the section's first, in order, with equal text.
      expect(truth.from, where).toBeGreaterThanOrEqual(0);
      expect(ex.lines, where).toEqual(truth.lines.slice(truth.from, truth.from + ex.lines.length));
      expect(ex.lines[0]!.text, where).toBe(truth.firstText);
      if (truth.partLength !== null && !ex.more) expect(ex.lines.length, where).toBe(truth.partLength);
    }
  });

  it('shows copy actions for each example, with its section as data', async () => {
    const page = await open(guidePath(GUIDES.find((g) => g === 'structure') ?? GUIDES[0]!));
    const actions = await page.$$eval('figure[data-example] copy-actions', (els) =>
      els.map((e) => ({ doc: e.getAttribute('data-doc')!, buttons: e.querySelectorAll('button').length })),
    );
    expect(actions.length).toBe(await page.locator('figure[data-example]').count());
    for (const a of actions) {
      expect(a.buttons).toBeGreaterThanOrEqual(2);
      expect(await page.locator(`script[type="application/json"]#${a.doc}`).count()).toBe(1);
    }
    await page.close();
  });

  it.each(GUIDES)(
    '/guides/%s/: every phrase count equals what the search page reports, and links every occurrence as search does',
    async (slug) => {
      const page = await open(guidePath(slug));
      const counts = await page.$$eval('[data-phrase-count], [data-phrase-list-item]', (els) =>
        els.map((e) => ({
          phrase: e.getAttribute('data-phrase')!,
          occurrences: Number(e.getAttribute('data-occurrences')),
          samples: Number(e.getAttribute('data-samples')),
          search: (e.matches('a') ? e : e.querySelector('.phrase-head a'))!.getAttribute('href')!,
          links: [...e.querySelectorAll('a[data-occurrence]')].map((a) => a.getAttribute('href')!),
          list: e.hasAttribute('data-phrase-list-item'),
          more: Number(e.getAttribute('data-more') ?? 0),
        })),
      );
      await page.close();
      for (const c of counts) {
        expect(c.occurrences, c.phrase).toBeGreaterThan(0);
        expect(c.search).toBe(sitePath(`/search/?q=${encodeURIComponent(c.phrase)}`));
        const truth = await searchCounts(c.phrase);
        expect({ occurrences: c.occurrences, samples: c.samples }, c.phrase).toEqual({
          occurrences: truth.occurrences,
          samples: truth.samples,
        });
        // A list of every sample links what the search page links; a shortened one, part of it.
        if (c.list && c.more === 0) expect([...c.links].sort(), c.phrase).toEqual([...truth.links].sort());
        if (c.list && c.more > 0)
          expect(
            c.links.filter((l) => !truth.links.includes(l)),
            c.phrase,
          ).toEqual([]);
      }
    },
    VISITS_TIMEOUT,
  );

  it(
    'lands every occurrence link of the phrase lists on a section that holds the phrase, highlighted',
    async () => {
      const page = await open(guidePath('phrases'));
      const links = await page.$$eval('a[data-occurrence]', (as) => [...new Set(as.map((a) => a.getAttribute('href')!))]);
      await page.close();
      expect(links.length).toBeGreaterThan(0);
      const sample = await browser.newPage();
      for (const href of links) {
        const url = new URL(href, 'http://x');
        const phrase = url.searchParams.get('hl')!;
        const anchor = url.hash.slice(1);
        await sample.goto(inject('baseUrl') + fromSite(href));
        await sample.waitForFunction(() => CSS.highlights.get('search') !== undefined);
        const text = await sample.evaluate(
          ({ anchor }) => {
            if (anchor === '') return document.querySelector('h1')!.textContent ?? '';
            // From the anchor to the next section anchor on the page (a part or a heading), UI chrome left out.
            const start = document.getElementById(anchor)!;
            const anchors = [...document.querySelectorAll('.gongwen section[id], .gongwen [data-depth][id]')];
            const next = anchors[anchors.indexOf(start) + 1];
            const range = document.createRange();
            range.setStartBefore(start);
            if (next) range.setEndBefore(next);
            else range.setEndAfter(document.querySelector('.gongwen')!.lastElementChild!);
            const fragment = range.cloneContents();
            for (const chrome of fragment.querySelectorAll('[data-pagefind-ignore], copy-actions')) chrome.remove();
            return fragment.textContent ?? '';
          },
          { anchor },
        );
        expect(searchable(text), href).toContain(searchable(phrase));
        expect(await sample.evaluate(() => CSS.highlights.get('search')?.size), href).toBeGreaterThan(0);
      }
      await sample.close();
    },
    VISITS_TIMEOUT,
  );
});

describe.each(['light', 'dark'] as const)('axe-core on the guides, %s scheme', (scheme) => {
  it.each(['/guides/', ...GUIDES.map(guidePath)])('%s has no violations', async (path) => {
    const page = await open(path, { colorScheme: scheme });
    const violations = await axeViolations(page);
    await page.close();
    expect(violations).toEqual([]);
  });
});
