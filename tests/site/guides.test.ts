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

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

/** The guides in the order /guides/ lists them, as slugs. */
async function listedOrder(): Promise<string[]> {
  const page = await open('/guides/');
  const hrefs = await page.$$eval('[data-guide] a', (as) => as.map((a) => a.getAttribute('href')!));
  await page.close();
  return hrefs.map((h) => fromSite(h).split('/')[2]!);
}

/** Where the heading a contents link names sits once the link is followed: its top, and its text. */
async function follow(page: Page, link: ReturnType<Page['locator']>) {
  const id = decodeURIComponent((await link.getAttribute('href'))!.slice(1));
  await link.click();
  await page.waitForFunction((id) => decodeURIComponent(location.hash.slice(1)) === id, id);
  return page.evaluate((id) => {
    const h = document.getElementById(id);
    return { id, tag: h?.tagName ?? null, top: h?.getBoundingClientRect().top ?? NaN, text: h?.textContent ?? null };
  }, id);
}

describe('guide contents and 上一篇/下一篇', () => {
  it.each(GUIDES)(
    '/guides/%s/: the contents list every section heading, in order, and each link reaches its heading (phone and desktop)',
    async (slug) => {
      for (const viewport of [PHONE, DESKTOP]) {
        const page = await open(guidePath(slug), { viewport });
        const where = `${slug} at ${viewport.width}px`;
        // The truth is the page's own section headings, as the MDX rendered them.
        const headings = await page.$$eval('.guide-body h2[id], .guide-body h3[id]', (hs) =>
          hs.map((h) => ({ id: h.id, text: h.textContent ?? '', depth: Number(h.tagName[1]) })),
        );
        expect(headings.length, where).toBeGreaterThanOrEqual(3);
        const narrow = page.locator('nav[data-guide-contents] details[data-contents-narrow]');
        const wide = page.locator('nav[data-guide-contents] [data-contents-wide]');
        expect(await page.locator('nav[data-guide-contents]').count(), where).toBe(1);
        const phone = viewport === PHONE;
        // One list shows at a time: the collapsed one at the top on a phone, the open column on a desktop.
        expect(await narrow.isVisible(), where).toBe(phone);
        expect(await wide.isVisible(), where).toBe(!phone);
        if (phone) {
          expect(await narrow.evaluate((d) => (d as HTMLDetailsElement).open), where).toBe(false);
          // At the top: before the guide's first section, after its title.
          const order = await page.evaluate(() => {
            const nav = document.querySelector('nav[data-guide-contents]')!;
            const h1 = document.querySelector('article.guide h1')!;
            const first = document.querySelector('.guide-body h2')!;
            return [h1.compareDocumentPosition(nav), nav.compareDocumentPosition(first)].map(
              (p) => (p & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
            );
          });
          expect(order, where).toEqual([true, true]);
          await narrow.locator('summary').click();
        }
        const list = phone ? narrow : wide;
        const links = list.locator('a');
        const shown = await links.evaluateAll((as) =>
          as.map((a) => ({
            id: decodeURIComponent(a.getAttribute('href')!.slice(1)),
            text: a.textContent ?? '',
            depth: a.closest('ol ol') ? 3 : 2,
          })),
        );
        expect(shown, where).toEqual(headings);
        for (let k = 0; k < shown.length; k++) {
          if (phone && !(await narrow.evaluate((d) => (d as HTMLDetailsElement).open))) await narrow.locator('summary').click();
          const reached = await follow(page, links.nth(k));
          expect(reached.tag, where).toMatch(/^H[23]$/);
          expect(reached.text, where).toBe(shown[k]!.text);
          // Scrolled to the top of the viewport, or as far as the page goes for the last sections.
          const bottom = await page.evaluate(() => Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight - 1);
          if (!bottom) expect(Math.abs(reached.top - 16), `${where}: #${reached.id} at ${reached.top}`).toBeLessThanOrEqual(2);
          else expect(reached.top, where).toBeGreaterThanOrEqual(0);
          if (!phone) {
            // The column stays in view beside whatever is read.
            const box = (await page.locator('nav[data-guide-contents]').boundingBox())!;
            expect(box.y, where).toBeGreaterThanOrEqual(0);
            expect(box.y, where).toBeLessThan(viewport.height / 2);
          }
        }
        expect(await page.evaluate(() => document.documentElement.scrollWidth), where).toBeLessThanOrEqual(viewport.width);
        await page.close();
      }
    },
  );

  it('links each guide to the one before and after it in the order /guides/ lists them', async () => {
    const order = await listedOrder();
    expect([...order].sort()).toEqual(GUIDES);
    for (const [k, slug] of order.entries()) {
      const page = await open(guidePath(slug), { viewport: PHONE });
      const pager = page.locator('nav[data-guide-pager]');
      const rel = (r: string) => pager.locator(`a[rel="${r}"]`).evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(await rel('prev'), slug).toEqual(k > 0 ? [sitePath(guidePath(order[k - 1]!))] : []);
      expect(await rel('next'), slug).toEqual(k < order.length - 1 ? [sitePath(guidePath(order[k + 1]!))] : []);
      for (const box of await pager.locator('a').evaluateAll((as) => as.map((a) => a.getBoundingClientRect().toJSON() as DOMRect)))
        expect(box.height, slug).toBeGreaterThanOrEqual(44);
      // Following 下一篇 opens the next guide.
      if (k < order.length - 1) {
        await pager.locator('a[rel="next"]').click();
        await page.waitForURL(`**${guidePath(order[k + 1]!)}`);
        expect(await page.locator(`article.guide[data-guide="${order[k + 1]}"]`).count()).toBe(1);
      }
      await page.close();
    }
  });
});

describe('guides on a 390×844 phone', () => {
  it.each(GUIDES)(
    '/guides/%s/: no table cell breaks a number or sets a header over two lines; a wide table scrolls in its own box',
    async (slug) => {
      const page = await open(guidePath(slug), { viewport: PHONE });
      const cells = await page.$$eval('.guide-body table th, .guide-body table td', (cells) =>
        cells.map((cell) => {
          const lineHeight = parseFloat(getComputedStyle(cell).lineHeight);
          // Every run of digits: the lines its characters fall on.
          const numbers: { text: string; lines: number }[] = [];
          const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const m of (node.textContent ?? '').matchAll(/\d+/g)) {
              const range = document.createRange();
              range.setStart(node, m.index);
              range.setEnd(node, m.index + m[0].length);
              numbers.push({
                text: m[0],
                lines: new Set([...range.getClientRects()].map((r) => Math.round(r.top / (lineHeight / 2)))).size,
              });
            }
          }
          const range = document.createRange();
          range.selectNodeContents(cell);
          const head = cell.tagName === 'TH' && cell.closest('thead') !== null;
          return { text: cell.textContent ?? '', head, lines: Math.round(range.getBoundingClientRect().height / lineHeight), numbers };
        }),
      );
      for (const c of cells) {
        for (const n of c.numbers) expect(n.lines, `${slug}: ${n.text} in “${c.text}”`).toBe(1);
        if (c.head) expect(c.lines, `${slug}: header “${c.text}”`).toBe(1);
      }
      if (slug === 'numbering') {
        expect(cells.some((c) => c.numbers.some((n) => n.text.length >= 3))).toBe(true);
        // The families table is wider than a phone: it scrolls inside its box, keyboard included, not the page.
        const wrap = page.locator('.table-wrap:has([data-numbering-families])');
        const sizes = await wrap.evaluate((w) => ({ scroll: w.scrollWidth, client: w.clientWidth, tabIndex: w.tabIndex }));
        expect(sizes.scroll).toBeGreaterThan(sizes.client);
        expect(sizes.tabIndex).toBe(0);
        await wrap.focus();
        await page.keyboard.press('ArrowRight');
        await expect.poll(() => wrap.evaluate((w) => w.scrollLeft)).toBeGreaterThan(0);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      await page.close();
    },
  );

  it('/guides/phrases/: every link outside running text is a target of at least 24×24 px, the search links and contents 44 px tall', async () => {
    const page = await open(guidePath('phrases'), { viewport: PHONE });
    await page.locator('details[data-contents-narrow] summary').click();
    const targets = await page.$$eval('article.guide a, article.guide summary, nav[data-guide-pager] a', (els) =>
      els
        // Links inside a sentence of the prose may be smaller (WCAG 2.5.8's inline exception); the desktop contents are not shown.
        .filter((el) => el.checkVisibility() && !(el.parentElement!.matches('.guide-body > p') && el.matches('[data-phrase-count]')))
        .map((el) => {
          const r = el.getBoundingClientRect();
          const main = el.matches('.phrase-search, nav[data-guide-contents] a, summary, nav[data-guide-pager] a');
          return { what: `${el.className || el.tagName} ${el.textContent?.slice(0, 12)}`, width: r.width, height: r.height, main };
        }),
    );
    expect(targets.filter((t) => t.main).length).toBeGreaterThan(10);
    expect(targets.filter((t) => !t.main).length).toBeGreaterThan(50);
    for (const t of targets) {
      expect(Math.min(t.width, t.height), t.what).toBeGreaterThanOrEqual(24);
      if (t.main) expect(t.height, t.what).toBeGreaterThanOrEqual(44);
    }
    await page.close();
  });
});

describe.each(['light', 'dark'] as const)('axe-core at phone and desktop sizes, %s scheme', (scheme) => {
  it.each(['/', guidePath('numbering'), guidePath('phrases')])('%s has no violations, the contents open on a phone', async (path) => {
    for (const viewport of [PHONE, DESKTOP]) {
      const page = await open(path, { colorScheme: scheme, viewport });
      const summary = page.locator('details[data-contents-narrow] summary');
      if (await summary.isVisible()) await summary.click();
      const violations = await axeViolations(page);
      await page.close();
      expect(violations, `${viewport.width}px`).toEqual([]);
    }
  });
});
