import type { Page } from 'playwright-core';

/** What one page of a browse listing shows. */
export interface Shown {
  total: number;
  cards: string[];
  /** Facet links: site path, the value's count, the facet. */
  facets: Array<{ href: string; count: number; facet: string }>;
  sorts: string[];
  next: string | null;
}

/**
 * Reads browse listing pages in `page`, each href (a site path as the site wrote it) once, from
 * `origin`; `listAll` follows 下一页 from a listing's first page. Shared by tests/site/facets.test.ts
 * and `npm run bench:facets`.
 */
export function listingReader(page: Page, origin: string) {
  const seen = new Map<string, Shown>();
  async function read(href: string): Promise<Shown> {
    const known = seen.get(href);
    if (known) return known;
    const response = await page.goto(origin + href);
    if (response?.status() !== 200) throw new Error(`${href}: HTTP ${response?.status()}`);
    const shown = await page.evaluate(() => ({
      total: Number(document.querySelector('[data-total]')?.textContent),
      cards: [...document.querySelectorAll('[data-result]')].map((el) => el.getAttribute('data-result')!),
      facets: [...document.querySelectorAll('a[data-facet][data-count]')].map((a) => ({
        href: a.getAttribute('href')!,
        count: Number(a.getAttribute('data-count')),
        facet: a.getAttribute('data-facet')!,
      })),
      sorts: [...document.querySelectorAll('a[data-sort]')].map((a) => a.getAttribute('href')!),
      next: document.querySelector('nav[aria-label="分页"] a[rel="next"]')?.getAttribute('href') ?? null,
    }));
    seen.set(href, shown);
    return shown;
  }
  async function listAll(first: string): Promise<string[]> {
    const cards: string[] = [];
    for (let href: string | null = first; href !== null; href = (await read(href)).next) cards.push(...(await read(href)).cards);
    return cards;
  }
  return { read, listAll, seen };
}

/** A filter checkbox of the search page, with the count its label shows (null while blank). */
export interface Box {
  name: string;
  value: string;
  count: number | null;
  disabled: boolean;
  checked: boolean;
}

/** Every filter checkbox of the search page; run in the page (`page.evaluate(filterBoxes)`). */
export function filterBoxes(): Box[] {
  return [...document.querySelectorAll<HTMLInputElement>('#search-form input[type="checkbox"]')].map((box) => {
    const n = /^（(\d+)）$/.exec(box.closest('label')!.querySelector('[data-filter-count]')!.textContent!);
    return { name: box.name, value: box.value, count: n ? Number(n[1]) : null, disabled: box.disabled, checked: box.checked };
  });
}
