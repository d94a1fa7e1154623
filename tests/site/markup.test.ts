import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { serveStatic } from './server.ts';

const root = resolve(import.meta.dirname, '../..');
const LINES = [
  '本文系测试投稿，仅供学习参考，请勿照搬照抄！',
  '标记测试办公室2021年工作总结',
  '',
  '2021年，我办坚持以文辅政。<script>alert(1)</script>',
  '---',
  "import x from 'y'",
  '一、{expr} 与 <!-- 注释 --> 都是正文',
  '1. 这一行不是 Markdown 列表，*XX* 也不是强调。',
  '<img src=x onerror="alert(2)">',
];

let tmp: string;
let browser: Browser;
let server: Server;
let url: string;

/** A site built from the committed collection plus one sample full of markup syntax. */
beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'fanwenku-markup-'));
  const content = join(tmp, 'content');
  cpSync(join(root, 'src/content'), content, { recursive: true });
  writeFileSync(join(tmp, 'markup.txt'), LINES.join('\n') + '\n');
  execFileSync('node', ['scripts/import.ts', '--content', content, join(tmp, 'markup.txt')], { cwd: root, stdio: 'pipe' });
  execFileSync('node_modules/.bin/astro', ['build', '--outDir', join(tmp, 'dist')], {
    cwd: root,
    stdio: 'pipe',
    env: { ...process.env, FANWENKU_CONTENT: content },
  });
  ({ server, url } = await serveStatic(join(tmp, 'dist'), '/'));
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('sample text is data, never markup', () => {
  it('shows HTML, MDX and Markdown syntax as visible text and runs nothing', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${url}/samples/markup/`);
    const text = await page.locator('[data-src-file]').innerText();
    for (const line of LINES.slice(3)) expect(text).toContain(line);
    expect(dialogs).toEqual([]);
    const injected = await page.evaluate(() => ({
      // The only scripts: the search box's keys, the page's modules (copy island, search highlight), and the copy actions' data, which holds the text as data.
      scripts: [...document.querySelectorAll('script')].map((el) =>
        el.type === 'application/json'
          ? 'data'
          : el.type === 'module' && el.getAttribute('src')?.startsWith('/_astro/')
            ? 'module'
            : !el.src && el.textContent?.includes('data-search-input')
              ? 'keys'
              : el.outerHTML,
      ),
      data: JSON.stringify(JSON.parse(document.querySelector('script[type="application/json"]')?.textContent ?? 'null')),
      imgs: document.querySelectorAll('main img').length,
      // Every source line is one element holding text: no list, emphasis or rule made of it. The only
      // elements inside a line are the structure's own: headings (id h-…, data-depth) and placeholder chips.
      elementsInLines: [...document.querySelectorAll('[data-src-line] *')].filter(
        (el) => !el.matches('[id^="h-"][data-depth], mark[data-placeholder]') || el.querySelector(':not(mark[data-placeholder])') !== null,
      ).length,
      lines: [...document.querySelectorAll('[data-src-line]')]
        .sort((a, b) => Number(a.getAttribute('data-src-line')) - Number(b.getAttribute('data-src-line')))
        .map((el) => el.textContent),
      hr: document.querySelectorAll('[data-src-file] hr').length,
    }));
    expect(new Set(injected.scripts)).toEqual(new Set(['module', 'data', 'keys']));
    expect(injected).toMatchObject({ imgs: 0, elementsInLines: 0, lines: LINES.filter((l) => l !== ''), hr: 0 });
    for (const markup of ['<script>alert(1)</script>', ' onerror="alert(2)">', '<!-- 注释 -->'])
      expect(injected.data).toContain(JSON.stringify(markup).slice(1, -1));
    await page.close();
  });
});
