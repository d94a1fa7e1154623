// The checker's report comes before its similar samples: a draft whose shards of sample features
// are still on the way gets its report at once, and only the 相近范文 part waits for them.
import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { launchBrowser } from './browser.ts';

const CHECK = () => `${inject('baseUrl')}/check/`;
const STORAGE_KEY = 'fanwenku:check-draft';
const SHARD = /\/check\/features\/[\w-]+\.json$/;
const LOADING = '正在加载相近范文…';
const FAILED = '相近范文没能加载，请检查网络后再试';
/** A county draft with something in every section: broken numbering, a comma, slots, an empty plans part, short. */
const COUNTY =
  'XX县人民政府办公室2024年工作总结\n今年以来,县政府办公室在县委、县政府的坚强领导下，认真履职，现将工作总结如下。\n一、围绕中心，服务大局\n（一）办文。全年办理公文【数量】件。\n（三）办会。全年组织会议【数量】次。\n二、存在问题\n人员少，任务重，学习不够系统。\n二、下一步打算\n';
/** Every part of the report but the similar samples, as the reader sees it. */
const REPORT_PARTS = [
  '#check-tally',
  '#check-summary',
  '#check-length',
  '#check-numbering',
  '#check-anomalies',
  '#check-placeholders',
  '#check-parts',
  '#check-outline',
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const busy = (page: Page) => page.getAttribute('#check-results', 'aria-busy');
const waitForReport = (page: Page) =>
  page.waitForFunction(() => document.querySelector('#check-results')?.getAttribute('aria-busy') === 'false');
/** The report shown, whatever it waits for: its tally is filled in. */
const waitForShown = (page: Page) =>
  page.waitForFunction(
    () => !document.querySelector('#check-report')!.hasAttribute('hidden') && document.querySelector('#check-tally[data-total]'),
    null,
    {
      timeout: 10_000,
    },
  );
const similar = (page: Page) => page.$$eval('#check-similar li[data-sample]', (lis) => lis.map((li) => li.getAttribute('data-sample')));
const report = (page: Page) => page.evaluate((parts) => parts.map((p) => [p, document.querySelector(p)!.outerHTML]), REPORT_PARTS);

/**
 * The checker with no draft kept, and with every shard request held until `release` lets it through
 * (or fails it). No service worker: it would answer the worker's fetches itself, out of the page's routes.
 */
async function heldChecker(): Promise<{ page: Page; requests: string[]; release: (fail?: boolean) => void }> {
  const page = await browser.newPage({ serviceWorkers: 'block', viewport: { width: 390, height: 844 } });
  await page.goto(CHECK());
  await page.evaluate((key) => localStorage.removeItem(key), STORAGE_KEY);
  await page.reload();
  await waitForReport(page);
  const requests: string[] = [];
  let open!: (fail: boolean) => void;
  const gate = new Promise<boolean>((done) => (open = done));
  await page.route(SHARD, async (route: Route) => {
    requests.push(route.request().url());
    if (await gate) await route.abort('internetdisconnected');
    else await route.continue();
  });
  return { page, requests, release: (fail = false) => open(fail) };
}

/** What the page shows for `text` when nothing delays it. */
async function unhindered(text: string): Promise<{ report: string[][]; similar: Array<string | null> }> {
  const page = await browser.newPage({ serviceWorkers: 'block', viewport: { width: 390, height: 844 } });
  await page.goto(CHECK());
  await page.fill('#draft', text);
  await waitForReport(page);
  const shown = { report: await report(page), similar: await similar(page) };
  await page.close();
  return shown;
}

describe('the draft checker before its shards arrive', () => {
  it('shows the whole report at once, says the similar samples are loading, then adds them alone, focus and scroll kept', async () => {
    const expected = await unhindered(COUNTY);
    expect(expected.similar.length).toBeGreaterThan(0);

    const { page, requests, release } = await heldChecker();
    await page.fill('#draft', COUNTY);
    await waitForShown(page);
    // The shard is asked for and held: nothing of it has arrived.
    expect(requests.length).toBeGreaterThan(0);
    expect(await report(page)).toEqual(expected.report);
    expect(await page.getAttribute('#check-tally', 'data-total')).toBe('8');
    expect(await page.locator('#check-numbering li[data-changed="true"]').count()).toBe(2);
    expect(await page.textContent('#check-similar-status')).toBe(LOADING);
    expect(await page.getAttribute('#check-similar', 'aria-busy')).toBe('true');
    expect(await similar(page)).toEqual([]);
    // The report is not complete yet; the page does not say it is slow either (the loading line does).
    expect(await busy(page)).toBe('true');
    expect(await page.textContent('#check-status')).toBe('');
    // 应用重新编号 is offered on the early report: it needs the numbering only.
    expect(await page.isVisible('button[data-renumber]')).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    // The reader reads on: a heading of the outline focused, the page scrolled to it.
    const heading = page.locator('#check-outline li[data-depth] button').last();
    await heading.focus();
    await heading.scrollIntoViewIfNeeded();
    const scroll = await page.evaluate(() => {
      const w = window as unknown as { kept: Element[]; focused: Element | null };
      w.kept = [...document.querySelectorAll('#check-report *, #check-tally *')].filter((e) => !e.closest('#check-similar'));
      w.focused = document.activeElement;
      return window.scrollY;
    });
    expect(scroll).toBeGreaterThan(0);

    release();
    await waitForReport(page);
    expect(await similar(page)).toEqual(expected.similar);
    expect(await report(page)).toEqual(expected.report);
    expect(await page.textContent('#check-similar-status')).toBe('');
    expect(await page.getAttribute('#check-similar', 'aria-busy')).toBeNull();
    expect(await page.textContent('#check-status')).toBe('');
    // Only the similar samples' list changed: every other node of the report is the one shown
    // before, the heading keeps the focus and the page its scroll.
    const after = await page.evaluate(() => {
      const w = window as unknown as { kept: Element[]; focused: Element | null };
      return {
        replaced: w.kept.filter((e) => !e.isConnected).length,
        focusKept: document.activeElement === w.focused,
        scroll: window.scrollY,
      };
    });
    expect(after).toEqual({ replaced: 0, focusKept: true, scroll });
    await page.close();
  });

  it('shows a newer draft’s report while the shards are still on the way, and ranks it, not the older one, when they come', async () => {
    const newer = COUNTY.replace('二、下一步打算\n', '三、下一步打算\n加强学习，提高服务水平。');
    const expected = await unhindered(newer);
    const { page, requests, release } = await heldChecker();
    await page.fill('#draft', COUNTY);
    await waitForShown(page);
    await page.fill('#draft', newer);
    await page.waitForFunction(() => document.querySelector('#check-tally')?.getAttribute('data-total') !== '8');
    expect(await report(page)).toEqual(expected.report);
    expect(await page.textContent('#check-similar-status')).toBe(LOADING);
    release();
    await waitForReport(page);
    expect(await similar(page)).toEqual(expected.similar);
    // The worker waiting on the network was kept: each shard was asked for once.
    expect(new Set(requests).size).toBe(requests.length);
    await page.close();
  });

  it('keeps the report and says why the similar samples are missing when a shard fails after it', async () => {
    const expected = await unhindered(COUNTY);
    const { page, release } = await heldChecker();
    await page.fill('#draft', COUNTY);
    await waitForShown(page);
    expect(await page.textContent('#check-similar-status')).toBe(LOADING);
    release(true);
    await waitForReport(page);
    expect(await page.isVisible('#check-report')).toBe(true);
    expect(await report(page)).toEqual(expected.report);
    expect(await page.textContent('#check-status')).toBe(FAILED);
    expect(await page.textContent('#check-similar-note')).toBe(FAILED);
    expect(await page.textContent('#check-similar-status')).toBe('');
    expect(await similar(page)).toEqual([]);
    await page.close();
  });
});
