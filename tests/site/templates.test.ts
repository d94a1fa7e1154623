import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { GROUPS, GROUP_LABELS } from '../../src/lib/offices.ts';
import { ROLES } from '../../src/lib/structure/model.ts';
import { findSlots, templateOf, unitNamesOf } from '../../src/lib/format/template.ts';
import { ROLE_LABELS } from '../../src/lib/view/labels.ts';
import { labelledTitle, titleLabels } from '../../src/lib/view/titleLabels.ts';
import { unzip, wordParagraphs } from '../unzip.ts';
import { launchBrowser } from './browser.ts';
import { sitePath } from './pages.ts';
import { committedEntries } from '../committed.ts';

const samples = committedEntries();
const inGroup = (s: (typeof samples)[number], group: string) =>
  group === 'individual' ? s.perspective === 'individual' : s.level === group;
/** The parts of a role across the collection, in the order the view lists them: by sample id, then in the text. */
const partsOf = (role: string, group: string | null = null) =>
  [...samples]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .filter((s) => group === null || inGroup(s, group))
    .flatMap((s) => s.structure.parts.filter((p) => p.role === role).map((p) => ({ s, p })));

let browser: Browser;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: inject('baseUrl') });
  page = await context.newPage();
});
afterAll(() => browser?.close());

const go = (path: string) => page.goto(inject('baseUrl') + path);
const clipboardText = () =>
  page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return item ? (await item.getType('text/plain')).text() : null;
  });

describe('/templates/', () => {
  it('links every role with the number of parts it has in the collection', async () => {
    await go('/templates/');
    const roles = await page.$$eval('.tpl-roles li', (els) =>
      els.map((el) => ({ href: el.querySelector('a')!.getAttribute('href'), text: el.textContent ?? '' })),
    );
    expect(roles.map((r) => r.href)).toEqual(ROLES.map((r) => sitePath(`/templates/${r}/`)));
    for (const [k, role] of ROLES.entries()) expect(roles[k]!.text).toContain(`${ROLE_LABELS[role]} ${partsOf(role).length} 段`);
  });

  it('shows each sample’s skeleton, its title and every heading as a template, and copies it as an outline', async () => {
    await go('/templates/');
    for (const s of samples) {
      const card = page.locator(`details.skeleton-card[data-sample="${s.id}"]`);
      await card.locator('summary').click();
      const shown = await card.locator('.skeleton p').allTextContents();
      const unit = unitNamesOf(s);
      const title = s.titleInferred
        ? []
        : s.titleLines
            .map((l) => l.trim())
            .filter(Boolean)
            .map((l) => templateOf(l, findSlots(l, { unit })));
      const slots = findSlots(s.text, { unit, skip: s.structure.outline.map((h) => [h.start, h.textStart] as const) });
      const headings = s.structure.outline.map((h) => templateOf(s.text, slots, h.start, h.textEnd));
      expect(shown).toEqual(headings.length > 0 ? [...title, ...headings] : [...title, '这篇没有小标题。']);
      expect(shown.join('')).not.toMatch(/[XxＸｘ*＊]/u);
      if (headings.length === 0) continue;
      await page.evaluate(() => navigator.clipboard.writeText(''));
      await card.locator('button[data-copy="outline"]').click();
      await expect.poll(clipboardText).not.toBe('');
      const copied = (await clipboardText())!.split('\n');
      expect(copied.filter(Boolean).map((l) => l.replace(/^\u3000+/u, ''))).toEqual([...title, ...headings]);
      expect(copied.slice(title.length > 0 ? title.length + 1 : 0).map((l) => l.match(/^\u3000*/u)![0].length / 2 + 1)).toEqual(
        s.structure.outline.map((h) => h.depth),
      );
    }
  });
});

describe('slots in the text', () => {
  it.each([false, true])('read as boxed blanks, not links, in the intros and the cards (dark scheme: %s)', async (dark) => {
    await page.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
    for (const path of ['/templates/', `/templates/${ROLES[0]}/`]) {
      await go(path);
      const looks = await page.$$eval('main mark[data-slot]', (marks) => {
        const link = getComputedStyle(document.querySelector('main a')!);
        return marks.map((m) => {
          const s = getComputedStyle(m);
          return {
            text: m.textContent,
            underlined: s.textDecorationLine !== 'none',
            borders: [s.borderTopStyle, s.borderRightStyle, s.borderBottomStyle, s.borderLeftStyle].join(' '),
            linkColour: s.color === link.color,
            lines: m.getClientRects().length,
          };
        });
      });
      expect(looks.length, path).toBeGreaterThanOrEqual(3);
      for (const l of looks)
        expect(l, `${path} ${l.text}`).toEqual({
          text: l.text,
          underlined: false,
          borders: 'dashed dashed dashed dashed',
          linkColour: false,
          lines: 1,
        });
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });
});

describe.each(ROLES.map((r) => [r] as const))('/templates/%s/', (role) => {
  it('puts every part of the role side by side, 20 a page, each linked to its place, showing its template', async () => {
    await go(`/templates/${role}/`);
    const cards = [];
    for (;;) {
      const onPage = await page.$$eval('article.tpl-card', (els) =>
        els.map((el) => ({
          sample: el.getAttribute('data-sample'),
          part: el.getAttribute('data-part'),
          href: el.querySelector('h2 a')!.getAttribute('href'),
          lines: [...el.querySelectorAll('.tpl-text p')].map((p) => p.textContent ?? ''),
          actions: [...el.querySelectorAll('copy-actions button[data-copy]')].map((b) => b.getAttribute('data-copy')),
        })),
      );
      expect(onPage.length).toBeLessThanOrEqual(20);
      // A page embeds the copy data of its own cards only.
      const data = await page.$$eval('script[type="application/json"]', (els) => els.map((el) => el.id));
      expect(data.filter((id) => id.startsWith('copy-')).sort()).toEqual(
        (await page.$$eval('article.tpl-card copy-actions', (els) => els.map((el) => el.getAttribute('data-doc')!))).sort(),
      );
      expect(Number(await page.locator('[data-count]').innerText())).toBe(partsOf(role).length);
      cards.push(...onPage);
      // The pager marks this page and links its neighbours; page 1 is the role's own URL.
      const n = cards.length === onPage.length ? 1 : Number(/\/page\/(\d+)\/$/.exec(page.url())![1]);
      if ((await page.locator('nav[aria-label="分页"]').count()) > 0) {
        expect(await page.getAttribute('nav[aria-label="分页"] a[aria-current="page"]', 'data-page')).toBe(String(n));
        const prev = page.locator('nav[aria-label="分页"] a[rel="prev"]');
        expect((await prev.count()) === 0 ? null : await prev.getAttribute('href')).toBe(
          n === 1 ? null : sitePath(n === 2 ? `/templates/${role}/` : `/templates/${role}/page/${n - 1}/`),
        );
      }
      const next = page.locator('nav[aria-label="分页"] a[rel="next"]');
      if ((await next.count()) === 0) break;
      await next.click();
      await page.waitForURL(/\/page\/\d+\/$/);
    }
    const expected = partsOf(role);
    expect(cards.map((c) => [c.sample, c.part])).toEqual(expected.map(({ s, p }) => [s.id, p.id]));
    for (const [k, { s, p }] of expected.entries()) {
      const card = cards[k]!;
      expect(card.href).toBe(sitePath(`/samples/${s.id}/#${p.id}`));
      const slots = findSlots(s.text, { unit: unitNamesOf(s), skip: s.structure.outline.map((h) => [h.start, h.textStart] as const) });
      const lines = templateOf(s.text, slots, p.start, p.end)
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      expect(card.lines).toEqual(lines);
      const hasHeadings = s.structure.outline.some((h) => h.start >= p.start && h.start < p.end);
      expect(card.actions).toEqual(hasHeadings ? ['original', 'template', 'outline'] : ['original', 'template']);
    }
    // The view repeats sample text as templates: no source line hooks, so every source line stays on one page.
    expect(await page.locator('[data-src-line], [data-src-file], [data-pagefind-body]').count()).toBe(0);
  });

  it('copies a card as it shows it, and as its original', async () => {
    await go(`/templates/${role}/`);
    const card = page.locator('article.tpl-card').first();
    const shown = await card.locator('.tpl-text p').allTextContents();
    await card.locator('button[data-copy="template"]').click();
    await expect.poll(clipboardText).toContain(shown[0]!);
    expect((await clipboardText())!.split('\n').map((l) => l.replace(/^\u3000+/u, ''))).toEqual(shown);
    await card.locator('button[data-copy="original"]').click();
    const { s, p } = partsOf(role)[0]!;
    await expect.poll(clipboardText).toBe(
      s.text
        .slice(p.start, p.end)
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .map((l) => `\u3000\u3000${l}`)
        .join('\n'),
    );
  });

  it('has a page per level group listing that group’s parts, each counted in the filter links', () => {
    // A group's cards across its pages (page n at page/<n>/).
    const cardsIn = (path: string): string[][] => {
      const out: string[][] = [];
      for (let n = 1; existsSync(join(inject('distDir'), path, n === 1 ? '' : `page/${n}`, 'index.html')); n++) {
        const html = readFileSync(join(inject('distDir'), path, n === 1 ? '' : `page/${n}`, 'index.html'), 'utf8');
        out.push(
          ...[...html.matchAll(/<article class="tpl-card"[^>]*data-sample="([^"]+)" data-part="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]),
        );
      }
      return out;
    };
    const all = readFileSync(join(inject('distDir'), 'templates', role, 'index.html'), 'utf8');
    for (const group of GROUPS) {
      expect(cardsIn(`templates/${role}/${group}`)).toEqual(partsOf(role, group).map(({ s, p }) => [s.id, p.id]));
      expect(all).toMatch(
        new RegExp(
          `<a href="${sitePath(`/templates/${role}/${group}/`)}"[^>]*>${GROUP_LABELS[group]} <span class="muted">${partsOf(role, group).length}</span>`,
        ),
      );
    }
  });
});

describe('level filters', () => {
  it('work with plain links, no script needed', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const tab = await noScript.newPage();
    await tab.goto(`${inject('baseUrl')}/templates/problems/`);
    for (const group of GROUPS) {
      await tab.click(`nav[aria-label="按层级筛选"] a[href="${sitePath(`/templates/problems/${group}/`)}"]`);
      await tab.waitForURL(`**/templates/problems/${group}/`);
      const cards = await tab.$$eval('article.tpl-card', (els) =>
        els.map((el) => [el.getAttribute('data-sample'), el.getAttribute('data-part')]),
      );
      expect(cards).toEqual(partsOf('problems', group).map(({ s, p }) => [s.id, p.id]));
      expect(await tab.locator('nav[aria-label="按层级筛选"] a[aria-current="page"]').getAttribute('href')).toBe(
        sitePath(`/templates/problems/${group}/`),
      );
      if (cards.length === 0) expect(await tab.locator('main').innerText()).toContain('暂时没有');
    }
    await noScript.close();
  });
});

describe('Word downloads', () => {
  it('saves every sample under its own file name, also where titles collide', async () => {
    await go('/templates/');
    for (const mode of ['original', 'template']) {
      const names = await page.$$eval(`a[data-docx="${mode}"]`, (as) => as.map((a) => a.getAttribute('download')));
      expect(names).toHaveLength(samples.length);
      expect(new Set(names).size).toBe(samples.length);
    }
  });

  it.each(['original', 'template'] as const)(
    'a reader downloads the %s .docx: its text, its headings in Word heading styles, A4 with 公文 margins',
    async (mode) => {
      const sample = [...samples].sort((a, b) => b.structure.outline.length - a.structure.outline.length)[0]!;
      await go(`/samples/${sample.id}/`);
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`.whole-actions a[data-docx="${mode}"]`)]);
      // A title other samples share carries its label, so the saved files differ.
      const fileTitle = labelledTitle(sample.title, titleLabels(samples).get(sample.id));
      expect(download.suggestedFilename()).toBe(`${fileTitle}${mode === 'template' ? '（模板）' : ''}.docx`);
      const files = unzip(readFileSync((await download.path())!));
      const xml = files.get('word/document.xml')!.toString('utf8');
      const ps = wordParagraphs(xml);
      const title = sample.titleLines.map((l) => l.trim()).filter(Boolean);
      expect(ps.slice(0, title.length).map((p) => [p.style, p.text])).toEqual(
        title.map((t) => ['Title', mode === 'template' ? templateOf(t, findSlots(t, { unit: unitNamesOf(sample) })) : t]),
      );
      const lines = sample.text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      const body = ps.slice(title.length + 1);
      expect(body).toHaveLength(lines.length);
      if (mode === 'original') expect(body.map((p) => p.text)).toEqual(lines);
      else expect(body.map((p) => p.text).join('')).not.toMatch(/[XxＸｘ*＊]/u);
      // Whole-line headings are Word headings of their depth.
      const headings = sample.structure.outline.filter((h) => !h.inline && h.depth <= 4);
      expect(headings.length).toBeGreaterThan(0);
      for (const h of headings) {
        const k = sample.text
          .slice(0, h.start)
          .split('\n')
          .slice(0, -1)
          .filter((l) => l.trim() !== '').length;
        expect(body[k]!.style).toBe(`Heading${h.depth}`);
        expect(body[k]!.text.startsWith(h.marker)).toBe(true);
      }
      expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
      expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
      const styles = files.get('word/styles.xml')!.toString('utf8');
      expect(styles).toMatch(/w:styleId="Heading1">[\s\S]*?w:eastAsia="黑体"/);
      expect(styles).toMatch(/w:styleId="Heading2">[\s\S]*?w:eastAsia="楷体"/);
      if (mode === 'template') expect(xml).toContain('<w:highlight w:val="yellow"/>');
    },
  );

  it('every sample has both files, linked from its page and from its skeleton', () => {
    const dist = inject('distDir');
    for (const s of samples) {
      for (const name of [`${s.id}.docx`, `${s.id}-template.docx`]) {
        const file = join(dist, 'docx', name);
        expect(existsSync(file), name).toBe(true);
        expect(statSync(file).size).toBeLessThan(40_000);
      }
      const html = readFileSync(join(dist, 'samples', s.id, 'index.html'), 'utf8');
      expect(html).toContain(`href="${sitePath(`/docx/${s.id}.docx`)}"`);
      expect(html).toContain(`href="${sitePath(`/docx/${s.id}-template.docx`)}"`);
    }
    const index = readFileSync(join(dist, 'templates', 'index.html'), 'utf8');
    for (const s of samples) expect(index).toContain(`href="${sitePath(`/docx/${s.id}-template.docx`)}"`);
  });
});
