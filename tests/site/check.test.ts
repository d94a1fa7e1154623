import { readFileSync } from 'node:fs';
import { Document, Packer, Paragraph } from 'docx';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { launchBrowser } from './browser.ts';
import { sitePath } from './pages.ts';
import { committedEntries } from '../committed.ts';

const samples = committedEntries();
const CHECK = () => `${inject('baseUrl')}/check/`;
const STORAGE_KEY = 'fanwenku:check-draft';
/** A sample as a reader pastes it: its title lines, then its body. */
const pasted = (s: (typeof samples)[number]) => [...s.titleLines, s.text].join('\n');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** The checker with no draft kept from an earlier visit. */
async function openChecker(options: Parameters<Browser['newPage']>[0] = {}): Promise<Page> {
  const page = await browser.newPage(options);
  await page.goto(CHECK());
  await page.evaluate((key) => localStorage.removeItem(key), STORAGE_KEY);
  await page.reload();
  await waitForReport(page);
  return page;
}

const waitForReport = (page: Page) =>
  page.waitForFunction(() => document.querySelector('#check-results')?.getAttribute('aria-busy') === 'false');

/** Paste a draft (fill fires one input event) and wait for its report. */
async function paste(page: Page, text: string): Promise<void> {
  await page.fill('#draft', text);
  await waitForReport(page);
}

const checkerOutline = (page: Page) =>
  page.$$eval('#check-outline li[data-depth]', (lis) => lis.map((li) => [Number((li as HTMLElement).dataset.depth), li.textContent]));

const attrs = (page: Page, selector: string, names: string[]) =>
  page.$$eval(selector, (els, names) => els.map((e) => names.map((n) => e.getAttribute(n))), names);

describe('the draft checker', () => {
  it('gives every sample, pasted, the outline of its sample page', async () => {
    const checker = await openChecker();
    const samplePage = await browser.newPage();
    for (const s of samples) {
      await samplePage.goto(`${inject('baseUrl')}/samples/${s.id}/`);
      // The page's 提纲 links each heading; the heading it links carries its depth.
      const expected = await samplePage.$$eval('nav[aria-label="提纲"] [data-outline-wide] a:not(.toc-part)', (links) =>
        links.map((a) => [Number(document.getElementById(a.getAttribute('href')!.slice(1))!.dataset.depth), a.textContent]),
      );
      expect(expected).toHaveLength(s.structure.outline.length);
      await paste(checker, pasted(s));
      expect(await checker.getAttribute('#check-results', 'data-chars')).toBe(String(s.chars));
      expect(await checkerOutline(checker), s.id).toEqual(expected);
    }
    await samplePage.close();
    await checker.close();
  });

  it('flags broken numbering and proposes the renumbering', async () => {
    const page = await openChecker();
    await paste(
      page,
      'XX县政府办公室2020年工作总结\n今年以来，我办认真履职，现总结如下。\n一、办文\n内容。\n二、办会\n内容。\n三、办事\n内容。\n二、下一步打算\n内容。',
    );
    expect(await attrs(page, '#check-numbering li[data-changed="true"]', ['data-line', 'data-marker', 'data-expected'])).toEqual([
      ['9', '二、', '四、'],
    ]);
    expect(await attrs(page, '#check-numbering li[data-marker]', ['data-expected'])).toEqual([['一、'], ['二、'], ['三、'], ['四、']]);

    await paste(
      page,
      'XX县政府办公室2020年工作总结\n今年以来，我办认真履职。\n一、办文\n（一）收文。\n（二）发文。\n（四）归档。\n二、办会\n内容。',
    );
    expect(await attrs(page, '#check-numbering li[data-changed="true"]', ['data-line', 'data-marker', 'data-expected'])).toEqual([
      ['6', '（四）', '（三）'],
    ]);
    await page.close();
  });

  it('lists missing parts, unfilled placeholders and slots, and mixed punctuation', async () => {
    const page = await openChecker();
    await paste(page, 'XX县政府办公室2020年工作总结\n今年以来,我办认真履职，全年办文【数量】件。\n一、办文\n内容。\n二、办会\n内容。');
    expect(await attrs(page, '#check-parts li', ['data-role', 'data-present'])).toEqual([
      ['opening', 'true'],
      ['achievements', 'true'],
      ['problems', 'false'],
      ['plans', 'false'],
      ['closing', 'false'],
    ]);
    expect(await attrs(page, '#check-placeholders li[data-token]', ['data-token', 'data-kind'])).toEqual([
      ['XX', 'placeholder'],
      ['【数量】', 'slot'],
    ]);
    expect(await page.locator('#check-anomalies li[data-anomaly="punctuation"]').count()).toBe(1);
    await page.close();
  });

  it('proposes similar samples of the draft level, linked to their pages', async () => {
    const page = await openChecker();
    await paste(
      page,
      'XX县人民政府办公室2020年工作总结\n今年以来，县政府办公室在县委、县政府的坚强领导下，认真履职。\n一、围绕中心，服务大局\n内容。\n二、存在问题\n内容。\n三、下一步打算\n内容。',
    );
    const county = samples.filter((s) => s.level === 'county').map((s) => s.id);
    expect(county.length).toBeGreaterThan(0);
    const shown = await attrs(page, '#check-similar li[data-sample]', ['data-sample']);
    expect(shown.length).toBe(Math.min(3, county.length));
    for (const [id] of shown) {
      expect(county).toContain(id);
      expect(await page.getAttribute(`#check-similar li[data-sample="${id}"] a`, 'href')).toBe(sitePath(`/samples/${id}/`));
    }
    await page.close();
  });

  it('moves the caret to a heading’s line when its outline entry is used', async () => {
    const page = await openChecker();
    await paste(page, 'XX县政府办公室2020年工作总结\n今年以来，我办认真履职。\n一、办文\n内容。');
    await page.locator('#check-outline li[data-depth] button').first().press('Enter');
    const selection = await page.$eval('#draft', (t) => {
      const ta = t as HTMLTextAreaElement;
      return [document.activeElement === ta, ta.value.slice(ta.selectionStart, ta.selectionEnd)];
    });
    expect(selection).toEqual([true, '一、办文']);
    await page.close();
  });

  it('keeps the draft across a reload until it is cleared', async () => {
    const page = await openChecker();
    const text = pasted(samples[0]!);
    await paste(page, text);
    await page.reload();
    await waitForReport(page);
    expect(await page.inputValue('#draft')).toBe(text);
    expect(await checkerOutline(page)).toHaveLength(samples[0]!.structure.outline.length);
    expect(await page.isVisible('#check-report')).toBe(true);

    await page.click('button[data-clear]');
    await waitForReport(page);
    expect(await page.inputValue('#draft')).toBe('');
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();
    expect(await page.isVisible('#check-report')).toBe(false);
    await page.reload();
    await waitForReport(page);
    expect(await page.inputValue('#draft')).toBe('');
    await page.close();
  });

  it('opens a GB18030 .txt and a .docx in the browser', async () => {
    const page = await openChecker();
    const s004 = samples.find((s) => s.source.file.startsWith('004'))!;
    const gb = readFileSync('tests/fixtures/bad-input/enc-gb18030-004.txt');
    await page.setInputFiles('#draft-file', { name: '草稿.txt', mimeType: 'text/plain', buffer: gb });
    await expect.poll(() => page.textContent('#check-status')).toBe('已打开 草稿.txt');
    await waitForReport(page);
    expect(await page.inputValue('#draft')).toBe(new TextDecoder('gb18030').decode(gb).replace(/\r\n?/g, '\n'));
    expect(await checkerOutline(page)).toEqual(s004.structure.outline.map((h) => [h.depth, h.marker + h.text]));

    const s = samples.find((x) => x.titleLines.length > 0)!;
    const lines = pasted(s).split('\n');
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: lines.map((l) => new Paragraph(l)) }] }));
    await page.setInputFiles('#draft-file', {
      name: '草稿.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: docx,
    });
    await expect.poll(() => page.textContent('#check-status')).toBe('已打开 草稿.docx');
    await waitForReport(page);
    expect(await page.inputValue('#draft')).toBe(lines.join('\n'));
    expect(await checkerOutline(page)).toEqual(s.structure.outline.map((h) => [h.depth, h.marker + h.text]));

    await page.setInputFiles('#draft-file', {
      name: '坏文件.docx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('不是压缩包'),
    });
    await expect.poll(() => page.textContent('#check-status')).toBe('坏文件.docx：不是有效的 Word 文档（.docx）');
    expect(await page.inputValue('#draft')).toBe(lines.join('\n'));
    await page.close();
  });

  it('sends nothing anywhere: after the page has loaded, the only requests are the .docx reader and the shards of samples’ features', async () => {
    // The offline service worker fetches the site's shell after load: its requests carry no draft, but they are not this page's.
    const page = await browser.newPage({ serviceWorkers: 'block' });
    const requests: Array<{ url: string; method: string; body: string }> = [];
    page.on('request', (r) => requests.push({ url: decodeURIComponent(r.url()), method: r.method(), body: r.postData() ?? '' }));
    await page.goto(CHECK(), { waitUntil: 'networkidle' });
    // Loaded means the first report is shown: the worker that checks drafts has loaded its script.
    await waitForReport(page);
    const initial = requests.length;
    const secret = '机密草稿甲乙丙丁戊己庚辛';
    await page.focus('#draft');
    await page.keyboard.type(`XX县政府办公室${secret}工作总结\n一、`);
    await paste(page, `XX县政府办公室2020年工作总结\n${secret}，认真履职。\n一、办文\n内容。`);
    const docx = await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph(`${secret}工作总结`), new Paragraph('一、办文')] }] }),
    );
    const readerLoaded = page.waitForResponse((r) => /\/_astro\/docxReader\.[\w-]+\.js$/.test(r.url()));
    await page.setInputFiles('#draft-file', { name: `${secret}.docx`, mimeType: 'application/octet-stream', buffer: docx });
    // Opened while the .docx may still wait for its reader: the file opened last is the draft, whichever read ends first.
    await page.setInputFiles('#draft-file', { name: `${secret}.txt`, mimeType: 'text/plain', buffer: Buffer.from(`${secret}\n一、办会`) });
    await expect.poll(() => page.textContent('#check-status')).toBe(`已打开 ${secret}.txt`);
    await readerLoaded;
    // The .docx read ends moments after its reader arrives; by then it must have changed nothing.
    await page.waitForTimeout(300);
    expect(await page.textContent('#check-status')).toBe(`已打开 ${secret}.txt`);
    expect(await page.inputValue('#draft')).toBe(`${secret}\n一、办会`);
    await page.waitForLoadState('networkidle');
    await page.close();

    // The worker fetches the shards of samples' features a draft needs, by name only: a county
    // draft's level first, then every level for the last draft, whose level is unknown; each once.
    const shards = requests.slice(initial).filter((r) => r.url.startsWith(`${inject('baseUrl')}/check/features/`));
    for (const r of shards) {
      expect(r.url).toMatch(/\/check\/features\/[a-z]+(-\d+)?\.json$/);
      expect(r.method).toBe('GET');
    }
    const names = shards.map((r) => r.url.split('/').pop());
    expect(names[0]).toBe('county.json');
    expect(new Set(names).size).toBe(names.length);
    const listed = JSON.parse((await (await fetch(CHECK())).text()).match(/id="check-shards">([^<]*)</)![1]!) as Array<{ url: string }>;
    expect(names.toSorted()).toEqual(listed.map((s) => s.url.split('/').pop()).toSorted());
    // Besides them, only the .docx reader and the chunks it imports (the zip library, shared with 写作台's writer).
    const later = requests.slice(initial).filter((r) => !shards.includes(r));
    // Vite may preload the shared chunk before the reader itself: the order is not fixed.
    const readers = later.filter((r) => /\/_astro\/docxReader\.[\w-]+\.js$/.test(r.url));
    expect(readers).toHaveLength(1);
    const reader = await (await fetch(readers[0]!.url)).text();
    for (const other of later.filter((r) => r !== readers[0])) expect(reader).toContain(other.url.split('/').pop());
    for (const r of requests) {
      for (const piece of [secret, secret.slice(0, 4), secret.slice(-4)]) {
        expect(r.url).not.toContain(piece);
        expect(r.body).not.toContain(piece);
      }
    }
  });

  describe.each(['light', 'dark'] as const)('with a report shown, %s scheme', (scheme) => {
    it('has no axe violations', async () => {
      const page = await openChecker({ colorScheme: scheme });
      await paste(
        page,
        'XX县政府办公室20XX年工作总结\n今年以来,我办认真履职，办文【数量】件。\n一、办文\n（一）收文。\n（三）发文。\n二、办会\n内容。\n二、下一步打算\n内容。',
      );
      expect(await page.locator('#check-numbering li').count()).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  });

  it('is usable by keyboard: every control and result is reached with Tab, focus visible', async () => {
    const page = await openChecker();
    await paste(page, pasted(samples[0]!));
    await page.focus('#draft');
    const reached: string[] = [];
    for (let i = 0; i < 400 && !reached.includes('similar'); i++) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(() => {
          const a = document.activeElement as HTMLElement;
          const ring = getComputedStyle(a).outlineStyle !== 'none';
          if (!ring) return 'no-ring';
          if (a.id === 'draft-file') return 'file';
          if (a.matches('[data-clear]')) return 'clear';
          if (a.closest('#check-outline')) return 'outline';
          if (a.closest('#check-similar')) return 'similar';
          return 'other';
        }),
      );
    }
    expect(reached).not.toContain('no-ring');
    expect(reached).toEqual(expect.arrayContaining(['file', 'clear', 'outline', 'similar']));
    expect(reached.indexOf('file')).toBeLessThan(reached.indexOf('clear'));
    expect(reached.indexOf('clear')).toBeLessThan(reached.indexOf('outline'));
    expect(reached.at(-1)).toBe('similar');
    await page.close();
  });
});
