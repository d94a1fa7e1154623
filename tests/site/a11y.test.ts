import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { launchBrowser } from './browser.ts';
import { committedSamples } from '../committed.ts';
import { builtPages, onePerType } from './pages.ts';

const samples = committedSamples();
const withNote = samples.find((s) => s.sourceNote !== null)!;
/** The site at the domain root is the full gate; a sub-path build repeats it on one page of each type. */
const root = inject('base') === '/';
/** The quality gate: every page the build wrote, as a first visit shows it. */
const PAGES = root ? builtPages(inject('distDir')) : onePerType(builtPages(inject('distDir')));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe.each(root ? (['light', 'dark'] as const) : (['light'] as const))('axe-core over every built page, %s scheme', (scheme) => {
  it.each(PAGES)('%s has no violations', async (path) => {
    const page = await browser.newPage({ colorScheme: scheme });
    await page.goto(inject('baseUrl') + path);
    const violations = await axeViolations(page);
    await page.close();
    expect(violations).toEqual([]);
  });
});

describe.runIf(root).each(['light', 'dark'] as const)('axe-core on a phone, %s scheme', (scheme) => {
  it('a sample page with its outline open and a heading highlighted as the link target has no violations', async () => {
    const sample = [...samples].sort((a, b) => b.chars - a.chars)[0]!;
    const page = await browser.newPage({ colorScheme: scheme, viewport: { width: 390, height: 844 } });
    await page.goto(inject('baseUrl') + `/samples/${sample.id}/#h-1`);
    await page.click('details[data-outline] summary');
    const violations = await axeViolations(page);
    await page.close();
    expect(violations).toEqual([]);
  });
});

describe.runIf(root).each(['light', 'dark'] as const)('axe-core with the copy UI in use, %s scheme', (scheme) => {
  it('the manual-copy dialog of a browser without the Clipboard API', async () => {
    const page = await browser.newPage({ colorScheme: scheme, viewport: { width: 390, height: 844 } });
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
    await page.goto(inject('baseUrl') + `/samples/${withNote.id}/`);
    await page.click('.whole-actions button[data-copy="original"]');
    await page.locator('dialog.copy-dialog[open]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('/templates/ with every skeleton open', async () => {
    const page = await browser.newPage({ colorScheme: scheme });
    await page.goto(inject('baseUrl') + '/templates/');
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe.runIf(root).each(['light', 'dark'] as const)('axe-core on the search page in use, %s scheme', (scheme) => {
  const settled = (page: Page) =>
    page.waitForFunction(
      () =>
        document.querySelector('#search-results')?.getAttribute('aria-busy') === 'false' &&
        document.querySelector('#search-suggest')?.getAttribute('aria-busy') === 'false',
    );
  // Filters excluding every sample with the phrase (values counting 0 disabled, 清除筛选 shown); a
  // query offered its variants; a role chosen; a phone with the filters open and the 查看 N 篇 bar.
  it.each([
    ['/search/?q=%E4%BB%A5%E6%96%87%E8%BE%85%E6%94%BF&level=%E9%83%A8%E9%97%A8', { width: 1280, height: 900 }],
    ['/search/?q=xx', { width: 1280, height: 900 }],
    ['/search/?q=%E5%B7%A5%E4%BD%9C&role=problems', { width: 1280, height: 900 }],
    ['/search/?q=%E4%BB%A5%E6%96%87%E8%BE%85%E6%94%BF&level=%E5%8E%BF%E7%BA%A7', { width: 390, height: 844 }],
  ])('%s has no violations', async (path, viewport) => {
    const page = await browser.newPage({ colorScheme: scheme, viewport });
    await page.goto(inject('baseUrl') + path);
    await settled(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('keyboard', () => {
  it('the first Tab reaches a visible skip link that moves focus to the main content', async () => {
    const page = await browser.newPage();
    await page.goto(inject('baseUrl') + `/samples/${withNote.id}/`);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return { href: el.getAttribute('href'), outline: style.outlineStyle, width: box.width, top: box.top };
    });
    expect(focused.href).toBe('#main');
    expect(focused.width).toBeGreaterThan(0);
    expect(focused.top).toBeGreaterThanOrEqual(0);
    expect(focused.outline).not.toBe('none');
    await page.keyboard.press('Enter');
    // Following the link is asynchronous: wait for the fragment, then check where focus went.
    await page.waitForFunction(() => location.hash === '#main', undefined, { timeout: 5000 });
    expect(await page.evaluate(() => document.activeElement?.closest('#main') !== null || document.activeElement?.id === 'main')).toBe(
      true,
    );
    await page.close();
  });
});
