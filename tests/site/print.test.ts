import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { GONGWEN } from '../../src/lib/format/gongwen.ts';
import { launchBrowser } from './browser.ts';
import { committedSamples } from '../committed.ts';

const samples = committedSamples();
const longest = [...samples].sort((a, b) => b.chars - a.chars)[0]!;
const untitled = samples.find((s) => s.titleInferred);
const px = (pt: number) => (pt * 96) / 72;
const MM_TO_PT = 72 / 25.4;
const squeeze = (s: string) => s.replace(/\s+/g, '');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function printed(id: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(inject('baseUrl') + `/samples/${id}/`);
  await page.emulateMedia({ media: 'print' });
  return page;
}

describe('a sample prints like a 公文', () => {
  it.each([longest, ...(untitled ? [untitled] : [])].map((s) => [s.id, s] as const))(
    '%s prints its title and text and nothing else',
    async (_, sample) => {
      const page = await printed(sample.id);
      const text = await page.evaluate(() => document.body.innerText);
      const title = sample.titleInferred ? sample.title : sample.titleLines.join('');
      expect(squeeze(text)).toBe(squeeze(title + sample.text));
      await page.close();
    },
  );

  it('sets the title, headings and body in the GB/T 9704 faces and sizes, lines exactly 28 pt apart', async () => {
    const page = await printed(longest.id);
    const styles = await page.evaluate(() => {
      const style = (selector: string) => {
        const el = document.querySelector(selector)!;
        const s = getComputedStyle(el);
        const first = s.fontFamily.split(',')[0]!.trim().replace(/^"|"$/g, '');
        return {
          family: first,
          size: parseFloat(s.fontSize),
          lineHeight: parseFloat(s.lineHeight),
          weight: s.fontWeight,
          align: s.textAlign,
          indent: parseFloat(s.textIndent),
        };
      };
      return {
        title: style('.sample-doc > h1'),
        body: style('.gongwen p[data-src-line]:not(.hline)'),
        h1: style('.gongwen [data-depth="1"]'),
        h2: style('.gongwen [data-depth="2"]'),
      };
    });
    const [hei, kai] = GONGWEN.headings;
    expect(styles.title).toMatchObject({ family: GONGWEN.title.face.name, align: 'center' });
    expect(styles.title.size).toBeCloseTo(px(GONGWEN.title.size), 2);
    expect(styles.body.family).toBe(GONGWEN.body.face.name);
    expect(styles.body.size).toBeCloseTo(px(GONGWEN.body.size), 2);
    expect(styles.body.lineHeight).toBeCloseTo(px(GONGWEN.lineSpacing), 2);
    expect(styles.body.indent).toBeCloseTo(px(GONGWEN.body.size) * GONGWEN.indentChars, 1);
    expect(styles.h1).toMatchObject({ family: hei!.name, weight: '400' });
    expect(styles.h1.size).toBeCloseTo(px(GONGWEN.body.size), 2);
    expect(styles.h2).toMatchObject({ family: kai!.name, weight: '400' });
    await page.close();
  });

  it('prints on A4 with the 公文 margins and page numbers', async () => {
    const page = await printed(longest.id);
    const rules = await page.evaluate(() => {
      const pages = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]).filter((r) => r instanceof CSSPageRule);
      return pages.map((r) => ({
        selector: r.selectorText,
        size: r.style.getPropertyValue('size'),
        margin: ['top', 'right', 'bottom', 'left'].map((side) => r.style.getPropertyValue(`margin-${side}`)),
        // Margin boxes (CSSMarginRule: a name and a style), which the DOM typings do not declare yet.
        boxes: [...r.cssRules].map((m) => {
          const box = m as CSSRule & { name: string; style: CSSStyleDeclaration };
          return `${box.name} ${box.style.getPropertyValue('content')}`;
        }),
      }));
    });
    const { top, right, bottom, left } = GONGWEN.page;
    expect(rules.find((r) => r.selector === '')).toMatchObject({ size: 'a4', margin: [top, right, bottom, left].map((mm) => `${mm}mm`) });
    // Page numbers `— 1 —` outside: right on odd (right-hand) pages, left on even ones.
    expect(rules.find((r) => r.selector === ':right')?.boxes).toEqual(['bottom-right "— " counter(page) " —"']);
    expect(rules.find((r) => r.selector === ':left')?.boxes).toEqual(['bottom-left "— " counter(page) " —"']);

    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(boxes.length).toBeGreaterThan(1);
    for (const [w, h] of boxes) {
      expect(Math.abs(w! - GONGWEN.page.width * MM_TO_PT)).toBeLessThan(2);
      expect(Math.abs(h! - GONGWEN.page.height * MM_TO_PT)).toBeLessThan(2);
    }
    await page.close();
  });
});
