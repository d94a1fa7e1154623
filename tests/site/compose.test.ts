import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serializeDraft, setValue } from '../../src/lib/compose/deskDraft.ts';
import { readerSections } from '../lib/compose/sections.ts';
import { axeViolations } from './axe.ts';
import { launchBrowser } from './browser.ts';
import { unzip, wordParagraphs } from '../unzip.ts';

const DRAFT_KEY = 'fanwenku:compose-draft';
const url = (path: string) => inject('baseUrl') + path;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function newContext(viewport = { width: 1280, height: 900 }): Promise<BrowserContext> {
  // No service worker: its fetches of the site's shell would count among the page's scripts.
  const context = await browser.newContext({ viewport, acceptDownloads: true, serviceWorkers: 'block' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: inject('baseUrl') });
  return context;
}

/** A draft put in the browser's storage, as if the reader had added its sections, then /compose/ opened. */
async function openWith(page: Page, draft: string | null): Promise<void> {
  await page.goto(url('/compose/'));
  await page.evaluate(({ key, value }) => (value === null ? localStorage.removeItem(key) : localStorage.setItem(key, value)), {
    key: DRAFT_KEY,
    value: draft,
  });
  await page.reload();
}

/** The draft: opening, two achievements, problems, plans and closing from five samples; 单位 and 年份 filled when asked. */
function readerDraft(filled: boolean): string {
  let d = readerSections();
  if (filled) d = setValue(setValue(d, '单位', '某县人民政府办公室'), '年份', '2024');
  return serializeDraft(d);
}

const items = (page: Page) =>
  page.$$eval('ol#compose-sections > li[data-compose-item]', (lis) => lis.map((li) => li.getAttribute('data-sample')));
const previewParagraphs = (page: Page) => page.$$eval('#compose-preview p', (ps) => ps.map((p) => p.textContent ?? ''));
const topHeadings = (page: Page) =>
  page.$$eval('#compose-preview p[data-depth="1"]', (ps) => ps.map((p) => (p.textContent ?? '').slice(0, 2)));

/** Click 加入写作台 in a copy-actions group and wait for its status; the page must not move. */
async function addFrom(page: Page, path: string, group: string, expected: RegExp): Promise<void> {
  await page.goto(url(path));
  const actions = page.locator(group);
  // On a phone a sample's groups are menus: open it first.
  const menu = actions.locator('button[data-copy-menu]');
  if ((await menu.count()) > 0 && (await menu.isVisible())) await menu.click();
  await actions.locator('button[data-compose-add]').click();
  await expect.poll(() => actions.locator('[role="status"]').textContent()).toMatch(expected);
  expect(page.url()).toBe(url(path));
}

/** The .docx the export button downloads, as paragraphs. */
async function downloadDocx(page: Page, press: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent('download'), press()]);
  const files = unzip(readFileSync((await download.path())!));
  return { name: download.suggestedFilename(), paragraphs: wordParagraphs(files.get('word/document.xml')!.toString('utf8')) };
}

describe.each([
  ['on a phone', { width: 390, height: 844 }],
  ['on a desktop', { width: 1280, height: 900 }],
] as const)('a reader %s assembles a draft from several samples', (where, viewport) => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await newContext(viewport);
    page = await context.newPage();
    await openWith(page, null);
  });
  afterAll(() => context?.close());

  it('adds parts from sample pages and the templates view, each once, the header counting them', async () => {
    await addFrom(page, '/samples/001-09/', 'section#plans > .band + copy-actions', /^已加入写作台（共 1 节）$/);
    await addFrom(page, '/samples/001-07/', 'section#opening > .band + copy-actions', /共 2 节/);
    await addFrom(page, '/samples/001-01/', 'section#achievements-2 > .band + copy-actions', /共 3 节/);
    await addFrom(page, '/templates/problems/', 'article.tpl-card[data-sample="002"] copy-actions', /共 4 节/);
    // The templates view lists 20 parts a page: this one is on its level's page (部门).
    await addFrom(
      page,
      '/templates/achievements/bureau/',
      'article.tpl-card[data-sample="001-09"][data-part="achievements-2"] copy-actions',
      /共 5 节/,
    );
    await addFrom(page, '/samples/001-03/', 'section#closing > .band + copy-actions', /共 6 节/);
    await addFrom(page, '/samples/001-01/', 'section#achievements-2 > .band + copy-actions', /^写作台中已有这一节/);
    const badge = page.locator('nav[aria-label="栏目"] a[href="/compose/"] [data-compose-count]');
    expect(await badge.isVisible()).toBe(true);
    expect(await badge.textContent()).toBe('（共6节）');
  });

  it('arranges them: by moving (buttons and Alt+arrows) on a phone, by role on a desktop', async () => {
    await page.goto(url('/compose/'));
    expect(await items(page)).toEqual(['001-09', '001-07', '001-01', '002', '001-09', '001-03']);
    if (where === 'on a phone') {
      await page.click('li[data-compose-item]:nth-child(1) button[data-move="down"]');
      for (let i = 0; i < 3; i++) await page.keyboard.press('Alt+ArrowDown');
      expect(await items(page)).toEqual(['001-07', '001-01', '002', '001-09', '001-09', '001-03']);
      await page.click('li[data-compose-item][data-key="001-09#achievements-2"] button[data-move="up"]');
      expect(await page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-key'))).toBe('001-09#achievements-2');
    } else {
      await page.click('button[data-compose-sort]');
    }
    expect(await items(page)).toEqual(['001-07', '001-01', '001-09', '002', '001-09', '001-03']);
    expect(await page.textContent('#compose-status')).toMatch(/第 3 节|排序/);
  });

  it('renumbers the top-level headings across the draft', async () => {
    expect(await topHeadings(page)).toEqual(['一、', '二、', '三、', '四、']);
  });

  it('fills 单位 and 年份 once, everywhere; other slots stay marked and counted; one slot is overridden in the preview', async () => {
    const unfilled = () => page.locator('#compose-preview mark[data-slot]').count();
    const before = await unfilled();
    const of = (type: string) => page.locator(`#compose-preview mark[data-slot="${type}"]`).count();
    const filledTypes = (await of('单位')) + (await of('年份'));
    expect(filledTypes).toBeGreaterThan(2);
    await page.fill('#compose-slots input[data-slot="单位"]', '某县人民政府办公室');
    await page.fill('#compose-slots input[data-slot="年份"]', '2024');
    expect(await of('单位')).toBe(0);
    expect(await of('年份')).toBe(0);
    expect(await unfilled()).toBe(before - filledTypes);
    expect((await previewParagraphs(page))[0]).toBe('某县人民政府办公室2024年工作总结');
    expect(await page.textContent('#compose-unfilled')).toContain(`还有 ${before - filledTypes} 处待填`);

    const slot = page.locator('#compose-preview button[data-slot-key]:has(mark[data-slot="数量"])').first();
    const key = await slot.getAttribute('data-slot-key');
    await slot.click();
    await page.locator('#compose-slot-dialog[open]').waitFor();
    await page.fill('#compose-slot-value', '36');
    await page.keyboard.press('Enter');
    const overridden = page.locator(`#compose-preview button[data-slot-key="${key}"]`);
    // The dialog's close event comes after the key press, in a task of its own.
    await expect.poll(() => overridden.textContent()).toBe('36');
    expect(await overridden.getAttribute('data-overridden')).toBe('');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-slot-key'))).toBe(key);
    expect(await unfilled()).toBe(before - filledTypes - 1);
  });

  it('downloads a .docx whose text is the preview’s, headings 一、二、三、四、 in Word’s heading style, no 单位 or 年份 left', async () => {
    const shown = await previewParagraphs(page);
    const { name, paragraphs } = await downloadDocx(page, () => page.click('button[data-compose-export="docx"]'));
    expect(name).toBe('某县人民政府办公室2024年工作总结.docx');
    expect(paragraphs.map((p) => p.text).filter((t) => t !== '')).toEqual(shown);
    expect(paragraphs[0]!.style).toBe('Title');
    expect(paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text.slice(0, 2))).toEqual(['一、', '二、', '三、', '四、']);
    const text = paragraphs.map((p) => p.text).join('\n');
    expect(text).not.toMatch(/【单位】|【年份】/u);
    expect(text).toContain('【数量】');
    expect(await page.textContent('#compose-status')).toBe(`已下载 ${name}`);
  });

  it('copies the draft as rich text and plain text, the same paragraphs', async () => {
    await page.click('button[data-compose-export="copy"]');
    await expect.poll(() => page.textContent('#compose-status')).toMatch(/^已复制全文/);
    const clip = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return { plain: await (await item!.getType('text/plain')).text(), html: await (await item!.getType('text/html')).text() };
    });
    const shown = await previewParagraphs(page);
    expect(clip.plain.split('\n').map((l) => l.replace(/^\u3000+/u, ''))).toEqual([shown[0], '', ...shown.slice(1)]);
    expect(clip.html).toContain('line-height:28pt');
    expect(clip.html).toContain('某县人民政府办公室2024年工作总结');
  });

  it('opens the checker with the draft, which finds no numbering anomaly', async () => {
    const plain = await page.evaluate(() => navigator.clipboard.readText());
    await Promise.all([page.waitForURL(url('/check/')), page.click('a[data-compose-check]')]);
    await page.waitForFunction(() => document.querySelector('#check-results')?.getAttribute('aria-busy') === 'false');
    expect(await page.inputValue('#draft')).toBe(plain);
    expect(await page.locator('#check-numbering li[data-line]').count()).toBe(0);
    const outline = await page.$$eval('#check-outline li[data-depth="1"]', (lis) => lis.map((li) => (li.textContent ?? '').slice(0, 2)));
    expect(outline).toEqual(['一、', '二、', '三、', '四、']);
  });

  it('keeps the draft across a reload', async () => {
    await page.goto(url('/compose/'));
    const before = await previewParagraphs(page);
    await page.reload();
    expect(await items(page)).toEqual(['001-07', '001-01', '001-09', '002', '001-09', '001-03']);
    expect(await page.inputValue('#compose-slots input[data-slot="单位"]')).toBe('某县人民政府办公室');
    expect(await previewParagraphs(page)).toEqual(before);
  });

  it('asks before clearing, and undoes a clearing once', async () => {
    await page.click('button[data-compose-clear]');
    expect(await page.isVisible('#compose-confirm')).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-compose-clear-cancel'))).toBe(true);
    await page.click('button[data-compose-clear-confirm]');
    expect(await page.isVisible('#compose-empty')).toBe(true);
    expect(await page.isVisible('#compose-work')).toBe(false);
    expect(await page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY)).toBeNull();
    expect(await page.isVisible('[data-compose-count]')).toBe(false);
    await page.click('button[data-compose-undo]');
    expect(await items(page)).toEqual(['001-07', '001-01', '001-09', '002', '001-09', '001-03']);
    expect(await page.isVisible('button[data-compose-undo]')).toBe(false);
    expect(await page.textContent('[data-compose-count]')).toBe('（共6节）');
  });

  it('keeps the page to the screen', async () => {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
  });
});

describe('the add buttons', () => {
  it('are on every part and section of a sample page, and not on the whole text', async () => {
    const page = await browser.newPage();
    await page.goto(url('/samples/001-02/'));
    const counts = await page.evaluate(() => ({
      groups: document.querySelectorAll('section[data-role] copy-actions').length,
      adds: document.querySelectorAll('section[data-role] copy-actions > button[data-compose-add]').length,
      whole: document.querySelectorAll('.whole-actions button[data-compose-add]').length,
    }));
    expect(counts.adds).toBe(counts.groups);
    expect(counts.whole).toBe(0);
    await page.close();
  });

  it('add a guide’s example section, named by its heading', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await openWith(page, null);
    await addFrom(page, '/guides/structure/', 'figure[data-example]:first-of-type copy-actions', /共 1 节/);
    const example = await page
      .locator('figure[data-example]')
      .first()
      .evaluate((f) => [f.getAttribute('data-sample'), f.getAttribute('data-section')]);
    await page.goto(url('/compose/'));
    expect(await page.getAttribute('li[data-compose-item]', 'data-key')).toBe(`${example[0]}#${example[1]}`);
    expect(await page.getAttribute('li[data-compose-item] a', 'href')).toBe(`/samples/${example[0]}/#${example[1]}`);
    await context.close();
  });
});

describe('by keyboard alone', () => {
  it('reaches the export with Tab, with a visible focus, and Enter downloads the .docx', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await openWith(page, readerDraft(true));
    let focused = false;
    for (let i = 0; i < 120 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.getAttribute('data-compose-export') === 'docx');
    }
    expect(focused).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    const { paragraphs } = await downloadDocx(page, () => page.keyboard.press('Enter'));
    expect(paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text.slice(0, 2))).toEqual(['一、', '二、', '三、', '四、']);
    await context.close();
  });
});

describe('only the .docx export loads the Word writer', () => {
  it('fetches the writer on the first export, and nothing but it and the chunks it imports', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await openWith(page, readerDraft(true));
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('.js')) scripts.push(r.url());
    });
    await downloadDocx(page, () => page.click('button[data-compose-export="docx"]'));
    // Vite puts code the writer shares with the checker's .docx reader (the zip library) in a chunk
    // of its own, and may preload it before the writer: the order is not fixed.
    const writers = scripts.filter((u) => /\/_astro\/docxExport\.[^/]+\.js$/.test(u));
    expect(writers).toHaveLength(1);
    const writer = await (await fetch(writers[0]!)).text();
    for (const other of scripts.filter((u) => u !== writers[0])) expect(writer).toContain(other.split('/').pop());
    await context.close();
  });
});

describe('printed', () => {
  it('is the preview alone, in the 公文 sizes: title 22 pt, text 16 pt, lines 28 pt apart', async () => {
    const page = await browser.newPage();
    await openWith(page, readerDraft(true));
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const preview = document.querySelector<HTMLElement>('#compose-preview')!;
      const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
      return {
        onlyPreview: document.body.innerText.trim() === preview.innerText.trim(),
        title: [style('.cp-title').fontSize, style('.cp-title').lineHeight],
        text: [style('#compose-preview p[data-item]').fontSize, style('#compose-preview p[data-item]').lineHeight],
      };
    });
    // Points in CSS pixels: 22 pt = 29.33 px, 16 pt = 21.33 px, 28 pt = 37.33 px.
    expect(printed).toEqual({ onlyPreview: true, title: ['29.3333px', '37.3333px'], text: ['21.3333px', '37.3333px'] });
    await page.close();
  });
});

describe.each(['light', 'dark'] as const)('axe-core with a draft shown, %s scheme', (scheme) => {
  it('the page, the clearing question and the slot dialog have no violations', async () => {
    const context = await browser.newContext({ colorScheme: scheme });
    const page = await context.newPage();
    await openWith(page, readerDraft(true));
    expect(await axeViolations(page)).toEqual([]);
    await page.click('button[data-compose-clear]');
    expect(await axeViolations(page)).toEqual([]);
    await page.click('button[data-compose-clear-cancel]');
    await page.locator('#compose-preview button[data-slot-key]').first().click();
    await page.locator('#compose-slot-dialog[open]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
