import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { realSamples, syntheticSamples } from '../../scripts/bench/corpus.ts';
import { syntheticSite } from '../../scripts/bench/site.ts';
import { occurrences } from '../../src/lib/search/matches.ts';
import { RESULT_BATCH } from '../../src/lib/search/state.ts';
import { launchBrowser } from './browser.ts';
import { serveStatic } from './server.ts';

// The built search page over a corpus larger than one batch of results: 130 samples
// recombined from the seeds' paragraphs, indexed as the build indexes the collection.
const samples = syntheticSamples(realSamples(), 130);
let tmp: string;
let url: string;
let close: () => void;
let browser: Browser;
beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'fanwenku-more-'));
  await syntheticSite(inject('distDir'), tmp, samples);
  const served = await serveStatic(tmp, '/');
  url = served.url;
  close = () => served.server.close();
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  close?.();
  rmSync(tmp, { recursive: true, force: true });
});

const settle = (page: import('playwright-core').Page) =>
  page.waitForFunction(
    () =>
      document.querySelector('#search-results')?.getAttribute('aria-busy') === 'false' &&
      document.querySelector('#search-status')?.textContent !== '',
  );

/** Click 更多 until it is gone; the ids listed then. */
async function listAll(page: import('playwright-core').Page): Promise<string[]> {
  while (await page.isVisible('button[data-more]')) {
    const before = await page.locator('#search-results li[data-sample]').count();
    await page.click('button[data-more]');
    await page.waitForFunction(
      (n) =>
        document.querySelectorAll('#search-results li[data-sample]').length > n ||
        document.querySelector('button[data-more]')?.hasAttribute('hidden'),
      before,
    );
    await settle(page);
  }
  return page.$$eval('#search-results li[data-sample]', (lis) => lis.map((li) => li.getAttribute('data-sample')!).sort());
}

const truthOf = (phrase: string) =>
  samples
    .filter((s) => occurrences(s.record.text, phrase).length > 0)
    .map((s) => s.record.meta.id)
    .sort();
const totalOf = (phrase: string) => samples.reduce((n, s) => n + occurrences(s.record.text, phrase).length, 0);

describe('more than one batch of results', () => {
  it(`lists ${RESULT_BATCH} samples found by the index, then ${RESULT_BATCH} more per click on 更多, until every one is listed`, async () => {
    const phrase = ['办公室', '进一步', '工作的'].find((p) => truthOf(p).length > 100)!;
    const truth = truthOf(phrase);
    const page = await browser.newPage();
    await page.goto(`${url}/search/?q=${encodeURIComponent(phrase)}`);
    await settle(page);
    expect(await page.locator('#search-results li[data-sample]').count()).toBe(RESULT_BATCH);
    expect(await page.getAttribute('#search-status', 'data-complete')).toBe('false');
    // The index counts every sample at once.
    expect(await page.textContent('#search-status')).toContain(`共 ${truth.length} 篇`);
    expect(await listAll(page)).toEqual(truth);
    expect(await page.textContent('#search-status')).toContain(`共 ${truth.length} 篇，${totalOf(phrase)} 处`);
    await page.close();
  });

  it(`checks every sample for a phrase shorter than the index words, ${RESULT_BATCH} matches at a time`, async () => {
    const phrase = '工';
    const truth = truthOf(phrase);
    expect(truth.length).toBeGreaterThan(100);
    const page = await browser.newPage();
    await page.goto(`${url}/search/?q=${encodeURIComponent(phrase)}`);
    await settle(page);
    expect(await page.locator('#search-results li[data-sample]').count()).toBe(RESULT_BATCH);
    expect(await page.textContent('#search-status')).toMatch(new RegExp(`已查 \\d+ / 130 篇，其中 ${RESULT_BATCH} 篇含此短语`));
    expect(await listAll(page)).toEqual(truth);
    expect(await page.getAttribute('#search-status', 'data-complete')).toBe('true');
    expect(await page.textContent('#search-status')).toContain(`共 ${truth.length} 篇，${totalOf(phrase)} 处`);
    await page.close();
  });

  it(`names every sample the filters allow when the phrase is empty, ${RESULT_BATCH} listed at a time`, async () => {
    const page = await browser.newPage();
    await page.goto(`${url}/search/?q=`);
    await settle(page);
    expect(await page.locator('#search-results li[data-sample]').count()).toBe(RESULT_BATCH);
    expect(await page.textContent('#search-status')).toBe(`共 ${samples.length} 篇范文，已列出 ${RESULT_BATCH} 篇`);
    expect(await listAll(page)).toEqual(samples.map((s) => s.record.meta.id).sort());
    expect(await page.textContent('#search-status')).toBe(`共 ${samples.length} 篇范文`);
    await page.close();
  });
});
