import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROLE_LABELS } from '../../src/lib/view/labels.ts';
import { sourceLines } from '../../src/lib/view/sourceLines.ts';
import { launchBrowser } from './browser.ts';
import { committedEntries } from '../committed.ts';

/** The committed samples with the structure the engine finds, as the site's loader adds it. */
const samples = committedEntries();
const url = (id: string, hash = '') => `${inject('baseUrl')}/samples/${id}/${hash}`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** What a sample page shows of its structure, read from the DOM. */
function readPage(page: Page) {
  return page.evaluate(() => {
    const article = document.querySelector('article[data-src-file][data-pagefind-body]')!;
    const links = (root: Element | null) =>
      [...(root?.querySelectorAll('a[href^="#"]') ?? [])].map((a) => a.getAttribute('href')!.slice(1));
    const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
    // The text Pagefind indexes: the article without what it is told to ignore.
    const indexed = article.cloneNode(true) as Element;
    indexed.querySelectorAll('[data-pagefind-ignore]').forEach((el) => el.remove());
    return {
      duplicateIds: ids.filter((id, i) => ids.indexOf(id) !== i),
      headings: [...article.querySelectorAll('[data-depth][id^="h-"]')].map((el) => ({
        id: el.id,
        tag: el.tagName.toLowerCase(),
        depth: Number(el.getAttribute('data-depth')),
        line: Number(el.closest('[data-src-line]')?.getAttribute('data-src-line')),
        text: el.textContent,
      })),
      sections: [...article.querySelectorAll('section[data-role]')].map((el) => ({
        id: el.id,
        role: el.getAttribute('data-role'),
        band: el.querySelector(':scope > .band')?.textContent ?? '',
        bandIgnored: el.querySelector(':scope > .band')?.closest('[data-pagefind-ignore]') !== null,
        lines: [...el.querySelectorAll('[data-src-line]')].map((l) => Number(l.getAttribute('data-src-line'))),
      })),
      lines: [...article.querySelectorAll('section[data-role] [data-src-line]')].map((el) => ({
        line: Number(el.getAttribute('data-src-line')),
        text: el.textContent,
        id: el.id,
      })),
      chips: [...article.querySelectorAll('[data-placeholder]')].map((el) => ({
        text: el.textContent,
        inLine: el.closest('[data-src-line]') !== null,
      })),
      // The 提纲 holds its list twice: in the phone's <details>, and open for the wide column.
      outlines: [
        links(document.querySelector('nav[aria-label="提纲"] details[data-outline]')),
        links(document.querySelector('nav[aria-label="提纲"] [data-outline-wide]')),
      ],
      outlineIgnored: document.querySelector('nav[aria-label="提纲"]')?.closest('[data-pagefind-ignore]') !== null,
      summary: links(document.querySelector('.structure-summary')),
      summaryIgnored: document.querySelector('.structure-summary')?.closest('[data-pagefind-ignore]') !== null,
      anomalies: [...document.querySelectorAll('[data-anomaly]')].map((el) => ({
        kind: el.getAttribute('data-anomaly'),
        text: el.textContent ?? '',
        links: [...el.querySelectorAll('a[href^="#L"]')].map((a) => Number(a.getAttribute('href')!.slice(2))),
      })),
      unresolved: [...document.querySelectorAll('a[href^="#"]')]
        .map((a) => a.getAttribute('href')!.slice(1))
        .filter((id) => !document.getElementById(id)),
      indexedText: indexed.textContent ?? '',
    };
  });
}

describe.each(samples.map((s) => [s.id, s] as const))('sample page %s shows its structure', (id, sample) => {
  let shown: Awaited<ReturnType<typeof readPage>>;
  beforeAll(async () => {
    const page = await browser.newPage();
    await page.goto(url(id));
    shown = await readPage(page);
    await page.close();
  });
  const { outline, parts, placeholders, anomalies } = sample.structure;

  it('has every heading once, by id, with its depth, on its line, as an element of the right kind', () => {
    expect(shown.duplicateIds).toEqual([]);
    expect(shown.headings.map((h) => h.id)).toEqual(outline.map((h) => h.id));
    for (const [k, h] of outline.entries()) {
      const el = shown.headings[k]!;
      expect(el.depth).toBe(h.depth);
      expect(el.line).toBe(h.line);
      expect(el.text).toBe(sample.text.slice(h.start, h.textEnd));
      expect(el.tag).toMatch(h.inline ? /^strong$/ : /^h[2-6]$/);
    }
  });

  it('shows every body line exactly, trimmed of its indentation, as one element with its line number and id', () => {
    expect(shown.lines.map(({ line, text }) => ({ line, text }))).toEqual(sourceLines(sample.text, sample.source.bodyStart));
    expect(shown.lines.filter((l) => l.id !== `L${l.line}`)).toEqual([]);
  });

  it('groups the text into one section per part, with the part id, role and a band naming the role', () => {
    expect(shown.sections.map((s) => ({ id: s.id, role: s.role }))).toEqual(parts.map((p) => ({ id: p.id, role: p.role })));
    for (const [k, s] of shown.sections.entries()) {
      expect(s.band).toContain(ROLE_LABELS[parts[k]!.role]);
      expect(s.bandIgnored).toBe(true);
      expect(s.lines[0]).toBe(parts[k]!.line);
    }
  });

  it('shows every placeholder as a chip inside its line, keeping its characters', () => {
    expect(shown.chips.map((c) => c.text)).toEqual(placeholders.map((p) => p.token));
    expect(shown.chips.every((c) => c.inLine)).toBe(true);
  });

  it('has an outline linking every part and every heading, and every in-page link resolves', () => {
    for (const list of shown.outlines) {
      expect(new Set(list)).toEqual(new Set([...parts.map((p) => p.id), ...outline.map((h) => h.id)]));
      expect(list).toHaveLength(parts.length + outline.length);
    }
    expect(shown.unresolved).toEqual([]);
  });

  it('summarises parts and anomalies, each anomaly with its detail and links to its lines', () => {
    expect(shown.summary.slice(0, parts.length)).toEqual(parts.map((p) => p.id));
    expect(shown.anomalies.map((a) => a.kind)).toEqual(anomalies.map((a) => a.kind));
    for (const [k, a] of anomalies.entries()) {
      expect(shown.anomalies[k]!.text).toContain(a.detail);
      // Every line is linked, except a line of only whitespace, which the page does not show.
      const blank = (line: number) => (sample.text.split('\n')[line - sample.source.bodyStart] ?? 'x').trim() === '';
      expect(shown.anomalies[k]!.links).toEqual(a.lines.filter((l) => !blank(l)));
    }
  });

  it('keeps the outline, the summary, the bands and the copy actions out of the search index', () => {
    expect(shown.outlineIgnored).toBe(true);
    expect(shown.summaryIgnored).toBe(true);
    for (const label of ['结构概要', '需要留意', '复制原文', '复制为模板', '复制提纲', '下载 Word'])
      expect(shown.indexedText).not.toContain(label);
  });
});

/** The sample with the most headings: the longest outline to find one's way in. */
const deepest = [...samples].sort((a, b) => b.structure.outline.length - a.structure.outline.length)[0]!;

async function targetState(page: Page, id: string) {
  return page.evaluate((id) => {
    const el = document.getElementById(id)!;
    const box = el.getBoundingClientRect();
    return {
      hash: location.hash,
      target: el.matches(':target'),
      inView: box.top >= 0 && box.top < innerHeight && box.bottom > 0,
      background: getComputedStyle(el).backgroundColor,
    };
  }, id);
}

describe('a reader finds their way with the outline', () => {
  it('on a phone opens the collapsed outline above the text and follows a link to a heading', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(url(deepest.id));
    const details = page.locator('details[data-outline]');
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    // Above the text: the outline comes before the first line of the body.
    const above = await page.evaluate(() => {
      const d = document.querySelector('details[data-outline]')!.getBoundingClientRect();
      const body = document.querySelector('section[data-role]')!.getBoundingClientRect();
      return d.bottom <= body.top && d.height > 0;
    });
    expect(above).toBe(true);
    await page.click('details[data-outline] summary');
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const heading = deepest.structure.outline.at(-1)!;
    const link = page.locator(`details[data-outline] a[href="#${heading.id}"]`);
    expect(await link.isVisible()).toBe(true);
    await link.click();
    await page.waitForFunction((h) => location.hash === h, `#${heading.id}`);
    const state = await targetState(page, heading.id);
    expect(state).toMatchObject({ hash: `#${heading.id}`, target: true, inView: true });
    expect(state.background).not.toBe('rgba(0, 0, 0, 0)');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('on a wide screen keeps the outline beside the text while scrolling, and its links work by keyboard', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url(deepest.id));
    const nav = page.locator('nav[aria-label="提纲"]');
    expect(await nav.evaluate((el) => getComputedStyle(el).position)).toBe('sticky');
    // Beside the text: to the right of the body, not above it.
    const beside = await page.evaluate(() => {
      const n = document.querySelector('nav[aria-label="提纲"]')!.getBoundingClientRect();
      const body = document.querySelector('.gongwen')!.getBoundingClientRect();
      return n.left >= body.right;
    });
    expect(beside).toBe(true);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    // Still on screen at the bottom of the page: most of the column, with links fully in view.
    const visible = await nav.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const shown = Math.min(box.bottom, innerHeight) - Math.max(box.top, 0);
      const links = [...el.querySelectorAll('[data-outline-wide] a')].filter((a) => {
        const r = a.getBoundingClientRect();
        return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight;
      });
      return { share: shown / Math.min(box.height, innerHeight), links: links.length };
    });
    expect(visible.share).toBeGreaterThan(0.5);
    expect(visible.links).toBeGreaterThan(3);

    // Tab from the top of the page until focus is on an outline link to a heading, then Enter.
    await page.evaluate(() => window.scrollTo(0, 0));
    let href: string | null = null;
    for (let i = 0; i < 300 && href === null; i++) {
      await page.keyboard.press('Tab');
      href = await page.evaluate(() => {
        const a = document.activeElement;
        return a?.closest('nav[aria-label="提纲"]') && a.getAttribute('href')?.startsWith('#h-') ? a.getAttribute('href') : null;
      });
    }
    expect(href).not.toBeNull();
    await page.keyboard.press('Enter');
    await page.waitForFunction((h) => location.hash === h, href!);
    expect(await targetState(page, href!.slice(1))).toMatchObject({ target: true, inView: true });
    await page.close();
  });

  it('lands a link from an anomaly on its line, highlighted', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const sample = samples.find((s) => s.structure.anomalies.some((a) => a.kind !== 'placeholders' && a.lines.length > 0))!;
    await page.goto(url(sample.id));
    const link = page.locator('[data-anomaly]:not([data-anomaly="placeholders"]) a[href^="#L"]').first();
    const href = (await link.getAttribute('href'))!;
    await link.click();
    await page.waitForFunction((h) => location.hash === h, href);
    const state = await targetState(page, href.slice(1));
    expect(state).toMatchObject({ target: true, inView: true });
    expect(state.background).not.toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });
});

describe('print', () => {
  it('prints the text like a 公文: no outline, summary, bands or chip backgrounds', async () => {
    const page = await browser.newPage();
    await page.goto(url(deepest.id));
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => ({
      hidden: ['nav[aria-label="提纲"]', '.structure-summary', '.band'].map((s) =>
        [...document.querySelectorAll(s)].every((el) => getComputedStyle(el).display === 'none'),
      ),
      chip: getComputedStyle(document.querySelector('[data-placeholder]')!).backgroundColor,
      lines: [...document.querySelectorAll('[data-src-line]')].every((el) => getComputedStyle(el).display !== 'none'),
    }));
    expect(printed).toEqual({ hidden: [true, true, true], chip: 'rgba(0, 0, 0, 0)', lines: true });
    await page.close();
  });
});
