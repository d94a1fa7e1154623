import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Query } from './queries.ts';
import type { BenchServer, Sent } from './server.ts';
import { OUR_BUNDLE, STOCK_BUNDLE, STOCK_PAGE } from './site.ts';

export type EngineName = 'ours' | 'stock' | 'stock-quoted';

export interface Engine {
  name: EngineName;
  /** The bundle folder its searches load. */
  bundle: string;
  url(phrase: string): string;
}

export const ENGINES: Record<EngineName, Engine> = {
  ours: { name: 'ours', bundle: OUR_BUNDLE, url: (q) => `/search/?q=${encodeURIComponent(q)}` },
  stock: { name: 'stock', bundle: STOCK_BUNDLE, url: (q) => `/${STOCK_PAGE}/?q=${encodeURIComponent(q)}` },
  'stock-quoted': { name: 'stock-quoted', bundle: STOCK_BUNDLE, url: (q) => `/${STOCK_PAGE}/?q=${encodeURIComponent(`"${q}"`)}` },
};

/** Bytes a browser was sent, by kind: the Pagefind bundle, other scripts, documents, styles, anything else. */
export interface Bytes {
  bundle: number;
  js: number;
  html: number;
  css: number;
  other: number;
  /** Pagefind bundle + scripts: what the search itself downloads. */
  search: number;
  total: number;
  requests: number;
  /** Bundle bytes by file kind (pagefind.js, worker, wasm, meta, index, fragment, filter, entry). */
  parts: Record<string, number>;
}

export function bytesOf(sent: readonly Sent[], bundle: string): Bytes {
  const b: Bytes = { bundle: 0, js: 0, html: 0, css: 0, other: 0, search: 0, total: 0, requests: sent.length, parts: {} };
  for (const s of sent) {
    if (s.path.startsWith(`/${bundle}/`)) {
      b.bundle += s.bytes;
      const file = s.path.slice(bundle.length + 2);
      const kind =
        file === 'pagefind.js' || file === 'pagefind-worker.js'
          ? file
          : file === 'pagefind-entry.json'
            ? 'entry'
            : file.startsWith('wasm.')
              ? 'wasm'
              : (/\.pf_(meta|index|fragment|filter)$/.exec(file)?.[1] ?? 'other');
      b.parts[kind] = (b.parts[kind] ?? 0) + s.bytes;
    } else if (s.path.endsWith('.js') || s.path.endsWith('.mjs')) b.js += s.bytes;
    else if (s.path.endsWith('/') || s.path.endsWith('.html')) b.html += s.bytes;
    else if (s.path.endsWith('.css')) b.css += s.bytes;
    else b.other += s.bytes;
    b.total += s.bytes;
  }
  b.search = b.bundle + b.js;
  return b;
}

/** One query through one engine. */
export interface QueryRun {
  query: Query;
  /** Every sample id the engine returned (all batches), sorted. */
  returned: string[];
  /** Ids shown in the first batch, in order. */
  first: string[];
  /** Navigation start to results shown, ms. */
  loadMs: number;
  /** A new query in an already loaded page (the search box submitted; stock: `pagefind.search` again) to results shown, ms. */
  queryMs: number | null;
  bytes: Bytes;
  /** `button[data-more]` clicks to see every result. */
  moreClicks: number;
  /** Wall time of the whole query in the bench: navigation, results, every batch. */
  benchMs: number;
  /** What went wrong running it, or where the page broke its DOM contract. */
  problems: string[];
}

export interface EngineRun {
  engine: EngineName;
  runs: QueryRun[];
  cold: { phrase: string; ms: number; bytes: Bytes };
  warm: { phrase: string; ms: number; bytes: Bytes };
  pageErrors: string[];
}

const TIMEOUT = 60_000;

/**
 * Marks when the search page shows results: `#search-results` going from aria-busy="true" to
 * "false" while `[data-count]` carries data-samples. Sets `__benchDone` (ms since navigation
 * start) the first time after it was cleared.
 */
function watchResults(): void {
  const w = window as unknown as { __benchDone?: number; __benchBusy?: number };
  new MutationObserver((records) => {
    for (const r of records) {
      const el = r.target as Element;
      if (r.attributeName !== 'aria-busy' || el.id !== 'search-results') continue;
      if (r.oldValue === 'true' && el.getAttribute('aria-busy') === 'false') {
        w.__benchBusy = (w.__benchBusy ?? 0) + 1;
        if (w.__benchDone === undefined && document.querySelector('[data-count]')?.hasAttribute('data-samples'))
          w.__benchDone = performance.now();
      }
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['aria-busy'], attributeOldValue: true });
}

async function navigate(page: Page, server: BenchServer, engine: Engine, phrase: string): Promise<{ ms: number; sent: Sent[] }> {
  await server.idle();
  server.take();
  const response = await page.goto(server.url + engine.url(phrase), { waitUntil: 'commit', timeout: TIMEOUT });
  if (!response || response.status() !== 200) throw new Error(`${engine.url(phrase)}: HTTP ${response?.status()}`);
  const ms = (await (
    await page.waitForFunction(() => (window as unknown as { __benchDone?: number }).__benchDone, null, { timeout: TIMEOUT })
  ).jsonValue()) as number;
  await server.idle();
  return { ms, sent: server.take() };
}

const idOfUrl = (url: string) => /\/samples\/([^/?#]+)\//.exec(url)?.[1] ?? `?${url}`;

/** Ours: the ids in the list now, then every batch by clicking `button[data-more]` until it is gone. */
async function oursResults(page: Page): Promise<{ first: string[]; all: string[]; clicks: number; problems: string[] }> {
  return page.evaluate(async (timeout) => {
    const problems: string[] = [];
    const results = document.querySelector('#search-results')!;
    const ids = () => [...results.querySelectorAll<HTMLElement>('li[data-sample]')].map((li) => li.dataset.sample!);
    const more = () => {
      const b = document.querySelector<HTMLButtonElement>('button[data-more]');
      return b && !b.hidden && b.getClientRects().length > 0 ? b : null;
    };
    const first = ids();
    let clicks = 0;
    for (let b = more(); b; b = more()) {
      const settled = new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), timeout);
        new MutationObserver((records, observer) => {
          if (records.some((r) => r.oldValue === 'true') && results.getAttribute('aria-busy') === 'false') {
            clearTimeout(timer);
            observer.disconnect();
            resolve(true);
          }
        }).observe(results, { attributes: true, attributeFilter: ['aria-busy'], attributeOldValue: true });
      });
      b.click();
      clicks++;
      if (!(await settled)) {
        problems.push(
          `clicking button[data-more] (click ${clicks}) did not take #search-results from aria-busy true to false within ${timeout} ms`,
        );
        break;
      }
      if (clicks > 10_000) {
        problems.push('more than 10000 clicks on button[data-more]');
        break;
      }
    }
    const all = ids();
    for (const li of results.querySelectorAll<HTMLElement>('li[data-sample]')) {
      const id = li.dataset.sample!;
      if (![...li.querySelectorAll('a')].some((a) => (a.getAttribute('href') ?? '').startsWith(`/samples/${id}/`)))
        problems.push(`li[data-sample="${id}"] has no link to /samples/${id}/`);
    }
    const count = document.querySelector<HTMLElement>('[data-count]');
    const samples = count?.dataset.samples;
    if (samples !== String(all.length)) problems.push(`[data-count] data-samples="${samples}" but ${all.length} results listed`);
    if (new Set(all).size !== all.length) problems.push('an id is listed twice');
    const occurrences = Number(count?.dataset.occurrences);
    if (all.length > 0 && !(occurrences >= all.length))
      problems.push(`[data-count] data-occurrences="${count?.dataset.occurrences}" with ${all.length} samples`);
    return { first, all, clicks, problems };
  }, TIMEOUT);
}

/** Ours in a loaded page: submit a new phrase in the search box; ms to results and the first batch shown. */
async function oursRequery(page: Page, phrase: string): Promise<{ ms: number; first: string[] }> {
  return page.evaluate(
    async ({ phrase, timeout }) => {
      const w = window as unknown as { __benchDone?: number };
      const input = document.querySelector<HTMLInputElement>('#search-form input[name="q"]')!;
      input.value = phrase;
      w.__benchDone = undefined;
      const t0 = performance.now();
      input.form!.requestSubmit();
      while (w.__benchDone === undefined) {
        if (performance.now() - t0 > timeout) throw new Error(`re-query ${phrase}: no results within ${timeout} ms`);
        await new Promise((r) => setTimeout(r, 2));
      }
      return {
        ms: w.__benchDone - t0,
        first: [...document.querySelectorAll<HTMLElement>('#search-results li[data-sample]')].map((li) => li.dataset.sample!),
      };
    },
    { phrase, timeout: TIMEOUT },
  );
}

type StockWindow = { __benchAll(): string[]; __benchFirst(): string[]; __benchSearch(q: string): Promise<number> };

async function results(
  page: Page,
  engine: Engine,
  urls: ReadonlyMap<string, string>,
): Promise<{ first: string[]; all: string[]; clicks: number; problems: string[] }> {
  if (engine.name === 'ours') return oursResults(page);
  const first = (await page.evaluate(() => (window as unknown as StockWindow).__benchFirst())).map(idOfUrl);
  const all = (await page.evaluate(() => (window as unknown as StockWindow).__benchAll())).map((hash) => idOfUrl(urls.get(hash) ?? hash));
  return { first, all, clicks: 0, problems: [] };
}

async function requery(page: Page, engine: Engine, phrase: string): Promise<{ ms: number; first: string[] }> {
  if (engine.name === 'ours') return oursRequery(page, phrase);
  const q = engine.name === 'stock-quoted' ? `"${phrase}"` : phrase;
  const ms = await page.evaluate((q) => (window as unknown as StockWindow).__benchSearch(q), q);
  const first = (await page.evaluate(() => (window as unknown as StockWindow).__benchFirst())).map(idOfUrl);
  return { ms, first };
}

async function freshPage(browser: Browser, errors: string[]): Promise<{ context: BrowserContext; page: Page }> {
  // The offline worker's install fetches the site's shell after load: its cost is in docs/deploy.md, not the search's.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript(watchResults);
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`console.${m.type()}: ${m.text()}`);
  });
  return { context, page };
}

/** One query in a fresh browser context (empty HTTP cache): time to results and the bytes sent for it. */
export async function coldQuery(
  browser: Browser,
  server: BenchServer,
  engine: Engine,
  phrase: string,
): Promise<{ ms: number; bytes: Bytes }> {
  const { context, page } = await freshPage(browser, []);
  try {
    const nav = await navigate(page, server, engine, phrase);
    return { ms: nav.ms, bytes: bytesOf(nav.sent, engine.bundle) };
  } finally {
    await context.close();
  }
}

/**
 * Runs every query through one engine. Cold: the first query in a fresh browser context
 * (empty HTTP cache); warm: a second, different query in that context. Then every query, each
 * a navigation to its URL in that warm context (time to results, bytes sent, every result id),
 * and, once all are loaded, each again as a new query in the loaded page.
 */
export async function runEngine(
  browser: Browser,
  server: BenchServer,
  engine: Engine,
  queries: readonly Query[],
  /** Stock results' URLs by id (see `stockUrls`). */
  urls: ReadonlyMap<string, string>,
  progress: (line: string) => void,
): Promise<EngineRun> {
  const pageErrors: string[] = [];
  const { context, page } = await freshPage(browser, pageErrors);
  const [a, b] = queries;
  const coldNav = await navigate(page, server, engine, a!.phrase);
  const cold = { phrase: a!.phrase, ms: coldNav.ms, bytes: bytesOf(coldNav.sent, engine.bundle) };
  const warmNav = await navigate(page, server, engine, b!.phrase);
  const warm = { phrase: b!.phrase, ms: warmNav.ms, bytes: bytesOf(warmNav.sent, engine.bundle) };
  const runs: QueryRun[] = [];
  for (const [i, query] of queries.entries()) {
    const started = performance.now();
    const problems: string[] = [];
    let loadMs = NaN;
    let bytes = bytesOf([], engine.bundle);
    let found = { first: [] as string[], all: [] as string[], clicks: 0, problems: [] as string[] };
    try {
      const nav = await navigate(page, server, engine, query.phrase);
      loadMs = nav.ms;
      bytes = bytesOf(nav.sent, engine.bundle);
      found = await results(page, engine, urls);
    } catch (e) {
      problems.push(String(e instanceof Error ? e.message : e).split('\n')[0]!);
    }
    problems.push(...found.problems);
    runs.push({
      query,
      returned: [...new Set(found.all)].sort(),
      first: found.first,
      loadMs,
      queryMs: null,
      bytes,
      moreClicks: found.clicks,
      benchMs: performance.now() - started,
      problems,
    });
    if ((i + 1) % 20 === 0) progress(`${engine.name}: ${i + 1}/${queries.length} queries`);
  }
  // Re-queries in a loaded page: the page of the last query stays loaded.
  for (const r of runs) {
    try {
      const again = await requery(page, engine, r.query.phrase);
      r.queryMs = again.ms;
      const differ = again.first.length !== r.first.length || again.first.some((id) => !r.first.includes(id));
      if (differ)
        r.problems.push(
          `a new query in the loaded page shows a different first batch (${again.first.length} results: ${again.first.join(' ')}) than loading its URL (${r.first.length}: ${r.first.join(' ')})`,
        );
    } catch (e) {
      r.problems.push(String(e instanceof Error ? e.message : e).split('\n')[0]!);
    }
  }
  await context.close();
  return { engine: engine.name, runs, cold, warm, pageErrors };
}
