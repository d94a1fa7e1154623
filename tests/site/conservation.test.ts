import { readdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { decode } from '../../src/lib/import/decode.ts';
import { fingerprint } from '../../src/lib/import/dedupe.ts';
import { launchBrowser } from './browser.ts';
import { builtPages } from './pages.ts';

const SEEDS = new URL('../../corpus/seeds/', import.meta.url);

interface Piece {
  page: string;
  file: string;
  line: number;
  text: string;
}

let browser: Browser;
const pieces: Piece[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  const page = await browser.newPage();
  for (const path of builtPages(inject('distDir'))) {
    await page.goto(inject('baseUrl') + path);
    const found = await page.$$eval('[data-src-line]', (els) =>
      els.map((el) => ({
        file: el.closest('[data-src-file]')?.getAttribute('data-src-file') ?? '',
        line: Number(el.getAttribute('data-src-line')),
        text: el.textContent ?? '',
        nested: el.parentElement?.closest('[data-src-line]') !== null,
      })),
    );
    for (const f of found) {
      expect(f.nested, `${path}: [data-src-line] nested in another`).toBe(false);
      pieces.push({ page: path, file: f.file, line: f.line, text: f.text });
    }
  }
});

afterAll(() => browser?.close());

describe('every character of every source is on exactly one page, in order', () => {
  const files = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort();

  it('covers all five seed files', () => {
    expect(files).toHaveLength(5);
    expect(new Set(pieces.map((p) => p.file))).toEqual(new Set(files));
  });

  it.each(files)('%s', (file) => {
    const source = decode(readFileSync(new URL(file, SEEDS)), file).text;
    const lines = source.split('\n');
    const mine = pieces.filter((p) => p.file === file);
    // Each source line is rendered once, by one page, holding exactly that line.
    const seen = new Map<number, string>();
    for (const p of mine) {
      expect(seen.has(p.line), `${file}:${p.line} on ${seen.get(p.line)} and ${p.page}`).toBe(false);
      seen.set(p.line, p.page);
      expect(fingerprint(p.text), `${file}:${p.line} on ${p.page}`).toBe(fingerprint(lines[p.line - 1] ?? ''));
    }
    const rendered = [...mine]
      .sort((a, b) => a.line - b.line)
      .map((p) => fingerprint(p.text))
      .join('');
    expect(rendered).toBe(fingerprint(source));
  });
});
