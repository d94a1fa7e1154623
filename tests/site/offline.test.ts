import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { writeOffline } from '../../src/build/offline.ts';
import type { OfflineManifest } from '../../src/lib/offline/manifest.ts';
import { occurrences } from '../../src/lib/search/matches.ts';
import { searchRecord } from '../../src/lib/search/records.ts';
import { committedEntries } from '../committed.ts';
import { launchBrowser } from './browser.ts';
import { serveStatic } from './server.ts';

// Offline after a first visit (the service worker of src/islands/offline): in Chromium, a
// context is taken offline with context.setOffline(true) after it has read and searched online.

const base = inject('base');
const PHRASE = '以文辅政';
const records = committedEntries().map((s) => searchRecord(s));
const found = records
  .filter((r) => occurrences(r.text, PHRASE).length > 0)
  .map((r) => r.meta.id)
  .sort();
const read = found[0]!;
const unread = records.map((r) => r.meta.id).find((id) => id !== read)!;
const search = (q: string) => `/search/?q=${encodeURIComponent(q)}`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** A fresh browser profile at `baseUrl` (origin and base, without its final slash): the reader's phone. */
async function reader(
  baseUrl = inject('baseUrl'),
): Promise<{ context: BrowserContext; page: Page; go: (path: string) => Promise<unknown> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  return { context, page, go: (path: string) => page.goto(baseUrl + path) };
}

/** Until the service worker has kept the shell and answers for the page. */
const controlled = (page: Page) => page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });

async function searched(page: Page): Promise<{ status: string; ids: string[] }> {
  await page.waitForFunction(
    () =>
      document.querySelector('#search-results')?.getAttribute('aria-busy') === 'false' &&
      document.querySelector('#search-status')?.textContent !== '',
  );
  return page.evaluate(() => ({
    status: document.querySelector('#search-status')!.textContent!,
    ids: [...document.querySelectorAll<HTMLElement>('#search-results li[data-sample]')].map((li) => li.dataset.sample!).sort(),
  }));
}

/** The 离线阅读 page once it has listed what is kept. */
async function offlinePage(page: Page): Promise<{ status: string; kept: string[]; missing: boolean; save: string | null }> {
  await page.waitForFunction(() => document.querySelector('#offline-status')?.getAttribute('aria-busy') === 'false');
  return page.evaluate(() => ({
    status: document.querySelector('#offline-status')!.textContent!,
    kept: [...document.querySelectorAll<HTMLElement>('#offline-kept li[data-path]')].map((li) => li.dataset.path!),
    missing: !document.querySelector<HTMLElement>('#offline-missing')!.hidden,
    save: document.querySelector<HTMLElement>('#offline-save')!.hidden
      ? null
      : document.querySelector('button[data-save-all]')!.textContent,
  }));
}

describe('offline after a first visit', () => {
  it('a reader who read a sample and ran a search rereads the sample and reruns the search offline', async () => {
    const { context, page, go } = await reader();
    await go(`/samples/${read}/`);
    await controlled(page);
    // The footer says so once the worker is there.
    await page.waitForSelector('[data-offline-note]:not([hidden])');
    await go(search(PHRASE));
    const online = await searched(page);
    expect(online.ids).toEqual(found);

    await context.setOffline(true);
    await go(`/samples/${read}/`);
    expect(await page.locator('article[data-src-file]').count()).toBe(1);
    // Styled: the shell's stylesheet is there too.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.skip-link')!).position)).toBe('absolute');
    await go(search(PHRASE));
    expect(await searched(page)).toEqual(online);
    // A result of the sample read before opens at its section, the phrase highlighted.
    await page.click(`#search-results li[data-sample="${read}"] .hits a`);
    await page.waitForFunction(() => CSS.highlights.get('search') !== undefined);
    expect(await page.textContent('#search-note')).toContain(PHRASE);
    await context.close();
  });

  it('a reader who checked a draft checks it offline, with the similar samples of its level; another level’s are missing, and the page says so', async () => {
    const samples = committedEntries();
    const byLevel = (s: (typeof samples)[number]) => samples.filter((x) => x.level === s.level).length;
    // A draft of the level with most samples, and one of another level: their shards differ.
    const draft = samples.toSorted((a, b) => byLevel(b) - byLevel(a))[0]!;
    const other = samples.find((s) => s.level !== null && s.level !== draft.level)!;
    const similar = (page: Page) => page.$$eval('#check-similar li[data-sample]', (lis) => lis.map((li) => li.getAttribute('data-sample')));
    const check = async (page: Page, text: string) => {
      await page.fill('#draft', text);
      await page.waitForFunction(() => document.querySelector('#check-results')?.getAttribute('aria-busy') === 'false');
    };
    const { context, page, go } = await reader();
    await go('/check/');
    await controlled(page);
    await check(page, [...draft.titleLines, draft.text].join('\n'));
    const online = await similar(page);
    expect(online.length).toBeGreaterThan(0);
    // The service worker kept the shard the checker's worker fetched (not only the browser's HTTP cache).
    const shard = `${base}check/features/${draft.level}.json`;
    expect(await page.evaluate(async (url) => (await caches.match(url)) !== undefined, shard)).toBe(true);

    await context.setOffline(true);
    // The draft kept in the browser is checked again on load.
    await go('/check/');
    await page.waitForFunction(() => document.querySelector('#check-results')?.getAttribute('aria-busy') === 'false');
    expect(await similar(page)).toEqual(online);
    expect(await page.textContent('#check-status')).toBe('');
    await check(page, [...other.titleLines, other.text].join('\n'));
    expect(await page.locator('#check-outline li[data-depth]').count()).toBe(other.structure.outline.length);
    expect(await similar(page)).toEqual([]);
    expect(await page.textContent('#check-status')).toBe('相近范文没能加载，请检查网络后再试');
    await context.close();
  });

  it('answers a page not kept with the 离线阅读 page, which says so and lists what is kept', async () => {
    const { context, page, go } = await reader();
    await go(`/samples/${read}/`);
    await controlled(page);
    await context.setOffline(true);
    const response = await go(`/samples/${unread}/`);
    expect(response).not.toBeNull();
    const state = await offlinePage(page);
    expect(state.missing).toBe(true);
    expect(state.kept).toContain(`samples/${read}/`);
    expect(state.kept).not.toContain(`samples/${unread}/`);
    await context.close();
  });

  it('keeps the whole site on 保存全部以离线阅读, which names its size; offline, every page and download is there', async () => {
    const manifest = JSON.parse(readFileSync(join(inject('distDir'), 'offline.json'), 'utf8')) as OfflineManifest;
    const { context, page, go } = await reader();
    await go('/offline/');
    await controlled(page);
    const before = await offlinePage(page);
    expect(before.missing).toBe(false);
    expect(before.save).toMatch(/^保存全部以离线阅读（约 \d+(\.\d)? (MB|KB)）$/);
    expect(Number(await page.getAttribute('button[data-save-all]', 'data-bytes'))).toBe(manifest.bytes);
    await page.click('button[data-save-all]');
    await page.waitForFunction(
      () =>
        document.querySelector('#offline-save')!.hasAttribute('hidden') &&
        document.querySelector('#offline-status')?.getAttribute('aria-busy') === 'false',
      undefined,
      { timeout: 60_000 },
    );
    expect(await page.textContent('#offline-status')).toContain('全站都已保存');

    await context.setOffline(true);
    await go(`/samples/${unread}/`);
    expect(await page.locator('article[data-src-file]').count()).toBe(1);
    const statuses = await page.evaluate(
      (paths) =>
        Promise.all(
          paths.map((p) =>
            fetch(p).then(
              (r) => r.status,
              () => 0,
            ),
          ),
        ),
      Object.keys(manifest.files).map((p) => base + p),
    );
    expect(statuses.every((s) => s === 200)).toBe(true);
    await context.close();
  });

  it('shows no 离线可读 note where the browser keeps nothing (an http:// intranet address, WeChat on iOS)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // What such a browser lacks: navigator.serviceWorker.
    await page.addInitScript(() => delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker);
    await page.goto(`${inject('baseUrl')}/samples/${read}/`, { waitUntil: 'load' });
    expect(await page.locator('[data-offline-note]').isHidden()).toBe(true);
    await context.close();
  });
});

describe('an update', () => {
  let copy: string;
  let server: Server;
  let url: string;
  beforeAll(async () => {
    copy = mkdtempSync(join(tmpdir(), 'fanwenku-update-'));
    cpSync(inject('distDir'), copy, { recursive: true });
    ({ server, url } = await serveStatic(copy, base));
  });
  afterAll(() => {
    server?.close();
    rmSync(copy, { recursive: true, force: true });
  });

  it('takes effect on the next visit: a changed page kept is refetched, a removed one dropped', async () => {
    const { context, page, go } = await reader(url + base.slice(0, -1));
    await go(`/samples/${read}/`);
    await controlled(page);
    await go(`/samples/${unread}/`);

    // The next release: one page changed, one gone.
    const changed = join(copy, 'samples', read, 'index.html');
    writeFileSync(changed, readFileSync(changed, 'utf8').replace('</h1>', '</h1><p id="next-release">新版</p>'));
    rmSync(join(copy, 'samples', unread), { recursive: true });
    const { manifest } = await writeOffline(copy);

    await go('/');
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    const shells = () => page.evaluate(() => caches.keys().then((names) => names.filter((n) => / shell /.test(n))));
    await expect.poll(shells, { timeout: 30_000 }).toEqual([expect.stringMatching(new RegExp(` shell ${manifest.version}$`))]);

    await context.setOffline(true);
    await go(`/samples/${read}/`);
    expect(await page.locator('#next-release').count()).toBe(1);
    await go(`/samples/${unread}/`);
    expect((await offlinePage(page)).missing).toBe(true);
    await context.close();
  });
});
