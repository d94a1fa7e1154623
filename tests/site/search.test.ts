import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bundlePath, bundlesOf } from '../../src/lib/search/bundles.ts';
import { searchable } from '../../src/lib/search/encode.ts';
import { occurrences } from '../../src/lib/search/matches.ts';
import { searchRecord } from '../../src/lib/search/records.ts';
import { axeViolations } from './axe.ts';
import { launchBrowser } from './browser.ts';
import { fromSite, sitePath } from './pages.ts';
import { committedEntries } from '../committed.ts';

const samples = committedEntries();
const records = samples.map((s) => searchRecord(s));

/** Ground truth: the samples whose text contains the phrase, and how many times in all. */
function truth(phrase: string): { ids: string[]; count: number } {
  const hits = records.map((r) => ({ id: r.meta.id, n: occurrences(r.text, phrase).length })).filter((h) => h.n > 0);
  return { ids: hits.map((h) => h.id).sort(), count: hits.reduce((n, h) => n + h.n, 0) };
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const results = document.querySelector('#search-results');
    return results?.getAttribute('aria-busy') === 'false' && document.querySelector('#search-status')?.textContent !== '';
  });
}

async function open(path: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.goto(inject('baseUrl') + path);
  await settled(page);
  return page;
}

async function listed(page: Page): Promise<{ ids: string[]; count: number; marks: string[] }> {
  return page.evaluate(() => ({
    ids: [...document.querySelectorAll<HTMLElement>('#search-results li[data-sample]')].map((li) => li.dataset.sample!).sort(),
    count: Number(document.querySelector<HTMLElement>('#search-status')!.dataset.occurrences),
    marks: [...document.querySelectorAll('#search-results mark')].map((m) => m.textContent ?? ''),
  }));
}

const search = (q: string, extra = '') => `/search/?q=${encodeURIComponent(q)}${extra}`;

/** A phrase made of the end of one body line and the start of the next. */
function acrossLines(): { phrase: string; id: string } {
  for (const s of samples) {
    const lines = s.text.split('\n').map((l) => searchable(l));
    for (let i = 0; i + 1 < lines.length; i++) {
      if (lines[i]!.length >= 4 && lines[i + 1]!.length >= 4) return { phrase: lines[i]!.slice(-3) + lines[i + 1]!.slice(0, 3), id: s.id };
    }
  }
  throw new Error('no two adjacent non-empty lines');
}

describe('search page', () => {
  it('searches an index of as many bundles as the build asked for, every sample in exactly one', () => {
    const perBundle = inject('searchBundle');
    const assigned = bundlesOf(samples, (s) => s.id, perBundle);
    const bundles = assigned.length;
    expect(bundles).toBeGreaterThan(perBundle < samples.length ? 1 : 0);
    const counts = Array.from({ length: bundles }, (_, k) => {
      const entry = JSON.parse(readFileSync(join(inject('distDir'), bundlePath(k), 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { page_count: number }>;
      };
      return entry.languages.zxx!.page_count;
    });
    expect(counts.reduce((a, b) => a + b, 0)).toBe(samples.length);
    // Each bundle holds the samples whose ids hash to it.
    expect(counts).toEqual(assigned.map((b) => b.length));
    expect(existsSync(join(inject('distDir'), bundlePath(bundles)))).toBe(false);
  });

  // The first two are phrases stock Pagefind does not find; the others carry punctuation, digits and placeholders.
  it.each(['互联网+政务服务', '身在兵位，胸为帅谋', '“三服务”', '以文辅政', 'XX', 'xx', '2019年', '。', '区块链'])(
    'lists every sample with %s and nothing else, every match marked',
    async (phrase) => {
      const page = await open(search(phrase));
      const got = await listed(page);
      const want = truth(phrase);
      expect(got.ids).toEqual(want.ids);
      expect(got.count).toBe(want.count);
      expect(got.marks.every((m) => m === searchable(phrase))).toBe(true);
      const status = await page.textContent('#search-status');
      expect(status).toContain(`共 ${want.ids.length} 篇，${want.count} 处`);
      expect(await page.isVisible('#search-empty')).toBe(want.ids.length === 0);
      for (const href of await page.$$eval('#search-results li[data-sample] a', (as) =>
        as.map((a) => [a.closest('li[data-sample]')!.getAttribute('data-sample'), a.getAttribute('href')]),
      )) {
        expect(href[1]!.startsWith(sitePath(`/samples/${href[0]}/`))).toBe(true);
      }
      await page.close();
    },
  );

  it('finds a phrase that runs across a line break, and highlights it on the sample page', async () => {
    const { phrase, id } = acrossLines();
    const page = await open(search(phrase));
    expect((await listed(page)).ids).toContain(id);
    await page.click(`#search-results li[data-sample="${id}"] .hits a`);
    await page.waitForURL(/\/samples\//);
    expect(await page.evaluate(() => CSS.highlights.get('search')?.size)).toBeGreaterThan(0);
    // The highlighted characters, read from the DOM ranges, are the phrase's although it spans two line elements.
    const marked = await page.evaluate(() =>
      [...(CSS.highlights.get('search') as unknown as Set<Range>)].map((r) => r.toString()).join(''),
    );
    expect(marked.replace(/\s+/g, '')).toContain(phrase);
    await page.close();
  });

  it('links each match to its section, where the phrase is highlighted on arrival', async () => {
    const phrase = '以文辅政';
    const page = await open(search(phrase));
    const links = await page.$$eval('#search-results .hits a', (as) => as.map((a) => a.getAttribute('href')!));
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) {
      const [, id, anchor] = /^\/samples\/([^/]+)\/\?hl=[^#]+(?:#(.+))?$/.exec(fromSite(href)) ?? [];
      expect(id, href).toBeDefined();
      const record = records.find((r) => r.meta.id === id)!;
      const section = record.meta.sections.find((s) => s.anchor === (anchor ?? ''))!;
      expect(section, href).toBeDefined();
      // The section really holds a match: one starts between it and the next section.
      const next = record.meta.sections[record.meta.sections.indexOf(section) + 1]?.start ?? Infinity;
      expect(
        occurrences(record.text, phrase).some((at) => at >= section.start && at < next),
        href,
      ).toBe(true);
    }
    const target = links.find((l) => l.includes('#'))!;
    await page.goto(inject('baseUrl') + fromSite(target));
    const anchor = target.split('#')[1]!;
    expect(await page.locator(`#${anchor}`).count()).toBe(1);
    expect(await page.evaluate(() => CSS.highlights.get('search')?.size)).toBeGreaterThan(0);
    expect(await page.textContent('#search-note')).toContain(phrase);
    await page.close();
  });

  it('filters by level and by the role of the section, keeps them in the URL, and back restores', async () => {
    const phrase = '工作';
    const page = await open(search(phrase));
    const all = await listed(page);
    expect(all.ids).toEqual(truth(phrase).ids);
    // Each value's count is the number of listed samples that have it.
    const countOf = (name: string, value: string) =>
      page.textContent(`label:has(input[name="${name}"][value="${value}"]) [data-filter-count]`);
    const inCounty = samples.filter((s) => s.level === 'county' && all.ids.includes(s.id)).length;
    expect(await countOf('level', '县级')).toBe(`（${inCounty}）`);
    const withProblems = records.filter(
      (r) =>
        all.ids.includes(r.meta.id) &&
        occurrences(r.text, phrase).some((at) => {
          const sections = r.meta.sections;
          const i = sections.findLastIndex((s) => s.start <= at);
          return sections[i]?.role === 'problems';
        }),
    ).length;
    expect(await countOf('role', 'problems')).toBe(`（${withProblems}）`);
    // Genre counts as level does: each genre's listed samples.
    const shown = records.filter((x) => all.ids.includes(x.meta.id));
    for (const genre of new Set(shown.map((x) => x.meta.genre)))
      expect(await countOf('genre', genre)).toBe(`（${shown.filter((x) => x.meta.genre === genre).length}）`);

    await page.check('input[name="level"][value="县级"]');
    await page.waitForURL(/level=/);
    await settled(page);
    const county = samples.filter((s) => s.level === 'county').map((s) => s.id);
    expect((await listed(page)).ids).toEqual(all.ids.filter((id) => county.includes(id)));
    expect(new URL(page.url()).searchParams.getAll('level')).toEqual(['县级']);

    await page.check('input[name="role"][value="problems"]');
    await page.waitForURL(/role=problems/);
    await settled(page);
    const hrefs = await page.$$eval('#search-results .hits a', (as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) {
      const [, id, anchor] = /^\/samples\/([^/]+)\/\?hl=[^#]+#(.+)$/.exec(fromSite(href))!;
      expect(records.find((r) => r.meta.id === id)!.meta.sections.find((s) => s.anchor === anchor)!.role).toBe('problems');
    }

    await page.goBack();
    await settled(page);
    expect(await page.isChecked('input[name="role"][value="problems"]')).toBe(false);
    expect(await page.isChecked('input[name="level"][value="县级"]')).toBe(true);
    await page.reload();
    await settled(page);
    expect(await page.isChecked('input[name="level"][value="县级"]')).toBe(true);
    expect((await listed(page)).ids).toEqual(all.ids.filter((id) => county.includes(id)));
    await page.close();
  });

  it('lists every sample when the query is empty, narrowed by filters', async () => {
    const page = await open('/search/?perspective=%E4%B8%AA%E4%BA%BA%E6%80%BB%E7%BB%93');
    expect((await listed(page)).ids).toEqual(
      samples
        .filter((s) => s.perspective === 'individual')
        .map((s) => s.id)
        .sort(),
    );
    expect(await page.textContent('#search-status')).toMatch(/共 \d+ 篇范文/);
    await page.close();
  });

  it('is driven by keyboard: / and Ctrl+K focus the box, Enter searches, Esc clears', async () => {
    const page = await browser.newPage();
    await page.goto(inject('baseUrl') + '/samples/002/');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-q');
    await page.keyboard.type('承上启下');
    await page.keyboard.press('Escape');
    expect(await page.inputValue('#site-q')).toBe('');
    await page.locator('body').click({ position: { x: 5, y: 400 } });
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-q');
    await page.keyboard.type('承上启下');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await settled(page);
    expect((await listed(page)).ids).toEqual(truth('承上启下').ids);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await page.close();
  });

  it('searches as the reader types on a phone, with the query in the URL', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await page.goto(inject('baseUrl') + '/search/');
    await settled(page);
    await page.fill('#q', '督查督办');
    await page.waitForURL(/q=%E7%9D%A3/);
    await page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.includes('督查督办'));
    await settled(page);
    expect((await listed(page)).ids).toEqual(truth('督查督办').ids);
    expect(await page.isVisible('#search-results mark')).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.close();
  });

  it('says so when the index script does not load, stops waiting, and loads it again on 重试', async () => {
    // No service worker: it would fetch (and keep) Pagefind's script itself, out of this page's routes.
    const page = await browser.newPage({ serviceWorkers: 'block' });
    const loads: string[] = [];
    // The first request for Pagefind's script fails as it would offline; later ones reach the server.
    await page.route('**/pagefind/pagefind.js', (route) => {
      loads.push(route.request().url());
      return loads.length === 1 ? route.abort('internetdisconnected') : route.continue();
    });
    const phrase = '以文辅政';
    await page.goto(inject('baseUrl') + search(phrase));
    await settled(page);
    expect(await page.textContent('#search-status')).toBe('搜索索引加载失败，请检查网络后重试');
    expect(await page.getAttribute('#search-status', 'data-error')).toBe('');
    expect(await page.getAttribute('#search-results', 'aria-busy')).toBe('false');
    expect(await page.isVisible('button[data-retry]')).toBe(true);
    expect(await page.locator('#search-results li[data-sample]').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.click('button[data-retry]');
    await settled(page);
    // The retry imported the script again (a failed import is not cached), and the search ran.
    expect(loads).toHaveLength(2);
    expect((await listed(page)).ids).toEqual(truth(phrase).ids);
    expect(await page.textContent('#search-status')).toContain(`共 ${truth(phrase).ids.length} 篇`);
    expect(await page.getAttribute('#search-status', 'data-error')).toBeNull();
    expect(await page.isVisible('button[data-retry]')).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    await page.close();
  });

  it('loads no search code on other pages until the box is focused', async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(inject('baseUrl') + '/');
    expect(requested.filter((p) => p.startsWith(sitePath('/pagefind/')))).toEqual([]);
    await page.focus('#site-q');
    await expect.poll(() => requested.includes(sitePath('/pagefind/pagefind.js'))).toBe(true);
    await page.close();
  });

  it('says whether the phrase or the filters exclude everything, and clears the filters in one click', async () => {
    const page = await open(search('区块链'));
    expect(await page.getAttribute('#search-empty', 'data-empty-reason')).toBe('phrase');
    expect(await page.textContent('#search-empty [data-empty-reason]')).toBe('没有范文包含“区块链”。');
    expect(await page.isVisible('#search-empty button[data-clear-filters]')).toBe(false);
    expect(await page.isVisible('#search-empty .chips')).toBe(true);

    // A level none of whose samples has the phrase: the filters exclude every sample that has it.
    const phrase = '以文辅政';
    const having = truth(phrase).ids;
    const level = [...new Set(records.map((r) => r.meta.level))].find(
      (l) => l !== null && !records.some((r) => r.meta.level === l && having.includes(r.meta.id)),
    )!;
    expect(level).toBeDefined();
    await page.goto(inject('baseUrl') + search(phrase, `&level=${encodeURIComponent(level)}`));
    await settled(page);
    expect(await page.getAttribute('#search-empty', 'data-empty-reason')).toBe('filters');
    expect(await page.textContent('#search-empty [data-empty-reason]')).toBe(
      `有 ${having.length} 篇范文包含“${phrase}”，但都不符合所选的筛选条件。`,
    );
    expect(await page.isVisible('#search-empty .chips')).toBe(false);
    expect(await page.isVisible('.search-filters button[data-clear-filters]')).toBe(true);
    await page.click('#search-empty button[data-clear-filters]');
    await page.waitForURL((url) => !url.search.includes('level='));
    await settled(page);
    expect((await listed(page)).ids).toEqual(having);
    expect(new URL(page.url()).searchParams.get('q')).toBe(phrase);
    expect(await page.isVisible('#search-empty')).toBe(false);
    expect(await page.isVisible('.search-filters button[data-clear-filters]')).toBe(false);
    expect(await page.isChecked(`input[name="level"][value="${level}"]`)).toBe(false);

    // Filters alone can exclude everything too: a level and a year no sample has together.
    const years = [...new Set(records.map((r) => r.meta.year))];
    const pair = records
      .flatMap((r) => years.map((year) => ({ level: r.meta.level, year })))
      .find(({ level: l, year }) => l !== null && !records.some((r) => r.meta.level === l && r.meta.year === year))!;
    await page.goto(inject('baseUrl') + `/search/?level=${encodeURIComponent(pair.level!)}&year=${encodeURIComponent(pair.year)}`);
    await settled(page);
    expect(await page.getAttribute('#search-empty', 'data-empty-reason')).toBe('filters');
    expect(await page.textContent('#search-empty [data-empty-reason]')).toBe('没有范文符合所选的筛选条件。');
    await page.close();
  });

  it('offers 清除筛选 whenever a filter is set, a role too, and says how many are set', async () => {
    const page = await open(search('工作'));
    expect(await page.isVisible('.search-filters button[data-clear-filters]')).toBe(false);
    await page.check('input[name="role"][value="plans"]');
    await page.waitForURL(/role=plans/);
    await settled(page);
    expect(await page.isVisible('.search-filters button[data-clear-filters]')).toBe(true);
    expect(await page.textContent('.search-filters summary')).toBe('筛选（已选 1 项）');
    await page.check('input[name="year"][value="2018年"]');
    await page.waitForURL(/year=/);
    await settled(page);
    expect(await page.textContent('.search-filters summary')).toBe('筛选（已选 2 项）');
    await page.click('.search-filters button[data-clear-filters]');
    await page.waitForURL((url) => !url.search.includes('role=') && !url.search.includes('year='));
    await settled(page);
    expect((await listed(page)).ids).toEqual(truth('工作').ids);
    expect(await page.textContent('.search-filters summary')).toBe('筛选');
    expect(await page.evaluate(() => document.activeElement?.matches('.search-filters summary'))).toBe(true);
    await page.close();
  });

  /** The suggestions once counted: each variant and the count it shows. */
  async function suggestions(page: Page): Promise<{ q: string; count: number; text: string; href: string }[]> {
    await page.waitForFunction(() => document.querySelector('#search-suggest')?.getAttribute('aria-busy') === 'false');
    return page.$$eval('#search-suggest a[data-suggest]', (as) =>
      as.map((a) => ({
        q: a.getAttribute('data-suggest')!,
        count: Number(a.getAttribute('data-count')),
        text: a.textContent!,
        href: a.getAttribute('href')!,
      })),
    );
  }

  // Case, full-width letters and digits, quotes of every kind typed around the phrase.
  it.each([
    ['xx', 'XX'],
    ['ＸＸ', 'XX'],
    ['２０１９年', '2019年'],
    ['"以文辅政"', '以文辅政'],
    ['“以文辅政”', '以文辅政'],
    ['「以文辅政」', '以文辅政'],
    ['"三服务"', '“三服务”'],
  ])('offers %s, which finds few, the variant %s with the number a click lists', async (typed, variant) => {
    const page = await open(search(typed));
    const shown = await suggestions(page);
    expect(truth(typed).ids.length).toBeLessThan(truth(variant).ids.length);
    expect(shown.map((x) => x.q)).toContain(variant);
    for (const x of shown) {
      expect(x.count).toBe(truth(x.q).ids.length);
      expect(x.text).toBe(`改搜 ${x.q}（${x.count} 篇）`);
    }
    await page.click(`#search-suggest a[data-suggest="${variant}"]`);
    await page.waitForURL((url) => url.searchParams.get('q') === variant);
    await settled(page);
    expect((await listed(page)).ids).toEqual(truth(variant).ids);
    expect(await page.inputValue('#q')).toBe(variant);
    await page.close();
  });

  it('counts a suggestion with the filters set, and keeps them', async () => {
    const page = await open(search('xx', `&level=${encodeURIComponent('县级')}`));
    const county = new Set(samples.filter((s) => s.level === 'county').map((s) => s.id));
    const want = truth('XX').ids.filter((id) => county.has(id));
    const xx = (await suggestions(page)).find((x) => x.q === 'XX')!;
    expect(xx.count).toBe(want.length);
    expect(new URL(xx.href, 'http://x').searchParams.getAll('level')).toEqual(['县级']);
    await page.click('#search-suggest a[data-suggest="XX"]');
    await page.waitForURL((url) => url.searchParams.get('q') === 'XX');
    await settled(page);
    expect((await listed(page)).ids).toEqual(want);
    await page.close();
  });

  it('suggests nothing when the query finds many', async () => {
    const page = await open(search('XX'));
    expect(await suggestions(page)).toEqual([]);
    expect(await page.isVisible('#search-suggest')).toBe(false);
    await page.close();
  });

  describe.each(['light', 'dark'] as const)('axe-core, %s scheme', (scheme) => {
    it.each(['/search/', search('以文辅政'), search('区块链')])('%s has no violations', async (path) => {
      const page = await browser.newPage({ colorScheme: scheme });
      await page.goto(inject('baseUrl') + path);
      await settled(page);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  });
});
