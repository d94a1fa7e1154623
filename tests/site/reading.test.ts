import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { COPY_LABELS } from '../../src/lib/format/copy.ts';
import { axeViolations } from './axe.ts';
import { launchBrowser } from './browser.ts';
import { committedEntries } from '../committed.ts';

/** Reading a sample page: the text on the first screen of a phone, the 提纲 one tap away and marking the reader's place, copy actions named and big enough to tap. */
const samples = committedEntries();
const url = (id: string) => `${inject('baseUrl')}/samples/${id}/`;
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
/** The sample with the most headings: the longest outline, the most copy groups. */
const deepest = [...samples].sort((a, b) => b.structure.outline.length - a.structure.outline.length)[0]!;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** The targets of the outline entries marked as the reader's place, per list (the phone's, the sticky column's). */
const marked = (page: Page) =>
  page.evaluate(() =>
    ['[data-outline]', '[data-outline-wide]'].map((list) =>
      [...document.querySelectorAll(`nav[aria-label="提纲"] ${list} a[aria-current="location"]`)].map((a) => a.getAttribute('href')),
    ),
  );

/** Scroll so that an element's top is at `y` px from the top of the screen. */
const scrollTarget = (page: Page, id: string, y: number) =>
  page.evaluate(([id, y]) => scrollBy(0, document.getElementById(id as string)!.getBoundingClientRect().top - (y as number)), [id, y]);

describe('on a 390×844 phone, every sample page', () => {
  let page: Page;
  beforeAll(async () => {
    page = await browser.newPage({ viewport: PHONE });
  });
  afterAll(() => page?.close());

  it.each(samples.map((s) => [s.id, s] as const))(
    '%s starts its text on the first screen, with all it showed before',
    async (id, sample) => {
      await page.goto(url(id));
      const shown = await page.evaluate(() => {
        const visible = (sel: string) => [...document.querySelectorAll(sel)].filter((el) => el.getClientRects().length > 0).length;
        const first = document.querySelector('section[data-role] [data-src-line]')!;
        return {
          first: first.getBoundingClientRect().top + scrollY,
          firstLine: Number(first.getAttribute('data-src-line')),
          screen: innerHeight,
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          headerLinks: visible('body > header nav a'),
          chips: visible('.chips [data-meta]'),
          note: visible('.source-note [data-src-line]'),
          whole: visible('.whole-actions button[data-copy], .whole-actions a[data-docx]'),
          outline: visible('details[data-outline] > summary'),
          summary: document.querySelector('a[href="#structure-summary"]')?.getClientRects().length ?? 0,
        };
      });
      expect(shown.firstLine).toBe(sample.structure.parts[0]!.line);
      expect(shown.first).toBeLessThan(shown.screen);
      expect(shown.overflow).toBe(0);
      // The header keeps its 11 links (6 levels, 5 sections); the head keeps its chips, note and whole-text actions.
      expect(shown.headerLinks).toBe(11);
      expect(shown.chips).toBeGreaterThanOrEqual(5);
      expect(shown.note).toBe(sample.sourceNote === null ? 0 : 1);
      expect(shown.whole).toBe((sample.structure.outline.length > 0 ? 3 : 2) + 2);
      expect(shown).toMatchObject({ outline: 1, summary: 1 });
    },
  );
});

describe('the floating 提纲 link on a phone', () => {
  it('opens the outline at the reader’s place in one tap, from anywhere in the text', async () => {
    const page = await browser.newPage({ viewport: PHONE });
    await page.goto(url(deepest.id));
    const jump = page.locator('[data-outline-jump]');
    const heading = deepest.structure.outline.filter((h) => !h.inline).at(-1)!;
    await scrollTarget(page, heading.id, 40);
    await expect.poll(() => marked(page)).toEqual([[`#${heading.id}`], [`#${heading.id}`]]);
    expect(await jump.isVisible()).toBe(true);
    await jump.click();
    const state = await page.evaluate((href) => {
      const details = document.querySelector<HTMLDetailsElement>('details[data-outline]')!;
      const a = details.querySelector(`a[href="${href}"]`)!.getBoundingClientRect();
      return { open: details.open, inView: a.top >= 0 && a.bottom <= innerHeight, focused: document.activeElement?.getAttribute('href') };
    }, `#${heading.id}`);
    expect(state).toEqual({ open: true, inView: true, focused: `#${heading.id}` });
    // Now above the text, the outline still marks the place the reader left.
    await page.waitForTimeout(300);
    expect(await marked(page)).toEqual([[`#${heading.id}`], [`#${heading.id}`]]);
    await page.close();
  });

  it('without JavaScript, is a link to the outline, which the browser opens', async () => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url(deepest.id));
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await page.click('[data-outline-jump]');
    await page.waitForFunction(() => location.hash === '#outline');
    const state = await page.evaluate(() => {
      const details = document.querySelector<HTMLDetailsElement>('details[data-outline]')!;
      const top = details.querySelector('summary')!.getBoundingClientRect().top;
      return { open: details.open, summaryInView: top >= 0 && top < innerHeight };
    });
    expect(state).toEqual({ open: true, summaryInView: true });
    await context.close();
  });
});

describe.each([
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as const)('on a %s, the outline marks where the reader is', (_, viewport) => {
  it('as they scroll down and back up, one entry in each list, kept in view in the sticky column', async () => {
    const page = await browser.newPage({ viewport });
    await page.goto(url(deepest.id));
    expect(await marked(page)).toEqual([[], []]);
    const { outline, parts } = deepest.structure;
    // Every other heading that is the first of its line going down (一是…二是… may share a line), then parts going up (each
    // part's top is its band).
    const firsts = outline.filter((h, k) => outline[k - 1]?.line !== h.line);
    const stops = [...firsts.filter((_, k) => k % 2 === 0).map((h) => h.id), ...parts.map((p) => p.id).reverse()];
    expect(stops.length).toBeGreaterThan(parts.length + 5);
    for (const id of stops) {
      await scrollTarget(page, id, 30);
      await expect.poll(() => marked(page)).toEqual([[`#${id}`], [`#${id}`]]);
      if (viewport === DESKTOP) {
        const inColumn = await page.evaluate((href) => {
          const nav = document.querySelector('nav[aria-label="提纲"]')!.getBoundingClientRect();
          const a = document.querySelector(`[data-outline-wide] a[href="${href}"]`)!.getBoundingClientRect();
          return a.top >= nav.top && a.bottom <= nav.bottom;
        }, `#${id}`);
        expect(inColumn).toBe(true);
      }
    }
    // Back above the text, the last place stays marked.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(300);
    expect(await marked(page)).toEqual([[`#${parts[0]!.id}`], [`#${parts[0]!.id}`]]);
    await page.close();
  });
});

/** The names of the buttons in a copy group, as the accessibility tree gives them (hidden buttons have none). */
async function buttonNames(group: Locator): Promise<string[]> {
  const snapshot = await group.ariaSnapshot();
  return [...snapshot.matchAll(/- button ("(?:[^"\\]|\\.)*")/g)].map((m) => JSON.parse(m[1]!) as string);
}

describe('copy actions in the text', () => {
  it('name the section or part they copy, on a desktop (every action) and on a phone (each menu button)', async () => {
    for (const viewport of [DESKTOP, PHONE]) {
      const page = await browser.newPage({ viewport });
      await page.goto(url(deepest.id));
      const groups = page.locator('section[data-role] copy-actions');
      const count = await groups.count();
      expect(count).toBeGreaterThan(deepest.structure.parts.length);
      for (let k = 0; k < count; k++) {
        const group = groups.nth(k);
        // What it copies, as the page shows it: the band of its part, or the heading of the line after it.
        const { copied, part } = await group.evaluate((el) => {
          const part = el.previousElementSibling?.matches('.band') ?? false;
          const copied = part ? el.previousElementSibling!.textContent! : el.nextElementSibling!.querySelector('[id^="h-"]')!.textContent!;
          return { copied: copied.trim(), part };
        });
        const labels = (await buttonNames(group)).map((n) => n.split('：'));
        for (const [action, label] of labels) {
          expect(label!.length, action).toBeGreaterThan(0);
          expect(copied.startsWith(label!.replace(/…$/u, '')), `${action}：${label} copies ${copied}`).toBe(true);
        }
        const actions = labels.map(([action]) => action);
        if (viewport === PHONE) expect(actions).toEqual([part ? '复制本部分' : '复制本节']);
        else
          expect(actions).toEqual([
            COPY_LABELS.original.action,
            COPY_LABELS.template.action,
            ...(actions.includes(COPY_LABELS.outline.action) ? [COPY_LABELS.outline.action] : []),
            '加入写作台',
          ]);
      }
      await page.close();
    }
  });

  it('on a phone, are one menu per heading, opened and closed with a tap, every target at least 44 px', async () => {
    const page = await browser.newPage({ viewport: PHONE });
    await page.goto(url(deepest.id));
    const sizes = (sel: string) =>
      page.$$eval(sel, (els) =>
        els
          .filter((el) => el.getClientRects().length > 0)
          .map((el) => {
            const r = el.getBoundingClientRect();
            return { w: Math.round(r.width), h: Math.round(r.height) };
          }),
      );
    const small = (list: { w: number; h: number }[]) => list.filter((s) => s.w < 44 || s.h < 44);
    // Closed: each group in the text shows its menu button only.
    const closed = await sizes('section[data-role] copy-actions button');
    expect(closed).toHaveLength(await page.locator('section[data-role] copy-actions').count());
    expect(small(closed)).toEqual([]);
    const group = page.locator('section[data-role] copy-actions[data-menu]:not(.band + copy-actions)').first();
    const toggle = group.locator('[data-copy-menu]');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const open = await group.locator('button').evaluateAll((bs) => bs.filter((b) => b.getClientRects().length > 0).length);
    expect(open).toBe(await group.locator('button').count());
    expect(small(await sizes('section[data-role] copy-actions button'))).toEqual([]);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    // The whole text's actions, the outline's toggle, its entries and links, the floating link.
    await page.click('details[data-outline] summary');
    for (const sel of ['.whole-actions button', 'details[data-outline] summary', 'nav[aria-label="提纲"] a']) {
      const found = await sizes(sel);
      expect(found.length, sel).toBeGreaterThan(0);
      expect(small(found), sel).toEqual([]);
    }
    await page.close();
  });
});

describe.each(['light', 'dark'] as const)('axe-core on a sample page being read, %s scheme', (scheme) => {
  it.each([
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const)('on a %s: the reader’s place marked, a copy menu and the outline open', async (_, viewport) => {
    const page = await browser.newPage({ colorScheme: scheme, viewport });
    await page.goto(url(deepest.id));
    const lines = deepest.structure.outline.filter((h) => !h.inline);
    const heading = lines[Math.floor(lines.length / 2)]!;
    await scrollTarget(page, heading.id, 30);
    await expect.poll(() => marked(page)).toEqual([[`#${heading.id}`], [`#${heading.id}`]]);
    if (viewport === PHONE) {
      await page.locator('section[data-role] [data-copy-menu]').nth(1).click();
      await page.click('[data-outline-jump]');
    }
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
