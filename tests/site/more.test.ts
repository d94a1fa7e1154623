import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { realSamples, syntheticSamples } from '../../scripts/bench/corpus.ts';
import { syntheticSite } from '../../scripts/bench/site.ts';
import { occurrences } from '../../src/lib/search/matches.ts';
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
  const served = await serveStatic(tmp);
  url = served.url;
  close = () => served.server.close();
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  close?.();
  rmSync(tmp, { recursive: true, force: true });
});

describe('more than one batch of results', () => {
  it('lists 50, then 50 more per click on 更多, until every sample with the phrase is listed', async () => {
    const phrase = '工作';
    const truth = samples.filter((s) => occurrences(s.record.text, phrase).length > 0).map((s) => s.record.meta.id).sort();
    expect(truth.length).toBeGreaterThan(100);
    const page = await browser.newPage();
    await page.goto(`${url}/search/?q=${encodeURIComponent(phrase)}`);
    const settled = () => page.waitForFunction(() => document.querySelector('#search-results')?.getAttribute('aria-busy') === 'false' && document.querySelector('#search-status')?.textContent !== '');
    await settled();
    const count = () => page.locator('#search-results li[data-sample]').count();
    expect(await count()).toBe(50);
    expect(await page.getAttribute('#search-status', 'data-complete')).toBe('false');
    expect(await page.textContent('#search-status')).toContain(`共 ${truth.length} 篇`);
    while (await page.isVisible('button[data-more]')) {
      const before = await count();
      await page.click('button[data-more]');
      await page.waitForFunction((n) => document.querySelectorAll('#search-results li[data-sample]').length > n, before);
      await settled();
    }
    const ids = await page.$$eval('#search-results li[data-sample]', (lis) => lis.map((li) => li.getAttribute('data-sample')!).sort());
    expect(ids).toEqual(truth);
    const total = samples.reduce((n, s) => n + occurrences(s.record.text, phrase).length, 0);
    expect(await page.getAttribute('#search-status', 'data-occurrences')).toBe(String(total));
    expect(await page.textContent('#search-status')).toContain(`共 ${truth.length} 篇，${total} 处`);
    await page.close();
  });
});
