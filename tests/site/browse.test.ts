import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { GROUPS, GROUP_LABELS } from '../../src/lib/offices.ts';
import { launchBrowser } from './browser.ts';
import { committedEntries, committedSamples } from '../committed.ts';
import { sampleFeatures } from '../../src/lib/check/similar.ts';
import { similarityIndex, similarSamples } from '../../src/lib/view/similarSamples.ts';
import { sitePath } from './pages.ts';
import { genreLabel } from '../../src/lib/view/labels.ts';

const samples = committedSamples();
const inGroup = (group: string) => samples.filter((s) => (group === 'individual' ? s.perspective === 'individual' : s.level === group));

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 390, height: 844 } });
});
afterAll(() => browser?.close());

describe('a reader browses by level', () => {
  it('home shows each level group with its count and link, the newest samples, and a way to all of them', async () => {
    await page.goto(inject('baseUrl') + '/');
    const groups = await page.$$eval('section[data-group]', (els) =>
      els.map((el) => ({
        group: el.getAttribute('data-group'),
        heading: el.querySelector('h2')?.textContent ?? '',
        count: Number(el.querySelector('[data-count]')?.textContent),
        links: [...el.querySelectorAll('a')].map((a) => a.getAttribute('href')),
      })),
    );
    expect(groups.map((g) => g.group)).toEqual([...GROUPS]);
    for (const g of groups) {
      expect(g.heading).toContain(GROUP_LABELS[g.group as keyof typeof GROUP_LABELS]);
      expect(g.count).toBe(inGroup(g.group!).length);
      expect(g.links).toEqual([sitePath(`/levels/${g.group}/`)]);
    }
    // Individuals are counted twice (level and 个人).
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(samples.length + inGroup('individual').length);
    // The newest samples by year, then every sample through 浏览.
    const newest = await page.$$eval('section[data-newest] a[href*="/samples/"]', (as) => as.map((a) => a.getAttribute('href')));
    const years = samples.map((s) => s.year ?? -Infinity).sort((a, b) => b - a);
    expect(newest).toHaveLength(Math.min(10, samples.length));
    const yearOf = (href: string | null) => samples.find((s) => sitePath(`/samples/${s.id}/`) === href)!.year ?? -Infinity;
    expect(newest.map(yearOf)).toEqual(years.slice(0, newest.length));
    expect(await page.locator(`main a[href="${sitePath('/browse/')}"]`).innerText()).toContain(String(samples.length));
  });

  it('names every sample differently on the home page and each level page, also where titles collide', async () => {
    expect(new Set(samples.map((s) => s.title)).size).toBeLessThan(samples.length);
    for (const path of ['/', ...GROUPS.map((g) => `/levels/${g}/`)]) {
      await page.goto(inject('baseUrl') + path);
      const lists = await page.$$eval('main ul:has(> li.card)', (uls) =>
        uls.map((ul) => [...ul.querySelectorAll('a.card-link')].map((a) => (a.textContent ?? '').replace(/\s+/g, ''))),
      );
      expect(lists.length).toBeGreaterThan(0);
      for (const names of lists) expect(new Set(names).size, `${path}: ${names.join(' | ')}`).toBe(names.length);
    }
  });

  it('home has no horizontal scroll on a phone', async () => {
    await page.goto(inject('baseUrl') + '/');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('shows in the header how many sections 写作台 holds, under any base', async () => {
    const context = await browser.newContext();
    const home = await context.newPage();
    await home.goto(inject('baseUrl') + '/');
    // Two sections in the draft, as 加入写作台 would leave them; the header counts them on every page.
    await home.evaluate(() => localStorage.setItem('fanwenku:compose-draft', JSON.stringify({ sections: [{}, {}] })));
    await home.reload();
    const badge = home.locator(`nav[aria-label="栏目"] a[href="${sitePath('/compose/')}"] [data-compose-count]`);
    await expect.poll(() => badge.isVisible()).toBe(true);
    expect(await badge.textContent()).toBe('（共2节）');
    await context.close();
  });

  it('follows a level, opens a sample and reads its title, chips and text', async () => {
    await page.goto(inject('baseUrl') + '/');
    await page.click(`section[data-group="street"] a[href="${sitePath('/levels/street/')}"]`);
    await page.waitForURL('**/levels/street/');
    const street = inGroup('street');
    expect(await page.locator(`main a[href^="${sitePath('/samples/')}"]`).count()).toBeGreaterThanOrEqual(street.length);

    const target = street.find((s) => s.titleInferred) ?? street[0]!;
    await page.click(`main a[href="${sitePath(`/samples/${target.id}/`)}"]`);
    await page.waitForURL(`**/samples/${target.id}/`);
    expect((await page.locator('h1').innerText()).replace(/\s+/g, '')).toBe(target.title.replace(/\s+/g, ''));
    expect(await page.locator('[data-meta="level"]').innerText()).toContain(GROUP_LABELS[target.level!]);
    if (target.organ) expect(await page.locator('[data-meta="organ"]').innerText()).toContain(target.organ);
    expect(await page.locator('[data-meta="genre"]').innerText()).toBe(genreLabel(target.genre));
    // Every source line is one [data-src-line] element: a paragraph, or a block around a whole-line heading.
    const paragraphs = await page.$$eval('[data-src-file] [data-src-line]', (els) => els.map((e) => e.textContent ?? ''));
    const bodyLines = target.text
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => l.trim());
    expect(paragraphs.slice(-bodyLines.length)).toEqual(bodyLines);
    if (target.titleInferred) expect(await page.locator('main').innerText()).toContain('原文无标题');
  });

  it('shows an individual summary under 个人 and links each sample to its source record', async () => {
    const person = inGroup('individual')[0]!;
    await page.goto(inject('baseUrl') + '/levels/individual/');
    await page.click(`main a[href="${sitePath(`/samples/${person.id}/`)}"]`);
    await page.waitForURL(`**/samples/${person.id}/`);
    expect(await page.locator('[data-meta="perspective"]').innerText()).toContain('个人');
    if (person.sourceNote) expect(await page.locator('main').innerText()).toContain(person.sourceNote.trim());
    await page.click(`a[href="${sitePath(`/sources/${person.source.name}/`)}"]`);
    await page.waitForURL(`**/sources/${person.source.name}/`);
    expect(await page.locator('main').innerText()).toContain(person.source.file);
  });

  it('lists each sample’s most similar others under 相似范文, as plain links the engine ranked', async () => {
    const index = similarityIndex(committedEntries().map(sampleFeatures));
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    for (const s of samples) {
      await plain.goto(inject('baseUrl') + `/samples/${s.id}/`);
      const links = await plain.$$eval('section[data-similar] a[data-similar-id]', (as) =>
        as.map((a) => ({ id: a.getAttribute('data-similar-id'), href: a.getAttribute('href') })),
      );
      const expected = similarSamples(index, s.id, 5);
      expect(links.map((l) => l.id)).toEqual(expected.map((e) => e.id));
      expect(links.map((l) => l.href)).toEqual(expected.map((e) => sitePath(`/samples/${e.id}/`)));
      expect(links.some((l) => l.id === s.id)).toBe(false);
      // Samples of its own level come first whenever it has other samples of that level.
      const sameLevel = samples.filter((o) => o.id !== s.id && o.level === s.level).length;
      if (s.level !== null) expect(expected.slice(0, Math.min(5, sameLevel)).every((e) => e.level === s.level)).toBe(true);
    }
    await noScript.close();
  });

  it('answers an unknown URL with the Chinese 404 page', async () => {
    const response = await page.goto(inject('baseUrl') + '/samples/no-such-sample/');
    expect(response?.status()).toBe(404);
    expect(await page.locator('main').innerText()).toMatch(/找不到|不存在/);
  });
});
