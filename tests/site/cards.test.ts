import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { fromSite } from './pages.ts';

const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function open(path: string, viewport: (typeof VIEWPORTS)[number]): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.goto(inject('baseUrl') + path);
  return page;
}

interface Hit {
  /** Where on the card the point is. */
  at: string;
  /** The href of the link at that point, or null. */
  link: string | null;
  /** The interactive element (button, link) at that point. */
  control: string | null;
  inText: boolean;
}

/**
 * What a pointer finds at points spread over each card (matching `cardSelector`): its corners and
 * centre, each chip, the card's last line of text, each button in it, the middle of its template text.
 */
const probeCards = (page: Page, cardSelector: string) =>
  page.$$eval(cardSelector, (cards) =>
    cards.map((card) => {
      card.scrollIntoView({ block: 'center' });
      const box = card.getBoundingClientRect();
      const centre = (el: Element) => {
        const r = el.getBoundingClientRect();
        return [r.left + r.width / 2, r.top + r.height / 2] as const;
      };
      const points: [string, number, number][] = [
        ['top left', box.left + 6, box.top + 6],
        ['top right', box.right - 6, box.top + 6],
        ['bottom left', box.left + 6, box.bottom - 6],
        ['bottom right', box.right - 6, box.bottom - 6],
        ...[...card.querySelectorAll('.chip, p.muted')].map((el, k): [string, number, number] => [`${el.className} ${k}`, ...centre(el)]),
        ...[...card.querySelectorAll('button')].map((el, k): [string, number, number] => [`button ${k}`, ...centre(el)]),
        ...[...card.querySelectorAll('.tpl-text')].map((el): [string, number, number] => ['text', ...centre(el)]),
      ];
      const title = card.querySelector('a')!.getAttribute('href')!;
      return {
        title,
        hits: points.map(([at, x, y]): Hit => {
          const el = document.elementFromPoint(x, y);
          return {
            at,
            link: el?.closest('a')?.getAttribute('href') ?? null,
            control: el?.closest('a, button')?.tagName ?? null,
            inText: el?.closest('.tpl-text') != null,
          };
        }),
      };
    }),
  );

/** Tab from the top of the page until a card's title link has the focus; the ring drawn round the card. */
async function tabToCardLink(page: Page, linkSelector: string) {
  for (let k = 0; k < 80; k++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, linkSelector)) break;
  }
  return page.evaluate((s) => {
    const link = document.activeElement!;
    if (!link.matches(s)) return null;
    const ring = getComputedStyle(link, '::after');
    return {
      focusVisible: link.matches(':focus-visible'),
      linkOutline: getComputedStyle(link).outlineStyle,
      ring: `${ring.outlineStyle} ${ring.outlineWidth}`,
      inset: [ring.position, ring.top, ring.right, ring.bottom, ring.left].join(' '),
    };
  }, linkSelector);
}

describe.each(VIEWPORTS)('cards at $width×$height', (viewport) => {
  it.each(['/', '/browse/'])('%s: a pointer anywhere on a sample card finds its title link', async (path) => {
    const page = await open(path, viewport);
    const cards = await probeCards(page, 'li.card:has(> :is(h2, h3) > a.card-link[href*="/samples/"])');
    expect(cards.length).toBeGreaterThan(path === '/' ? 5 : 10);
    for (const card of cards) for (const hit of card.hits) expect(hit.link, `${card.title} at ${hit.at}`).toBe(card.title);
    await page.close();
  });

  it('a click on a sample card’s corner opens its sample', async () => {
    const page = await open('/browse/', viewport);
    const card = page.locator('li[data-result]').nth(2);
    const id = await card.getAttribute('data-result');
    await card.scrollIntoViewIfNeeded();
    const box = (await card.boundingBox())!;
    await page.mouse.click(box.x + box.width - 8, box.y + box.height - 8);
    await page.waitForURL(`**/samples/${id}/`);
    expect(await page.locator('article h1').first().count()).toBe(1);
    await page.close();
  });

  it('a keyboard focus on a sample card rings the whole card', async () => {
    const page = await open('/', viewport);
    const focus = await tabToCardLink(page, 'section[data-newest] a.card-link');
    expect(focus).toEqual({ focusVisible: true, linkOutline: 'none', ring: 'solid 3px', inset: 'absolute 0px 0px 0px 0px' });
    await page.close();
  });

  it('/templates/opening/: a template card is one link to its part, its buttons and text above it', async () => {
    const page = await open('/templates/opening/', viewport);
    await page.waitForFunction(() => customElements.get('copy-actions') !== undefined);
    const cards = await probeCards(page, 'article.tpl-card');
    expect(cards.length).toBeGreaterThan(5);
    for (const card of cards) {
      expect(card.title).toMatch(/\/samples\/[^/]+\/#opening(-\d+)?$/);
      for (const hit of card.hits) {
        const where = `${card.title} at ${hit.at}`;
        if (hit.at.startsWith('button')) expect(hit.control, where).toBe('BUTTON');
        else if (hit.at === 'text') expect({ link: hit.link, inText: hit.inText }, where).toEqual({ link: null, inText: true });
        else expect(hit.link, where).toBe(card.title);
      }
    }
    // A button does its own work and stays on the page; a click on a chip opens the part.
    const first = page.locator('article.tpl-card').first();
    const sample = await first.getAttribute('data-sample');
    const part = await first.getAttribute('data-part');
    await first.locator('button[data-compose-add]').click();
    await expect.poll(() => first.locator('[role="status"]').textContent()).toMatch(/写作台/);
    expect(fromSite(new URL(page.url()).pathname)).toBe('/templates/opening/');
    // A pointer's click where the chip shows (the link over it takes it: Playwright's own click would refuse).
    const chip = first.locator('.chip').last();
    await chip.scrollIntoViewIfNeeded();
    const at = (await chip.boundingBox())!;
    await page.mouse.click(at.x + at.width / 2, at.y + at.height / 2);
    await page.waitForURL(`**/samples/${sample}/#${part}`);
    await page.close();
  });

  it('/templates/opening/: a keyboard focus on a template card rings the whole card', async () => {
    const page = await open('/templates/opening/', viewport);
    const focus = await tabToCardLink(page, 'article.tpl-card a.card-link');
    expect(focus).toEqual({ focusVisible: true, linkOutline: 'none', ring: 'solid 3px', inset: 'absolute 0px 0px 0px 0px' });
    await page.close();
  });
});
