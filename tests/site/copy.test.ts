import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { copyContent, type CopyMode } from '../../src/lib/format/copy.ts';
import { copyDoc } from '../../src/lib/view/copyDoc.ts';
import { launchBrowser } from './browser.ts';
import { fromSite } from './pages.ts';
import { committedEntries } from '../committed.ts';

const samples = committedEntries();
const url = (id: string) => `${inject('baseUrl')}/samples/${id}/`;
const MODES: CopyMode[] = ['original', 'template', 'outline'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function clipboardContext(options: { width: number; height: number } = { width: 1280, height: 900 }): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: options });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: inject('baseUrl') });
  return context;
}

/** What the clipboard holds now, as `text/plain` and `text/html`. */
function readClipboard(page: Page) {
  return page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const read = async (type: string) => (item && item.types.includes(type) ? (await item.getType(type)).text() : null);
    return { plain: await read('text/plain'), html: await read('text/html') };
  });
}

/** The paragraphs of clipboard HTML as a word processor reads them: text, inline style, and the runs set apart. */
function htmlParagraphs(page: Page, html: string) {
  return page.evaluate((html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    return [...doc.querySelectorAll('p')].map((p) => ({
      text: (p.textContent ?? '').replace(/\u00a0/g, ''),
      font: p.style.fontFamily,
      size: p.style.fontSize,
      lineHeight: p.style.lineHeight,
      indent: p.style.textIndent,
      align: p.style.textAlign,
      runs: [...p.querySelectorAll('span')].map((s) => ({
        text: s.textContent ?? '',
        font: s.style.fontFamily,
        background: s.style.backgroundColor,
      })),
    }));
  }, html);
}

/** Click a copy action and wait for its group to say it is done; the clipboard and the status are emptied first. */
async function copy(page: Page, group: Locator, mode: CopyMode) {
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await group.locator('[role="status"]').evaluate((el) => (el.textContent = ''));
  await group.locator(`button[data-copy="${mode}"]`).click();
  await expect.poll(() => group.locator('[role="status"]').textContent()).not.toBe('');
  return readClipboard(page);
}

const rangeOf = async (group: Locator) => ({
  from: Number(await group.getAttribute('data-from')),
  to: Number(await group.getAttribute('data-to')),
  title: (await group.getAttribute('data-title')) !== null,
});
const unindented = (plain: string) => plain.split('\n').map((l) => l.replace(/^\u3000+/u, ''));
const firstFace = (font: string) => font.split(',')[0]!.replace(/["']/g, '').trim();

/** The sample with the most headings and the one with the fewest that still has section actions. */
const bySections = [...samples]
  .filter((s) => s.structure.outline.length > 0)
  .sort((a, b) => b.structure.outline.length - a.structure.outline.length);
const detailed = new Set([bySections[0]!.id, bySections.at(-1)!.id]);

// Every sample's whole text in each mode; a part and a section too for the two samples above
// (every range of every sample is checked against the engine in tests/lib/copy.test.ts).
describe.each(samples.map((s) => [s.id, s] as const))('sample %s: its copy actions put the 公文 on the clipboard', (id, sample) => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await clipboardContext();
    page = await context.newPage();
    await page.goto(url(id));
  });
  afterAll(() => context?.close());

  const groups = () => ({
    whole: page.locator('.whole-actions copy-actions'),
    part: page.locator('section[data-role] > copy-actions').first(),
    section: page.locator('section[data-role] > copy-actions:not(.band + copy-actions)').first(),
  });

  it.each(detailed.has(id) ? (['whole', 'part', 'section'] as const) : (['whole'] as const))('%s', async (which) => {
    const group = groups()[which];
    if ((await group.count()) === 0) return expect(which).toBe('section'); // a text without headings that open a line
    const range = await rangeOf(group);
    const doc = copyDoc(sample);
    const title = range.title ? sample.titleLines.map((l) => l.trim()).filter(Boolean) : [];
    for (const mode of MODES) {
      const offered = (await group.locator(`button[data-copy="${mode}"]`).count()) > 0;
      const headings = sample.structure.outline.filter((h) => h.start >= range.from && h.start < range.to);
      expect(offered, `${mode} offered`).toBe(mode !== 'outline' || headings.length > 0);
      if (!offered) continue;
      const { plain, html } = await copy(page, group, mode);
      expect(await group.locator('[role="status"]').textContent()).toBe(
        { original: '已复制原文', template: '已复制模板', outline: '已复制提纲' }[mode],
      );
      const expected = copyContent(doc, range, mode);
      expect(plain).toBe(expected.text);
      const lines = unindented(plain!);
      if (mode === 'original') {
        // The text as the page shows it: title lines, then every line of the range.
        const shown = sample.text
          .slice(range.from, range.to)
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean);
        expect(lines).toEqual(title.length > 0 ? [...title, '', ...shown] : shown);
      } else {
        expect(plain).not.toMatch(/[XxＸｘ*＊]/u);
        if (mode === 'outline') expect(lines.slice(title.length > 0 ? title.length + 1 : 0)).toHaveLength(headings.length);
      }
      // The HTML holds the same paragraphs, each in GB/T 9704 styling.
      const ps = await htmlParagraphs(page, html!);
      expect(ps.map((p) => p.text)).toEqual(lines);
      for (const [k, p] of ps.entries()) {
        expect(p.lineHeight).toBe('28pt');
        if (k < title.length) {
          expect(p).toMatchObject({ align: 'center', size: '22pt' });
          expect(firstFace(p.font)).toBe('方正小标宋简体');
          expect(p.font).toContain('宋体');
        } else {
          expect(p).toMatchObject({ size: '16pt', indent: '32pt' });
          expect(['仿宋', '黑体', '楷体']).toContain(firstFace(p.font));
        }
      }
      const slots = (plain!.match(/【[^】]+】/gu) ?? []).length;
      expect(ps.flatMap((p) => p.runs).filter((r) => r.background === 'rgb(255, 255, 0)').length).toBe(mode === 'original' ? 0 : slots);
    }
  });

  it('a section’s actions come just before the line its heading opens, and copy from that line on', async () => {
    const group = groups().section;
    if ((await group.count()) === 0)
      return expect(sample.structure.outline.some((h) => h.start === 0 || /\n\s*$/u.test(sample.text.slice(0, h.start)))).toBe(false);
    const { plain } = await copy(page, group, 'original');
    const next = await group.evaluate((el) => ({
      line: el.nextElementSibling?.hasAttribute('data-src-line'),
      text: el.nextElementSibling?.textContent,
    }));
    expect(next.line).toBe(true);
    // The whole line, or (for a section ending inside its paragraph) the line up to the next heading's mark.
    const first = unindented(plain!)[0]!;
    expect(first.length).toBeGreaterThan(0);
    expect(next.text!.startsWith(first)).toBe(true);
  });
});

describe('headings keep their 公文 faces in the HTML', () => {
  it('一级 in 黑体, a heading opening its paragraph in its own face, the rest of the paragraph in 仿宋', async () => {
    // A text with 一级 whole-line headings and 二级 headings that open their paragraphs.
    const sample = samples.find(
      (s) => s.structure.outline.some((h) => h.depth === 1 && !h.inline) && s.structure.outline.some((h) => h.depth === 2 && h.inline),
    )!;
    const context = await clipboardContext();
    const page = await context.newPage();
    await page.goto(url(sample.id));
    const { html } = await copy(page, page.locator('.whole-actions copy-actions'), 'template');
    const ps = await htmlParagraphs(page, html!);
    const h1 = sample.structure.outline.find((h) => h.depth === 1 && !h.inline)!;
    const h2 = sample.structure.outline.find((h) => h.depth === 2 && h.inline)!;
    expect(firstFace(ps.find((p) => p.text.startsWith(h1.marker))!.font)).toBe('黑体');
    const run = ps.find((p) => p.text.startsWith(h2.marker + h2.text.slice(0, 4)))!;
    expect(firstFace(run.font)).toBe('仿宋');
    expect(firstFace(run.runs[0]!.font)).toBe('楷体');
    await context.close();
  });
});

describe('on a phone', () => {
  it('copies a section as a template with two taps (its menu, then the action), the page keeps to the screen and no action is inside a source line', async () => {
    const sample = [...samples].sort((a, b) => b.structure.outline.length - a.structure.outline.length)[0]!;
    const context = await clipboardContext({ width: 390, height: 844 });
    const page = await context.newPage();
    await page.goto(url(sample.id));
    const group = page.locator('section[data-role] copy-actions').nth(2);
    await group.scrollIntoViewIfNeeded();
    // The group is a menu: its button opens the actions.
    await group.locator('button[data-copy-menu]').click();
    const box = (await group.locator('button[data-copy="template"]').boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    const { plain } = await copy(page, group, 'template');
    expect(plain).toContain('【');
    expect(await page.locator('copy-actions [role="status"]:not(:empty)').isVisible()).toBe(true);
    const layout = await page.evaluate(() => ({
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      inLines: document.querySelectorAll('[data-src-line] copy-actions, copy-actions [data-src-line]').length,
      unignored: [...document.querySelectorAll('copy-actions')].filter((el) => !el.closest('[data-pagefind-ignore]')).length,
    }));
    expect(layout).toEqual({ overflow: 0, inLines: 0, unignored: 0 });
    await context.close();
  });
});

describe('by keyboard', () => {
  it('Tab reaches the copy buttons with a visible focus ring, and Enter copies', async () => {
    const context = await clipboardContext();
    const page = await context.newPage();
    await page.goto(url(samples[0]!.id));
    await page.evaluate(() => navigator.clipboard.writeText(''));
    let focused: string | null = null;
    for (let i = 0; i < 40 && focused === null; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() =>
        document.activeElement?.matches('copy-actions button') ? document.activeElement.getAttribute('data-copy') : null,
      );
    }
    expect(focused).toBe('original');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.whole-actions [role="status"]').textContent()).toBe('已复制模板');
    expect((await readClipboard(page)).plain).toContain('【');
    await context.close();
  });
});

describe('without the Clipboard API (old WeChat browsers)', () => {
  it('opens the text selected in a dialog for a manual copy, and gives focus back when it closes', async () => {
    const sample = samples[0]!;
    const page = await browser.newPage();
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
    await page.goto(url(sample.id));
    const group = page.locator('.whole-actions copy-actions');
    await group.locator('button[data-copy="template"]').click();
    const dialog = page.locator('dialog.copy-dialog[open]');
    await dialog.waitFor();
    const state = await page.evaluate(() => {
      const field = document.querySelector<HTMLTextAreaElement>('dialog.copy-dialog textarea')!;
      return {
        value: field.value,
        focused: document.activeElement === field,
        start: field.selectionStart,
        end: field.selectionEnd,
        readOnly: field.readOnly,
      };
    });
    const expected = copyContent(copyDoc(sample), await rangeOf(group), 'template').text;
    expect(state).toEqual({ value: expected, focused: true, start: 0, end: expected.length, readOnly: true });
    expect(await group.locator('[role="status"]').textContent()).toContain('手动复制');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-copy'))).toBe('template');
    await page.close();
  });
});

describe('the copy island', () => {
  it('is one small script, the same on every page that has copy actions', () => {
    const dist = inject('distDir');
    const srcOf = (path: string) =>
      [...readFileSync(join(dist, path, 'index.html'), 'utf8').matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]);
    // The island is the one module every such page loads (sample pages also load the search highlight).
    const perPage = [...samples.map((s) => `samples/${s.id}`), 'templates', 'templates/problems'].map((p) => new Set(srcOf(p)));
    const scripts = new Set([...perPage[0]!].filter((src) => perPage.every((p) => p.has(src))));
    expect(scripts.size).toBe(1);
    const bytes = gzipSync(readFileSync(join(dist, fromSite([...scripts][0]!)))).length;
    expect(bytes).toBeLessThan(3500);
  });
});
