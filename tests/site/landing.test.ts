import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { searchable } from '../../src/lib/search/encode.ts';
import { occurrences } from '../../src/lib/search/matches.ts';
import { searchRecord } from '../../src/lib/search/records.ts';
import { axeViolations } from './axe.ts';
import { launchBrowser } from './browser.ts';
import { fromSite } from './pages.ts';
import { committedEntries } from '../committed.ts';

const samples = committedEntries();
const records = samples.map((s) => searchRecord(s));
const longest = [...records].sort((a, b) => b.text.length - a.text.length)[0]!;
/** A phrase found only near the end of the longest sample: its first match is far below the top of the page. */
const deep = (() => {
  for (let at = longest.text.length - 12; at > 0; at--) {
    const phrase = longest.text.slice(at, at + 6);
    if (records.every((r) => occurrences(r.text, phrase).length === (r === longest ? 1 : 0))) return phrase;
  }
  throw new Error('no phrase of the longest sample is unique to its end');
})();
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function resultLinks(q: string, viewport: typeof PHONE, extra = ''): Promise<{ href: string; title: boolean }[]> {
  const page = await browser.newPage({ viewport });
  await page.goto(`${inject('baseUrl')}/search/?q=${encodeURIComponent(q)}${extra}`);
  await page.waitForFunction(() => document.querySelector('#search-results')?.getAttribute('aria-busy') === 'false');
  const links = await page.$$eval('#search-results li[data-sample] a', (as) =>
    as.map((a) => ({ href: a.getAttribute('href')!, title: a.closest('h2') !== null })),
  );
  await page.close();
  return links;
}

/** Open a sample page from a link and wait until it has landed on a match. */
async function land(
  href: string,
  viewport: typeof PHONE,
  options: { reducedMotion?: 'reduce'; colorScheme?: 'light' | 'dark' } = {},
): Promise<Page> {
  const page = await browser.newPage({ viewport, ...options });
  await page.goto(inject('baseUrl') + fromSite(href));
  await page.waitForFunction(() => document.querySelector('#match-nav')?.hasAttribute('data-current'));
  return page;
}

/**
 * Where the page stands: the current match (its first range) and whether it is inside the window
 * and clear of the navigator; the index of the match the link should land on, read from the
 * highlighted ranges (the first one after the link's target, or the first one without a target).
 */
function where(page: Page) {
  return page.evaluate(() => {
    const all = [...(CSS.highlights.get('search') as unknown as Set<Range>)];
    const current = [...(CSS.highlights.get('search-current') as unknown as Set<Range>)];
    const nav = document.querySelector<HTMLElement>('#match-nav')!;
    const box = current[0]!.getBoundingClientRect();
    const bar = nav.getBoundingClientRect();
    const target = location.hash === '' ? null : document.getElementById(location.hash.slice(1));
    const after = (r: Range) =>
      target === null ||
      target.contains(r.startContainer) ||
      (target.compareDocumentPosition(r.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    const expected = all.find(after) ?? all.at(-1)!;
    return {
      landedRight: current[0]!.startContainer === expected.startContainer && current[0]!.startOffset === expected.startOffset,
      inView: box.top >= 0 && box.bottom <= innerHeight && (box.bottom <= bar.top || box.top >= bar.bottom),
      navInView: bar.top >= 0 && bar.bottom <= innerHeight,
      current: Number(nav.dataset.current),
      total: Number(nav.dataset.total),
      counter: nav.querySelector('.match-count')!.textContent,
      spoken: nav.querySelector('[role="status"]')!.textContent,
      text: current.map((r) => r.toString()).join(''),
      focused: document.activeElement?.closest('[data-src-line]') !== null && document.activeElement!.contains(current[0]!.startContainer),
    };
  });
}

describe('landing on a match from search', () => {
  describe.each([
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const)('%s', (_, viewport) => {
    it.each(['以文辅政', '落实', 'XX', '“三服务”', deep])(
      'every link of the first results for %s, the title link included, lands on its first match, in view',
      async (phrase) => {
        const links = await resultLinks(phrase, viewport);
        const titles = links.filter((l) => l.title);
        expect(titles.length).toBeGreaterThan(0);
        // The first titles and excerpt links (a title often links where its first excerpt does).
        const tried = new Set([...titles.slice(0, 4), ...links.filter((l) => !l.title).slice(0, 6)].map((l) => l.href));
        for (const href of tried) {
          const page = await land(href, viewport);
          const at = await where(page);
          const id = /\/samples\/([^/]+)\//.exec(href)![1]!;
          expect(at.total, href).toBe(occurrences(records.find((r) => r.meta.id === id)!.text, phrase).length);
          expect(at.landedRight, href).toBe(true);
          expect(at.inView, href).toBe(true);
          expect(at.navInView, href).toBe(true);
          expect(at.text.replace(/\s+/g, ''), href).toBe(searchable(phrase));
          expect(at.counter, href).toBe(`${at.current} / ${at.total}`);
          // The match is announced: focus is on its line.
          expect(at.focused, href).toBe(true);
          await page.close();
        }
      },
    );
  });

  it('lands a title link on the first match of the chosen part when results are filtered by part', async () => {
    const links = (await resultLinks('工作', PHONE, '&role=plans')).filter((l) => l.title);
    expect(links.length).toBeGreaterThan(0);
    for (const { href } of links.slice(0, 4)) {
      const page = await land(href, PHONE);
      const at = await where(page);
      expect(at.landedRight, href).toBe(true);
      expect(at.inView, href).toBe(true);
      // The part of the match landed on is 下一步打算.
      expect(await page.evaluate(() => document.activeElement?.closest('section[data-role]')?.getAttribute('data-role')), href).toBe(
        'plans',
      );
      await page.close();
    }
  });

  it('lands far below the top of a long sample, a screenful and more down', async () => {
    const [link] = (await resultLinks(deep, PHONE)).filter((l) => l.title);
    const page = await land(link!.href, PHONE);
    expect((await where(page)).inView).toBe(true);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(PHONE.height * 2);
    await page.close();
  });
});

describe('上一处 / 下一处', () => {
  /** A phrase with several matches in one sample, and that sample's link from search. */
  async function several(): Promise<{ href: string; n: number }> {
    const phrase = '工作';
    const record = records.find((r) => occurrences(r.text, phrase).length >= 4)!;
    const link = (await resultLinks(phrase, PHONE)).find((l) => l.title && l.href.includes(`/samples/${record.meta.id}/`))!;
    return { href: link.href, n: occurrences(record.text, phrase).length };
  }

  it('step through the matches by mouse, wrapping around, each one in view and marked', async () => {
    const { href, n } = await several();
    const page = await land(href, PHONE, { reducedMotion: 'reduce' });
    expect(await where(page)).toMatchObject({ current: 1, total: n, counter: `1 / ${n}`, spoken: `第 1 处，共 ${n} 处` });
    await page.click('#match-nav button[data-match="next"]');
    let at = await where(page);
    expect(at).toMatchObject({ current: 2, counter: `2 / ${n}`, spoken: `第 2 处，共 ${n} 处`, inView: true, navInView: true });
    await page.click('#match-nav button[data-match="prev"]');
    await page.click('#match-nav button[data-match="prev"]');
    at = await where(page);
    // Before the first comes the last.
    expect(at).toMatchObject({ current: n, counter: `${n} / ${n}`, inView: true, navInView: true });
    await page.click('#match-nav button[data-match="next"]');
    expect((await where(page)).current).toBe(1);
    // The current match is told apart by more than colour: it is underlined.
    expect(
      await page.evaluate(() =>
        [...document.styleSheets].some((s) =>
          [...s.cssRules].some((r) => r.cssText.includes('::highlight(search-current)') && r.cssText.includes('underline')),
        ),
      ),
    ).toBe(true);
    await page.close();
  });

  it('step through the matches by keyboard: the buttons, N and Shift+N, but not while typing', async () => {
    const { href, n } = await several();
    const page = await land(href, DESKTOP, { reducedMotion: 'reduce' });
    await page.keyboard.press('n');
    let at = await where(page);
    expect(at).toMatchObject({ current: 2, inView: true, focused: true });
    await page.keyboard.press('Shift+N');
    await page.keyboard.press('Shift+N');
    expect((await where(page)).current).toBe(n);
    await page.focus('#match-nav button[data-match="next"]');
    await page.keyboard.press('Enter');
    expect((await where(page)).current).toBe(1);
    await page.keyboard.press(' ');
    expect((await where(page)).current).toBe(2);
    // From the navigator, N steps and focus stays on the button.
    await page.keyboard.press('n');
    expect((await where(page)).current).toBe(3);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-match'))).toBe('next');
    // Typing an n in the search box is typing.
    await page.focus('#site-q');
    await page.keyboard.type('nN');
    expect(await page.inputValue('#site-q')).toBe('nN');
    expect((await where(page)).current).toBe(3);
    await page.close();
  });

  it('never covers the end of the text: at the bottom it sits after the last line', async () => {
    const { href } = await several();
    const page = await land(href, PHONE);
    await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
    const gap = await page.evaluate(() => {
      const lines = document.querySelectorAll('.gongwen [data-src-line]');
      return document.querySelector('#match-nav')!.getBoundingClientRect().top - lines[lines.length - 1]!.getBoundingClientRect().bottom;
    });
    expect(gap).toBeGreaterThanOrEqual(0);
    await page.close();
  });

  it('is not there without a phrase, nor when the sample does not hold it', async () => {
    const page = await browser.newPage({ viewport: PHONE });
    await page.goto(`${inject('baseUrl')}/samples/${longest.meta.id}/`);
    await page.waitForLoadState('load');
    expect(await page.locator('#match-nav').count()).toBe(0);
    await page.goto(`${inject('baseUrl')}/samples/${longest.meta.id}/?hl=${encodeURIComponent('没有这句话的范文')}`);
    await page.waitForFunction(() => document.querySelector('#search-note')?.textContent !== '');
    expect(await page.textContent('#search-note')).toContain('本篇没有');
    expect(await page.locator('#match-nav').count()).toBe(0);
    await page.close();
  });
});

describe.each(['light', 'dark'] as const)('axe-core on a sample page with a phrase highlighted, %s scheme', (scheme) => {
  it('has no violations with the navigator in use', async () => {
    // 下一处 scrolls smoothly unless motion is reduced; axe measures targets where they are, so
    // mid-scroll a copy button passing under the sticky navigator would fail target-size at random.
    const [link] = (await resultLinks('落实', PHONE)).filter((l) => l.title);
    const page = await land(link!.href, PHONE, { colorScheme: scheme, reducedMotion: 'reduce' });
    await page.click('#match-nav button[data-match="next"]');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
