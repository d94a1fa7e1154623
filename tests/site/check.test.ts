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
    await page.click('#check-confirm button[data-confirm]');
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
    // It replaces a draft: the page asks first.
    await page.click('#check-confirm button[data-confirm]');
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
    // Over the pasted draft: replaced once confirmed.
    await page.click('#check-confirm button[data-confirm]');
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

  describe.each([
    ['on a phone', { width: 390, height: 844 }],
    ['on a desktop', { width: 1280, height: 900 }],
  ] as const)('%s', (_, viewport) => {
    /** A county draft of a few hundred characters: broken numbering, a comma, two slots, an empty plans part. */
    const SHORT =
      'XX县人民政府办公室2024年工作总结\n今年以来,县政府办公室在县委、县政府的坚强领导下，认真履职，现将工作总结如下。\n一、围绕中心，服务大局\n（一）办文。全年办理公文【数量】件。\n（三）办会。全年组织会议【数量】次。\n二、存在问题\n人员少，任务重，学习不够系统。\n二、下一步打算\n';

    it('counts what to deal with above the draft, on the first screen, linking to each section of the report in its order', async () => {
      const page = await openChecker({ viewport });
      await paste(page, SHORT);
      await page.evaluate(() => window.scrollTo(0, 0));
      const tally = page.locator('#check-tally');
      expect(await tally.isVisible()).toBe(true);
      const box = (await tally.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      const entries = await attrs(page, '#check-tally a[data-tally]', ['data-tally', 'data-count', 'href']);
      // Two marks to change (（三）→（二）, 二、→三、), the comma, two slots, the empty plans part, the length.
      expect(entries).toEqual([
        ['numbering', '2', '#check-numbering-h'],
        ['anomalies', '1', '#check-anomalies-h'],
        ['unfilled', '3', '#check-placeholders-h'],
        ['parts', '1', '#check-parts-h'],
        ['length', '1', '#check-length'],
      ]);
      expect(await tally.getAttribute('data-total')).toBe('8');
      expect(await tally.textContent()).toMatch(/^发现 8 处需要处理：序号 2、标点与格式 1、待填写 3、组成部分 1、篇幅 1$/u);
      // The report follows the tally's order, then the outline and similar samples.
      expect(await page.$$eval('#check-report h2', (hs) => hs.map((h) => h.id))).toEqual([
        'check-numbering-h',
        'check-anomalies-h',
        'check-placeholders-h',
        'check-parts-h',
        'check-outline-h',
        'check-similar-h',
      ]);
      await page.click('#check-tally a[data-tally="parts"]');
      await expect.poll(() => page.evaluate(() => location.hash)).toBe('#check-parts-h');
      expect(await page.locator('#check-parts-h').isVisible()).toBe(true);

      // A sample has its own count, and nothing hidden behind it.
      await paste(page, pasted(samples[0]!));
      const total = await tally.getAttribute('data-total');
      const counts = await page.$$eval('#check-tally a[data-count]', (as) => as.map((a) => Number(a.getAttribute('data-count'))));
      expect(counts.reduce((a, b) => a + b, 0)).toBe(Number(total));
      await paste(page, '');
      expect(await tally.isVisible()).toBe(false);
      await page.close();
    });

    it('asks before 清空 or a file replaces a draft, and 撤销 gives it back', async () => {
      const page = await openChecker({ viewport });
      const first = pasted(samples[0]!);
      // A blank draft is replaced without asking.
      await page.setInputFiles('#draft-file', { name: '甲.txt', mimeType: 'text/plain', buffer: Buffer.from(first) });
      await expect.poll(() => page.inputValue('#draft')).toBe(first);
      expect(await page.isVisible('#check-confirm')).toBe(false);
      await waitForReport(page);

      // 清空 asks, in the page; 取消 keeps the draft and returns focus.
      await page.click('button[data-clear]');
      expect(await page.isVisible('#check-confirm')).toBe(true);
      expect(await page.getAttribute('button[data-clear]', 'aria-expanded')).toBe('true');
      expect(await page.textContent('#check-confirm-what')).toContain('确定清空草稿？');
      expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-confirm-cancel'))).toBe(true);
      await page.keyboard.press('Enter');
      expect(await page.isVisible('#check-confirm')).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-clear'))).toBe(true);
      expect(await page.inputValue('#draft')).toBe(first);

      await page.click('button[data-clear]');
      await page.click('#check-confirm button[data-confirm]');
      await waitForReport(page);
      expect(await page.inputValue('#draft')).toBe('');
      expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();
      expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-undo'))).toBe(true);
      await page.keyboard.press('Enter');
      await waitForReport(page);
      expect(await page.inputValue('#draft')).toBe(first);
      expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(first);
      expect(await page.textContent('#check-status')).toBe('已撤销，草稿已恢复');
      expect(await page.isVisible('button[data-undo]')).toBe(false);

      // A file opened over a draft asks too; replaced, then undone.
      const second = pasted(samples[1]!);
      await page.setInputFiles('#draft-file', { name: '乙.txt', mimeType: 'text/plain', buffer: Buffer.from(second) });
      await expect.poll(() => page.isVisible('#check-confirm')).toBe(true);
      expect(await page.textContent('#check-confirm-what')).toContain('打开 乙.txt 会替换当前草稿。');
      expect(await page.inputValue('#draft')).toBe(first);
      await page.click('#check-confirm button[data-confirm]');
      await waitForReport(page);
      expect(await page.inputValue('#draft')).toBe(second);
      expect(await page.textContent('#check-status')).toBe('已打开 乙.txt');
      await page.click('button[data-undo]');
      await waitForReport(page);
      expect(await page.inputValue('#draft')).toBe(first);

      // Typing after a replacement ends what 撤销 could give back.
      await page.click('button[data-clear]');
      await page.click('#check-confirm button[data-confirm]');
      expect(await page.isVisible('button[data-undo]')).toBe(true);
      await page.focus('#draft');
      await page.keyboard.type('新');
      expect(await page.isVisible('button[data-undo]')).toBe(false);
      await page.close();
    });

    it('reports a part that is only its heading as empty, and one sentence under plans as plans, not closing', async () => {
      const page = await openChecker({ viewport });
      await paste(page, SHORT);
      expect(await attrs(page, '#check-parts li[data-role="plans"]', ['data-present', 'data-empty'])).toEqual([['false', 'true']]);
      expect(await page.textContent('#check-parts li[data-role="plans"]')).toContain('只有标题，还没有内容');
      await paste(page, `${SHORT}下一步，我们将继续努力，进一步提高服务水平，开创工作新局面。`);
      expect(await attrs(page, '#check-parts li', ['data-role', 'data-present', 'data-empty'])).toEqual([
        ['opening', 'true', 'false'],
        ['achievements', 'true', 'false'],
        ['problems', 'true', 'false'],
        ['plans', 'true', 'false'],
        ['closing', 'false', 'false'],
      ]);
      await page.close();
    });

    it('warns of a draft far shorter than the samples of its level, with their figures from the build', async () => {
      const page = await openChecker({ viewport });
      await paste(page, SHORT);
      const county = samples.filter((s) => s.level === 'county').map((s) => s.chars);
      const chars = Number(await page.getAttribute('#check-results', 'data-chars'));
      expect(chars).toBeLessThan(400);
      expect(await page.isVisible('#check-length')).toBe(true);
      expect(await page.textContent('#check-length')).toContain(
        `草稿只有 ${chars} 字，同为县级的 ${county.length} 篇范文有 ${Math.min(...county)}–${Math.max(...county)} 字`,
      );
      for (const s of samples) {
        await paste(page, pasted(s));
        expect(await page.isVisible('#check-length'), s.id).toBe(false);
      }
      await page.close();
    });

    it('finds the organ of a title that names the year first', async () => {
      const page = await openChecker({ viewport });
      for (const title of ['2024年县委办公室工作总结', '县委办公室2024年工作总结']) {
        await paste(page, `${title}\n今年以来，在县委的坚强领导下，认真履职。\n一、办文\n内容。`);
        expect(await page.textContent('#check-summary'), title).toContain('县级 · 单位总结 · 县委办 · 2024年');
      }
      await page.close();
    });

    it('applies the renumbering to the draft in one click, and 撤销 restores the marks', async () => {
      const page = await openChecker({ viewport });
      await paste(page, SHORT);
      const button = page.locator('button[data-renumber]');
      expect(await button.isVisible()).toBe(true);
      await button.click();
      await waitForReport(page);
      expect(await page.inputValue('#draft')).toBe(SHORT.replace('（三）办会', '（二）办会').replace('二、下一步打算', '三、下一步打算'));
      expect(await page.textContent('#check-status')).toBe('已按建议改正 2 处序号');
      expect(await page.locator('#check-numbering li[data-marker]').count()).toBe(0);
      expect(await button.isVisible()).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-undo'))).toBe(true);
      await page.keyboard.press('Enter');
      await waitForReport(page);
      expect(await page.inputValue('#draft')).toBe(SHORT);
      expect(await page.locator('#check-numbering li[data-changed="true"]').count()).toBe(2);
      await page.close();
    });
  });

  describe.each(['light', 'dark'] as const)('with a report shown, %s scheme', (scheme) => {
    it('has no axe violations', async () => {
      const page = await openChecker({ colorScheme: scheme });
      await paste(
        page,
        'XX县政府办公室20XX年工作总结\n今年以来,我办认真履职，办文【数量】件。\n一、办文\n（一）收文。\n（三）发文。\n二、办会\n内容。\n二、下一步打算\n内容。',
      );
      expect(await page.locator('#check-numbering li').count()).toBeGreaterThan(0);
      expect(await page.isVisible('#check-tally')).toBe(true);
      expect(await page.isVisible('#check-length')).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      // The confirm step, then 撤销 in the status.
      await page.click('button[data-clear]');
      expect(await page.isVisible('#check-confirm')).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      await page.click('#check-confirm button[data-confirm]');
      await waitForReport(page);
      expect(await page.isVisible('button[data-undo]')).toBe(true);
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
