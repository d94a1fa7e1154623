/**
 * `npm run bench:facets -- --dist DIR`: checks in Chromium, over a built site of any size (a build
 * kept by `npm run bench:scale -- --samples 2000 --keep`), that every facet count shown is the
 * number a click gives. It is a benchmark, not a test, because it needs a large build.
 *
 * Browse: from /browse/, every listing reachable by facet links; each link's count must equal
 * the total its listing shows, and the cards of a listing, page after page, must be that many and
 * distinct (`--listings N` stops after N listings). Search: for each `--phrases` (comma-separated;
 * `""` lists every sample), every filter value's count must equal the total the search page shows
 * with that value ticked (values counting 0 disabled), and again with a first value ticked.
 * Prints what it checked and every count that differs; exits 1 when one does.
 */
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/site/browser.ts';
import { filterBoxes, listingReader, type Box } from '../tests/site/facetPages.ts';
import { serveStatic } from '../tests/site/server.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string' },
    listings: { type: 'string', default: 'Infinity' },
    phrases: { type: 'string', default: '办公室,以文辅政,' },
  },
});
if (!values.dist) throw new Error('bench:facets: --dist DIR, a built site (npm run bench:scale -- --samples 2000 --keep keeps one)');
const maxListings = Number(values.listings);

const { server, url } = await serveStatic(values.dist, '/');
const browser = await launchBrowser();
const page = await browser.newPage();
const wrong: string[] = [];
const started = performance.now();

const { read, listAll, seen } = listingReader(page, url);

// Browse.
const queue = ['/browse/'];
const listed = new Set(queue);
let links = 0;
let listings = 0;
while (queue.length > 0 && listings < maxListings) {
  const first = queue.shift()!;
  const cards = await listAll(first);
  listings++;
  const { total, facets } = await read(first);
  if (cards.length !== total) wrong.push(`${first}: says ${total}, lists ${cards.length}`);
  if (new Set(cards).size !== cards.length) wrong.push(`${first}: a card is listed twice`);
  for (const link of facets) {
    links++;
    const got = (await read(link.href)).total;
    if (got !== link.count) wrong.push(`${first} → ${link.href}: count ${link.count}, the listing says ${got}`);
    if (!listed.has(link.href)) {
      listed.add(link.href);
      queue.push(link.href);
    }
  }
  if (listings % 200 === 0) console.error(`bench:facets: ${listings} listings, ${seen.size} pages`);
}
const samples = (await read('/browse/')).total;
console.log(`browse: ${listings} listings (${seen.size} pages) read, ${links} facet links checked, ${samples} samples`);

// Search.
async function search(page: Page, query: string): Promise<{ total: number; boxes: Box[] }> {
  await page.goto(`${url}/search/?${query}`);
  await page.waitForFunction(
    () =>
      document.querySelector('#search-results')?.getAttribute('aria-busy') === 'false' &&
      document.querySelector('#search-status')?.textContent !== '' &&
      [...document.querySelectorAll('#search-form [data-filter-count]')].some((c) => c.textContent !== ''),
    null,
    { timeout: 120_000 },
  );
  // The status names every sample found (`共 N 篇`), also while only a batch is listed.
  const total = Number(/共 (\d+) 篇/.exec((await page.textContent('#search-status')) ?? '')?.[1]);
  // The part a match is in is counted from the texts, not by an index filter: left out here.
  return { total, boxes: (await page.evaluate(filterBoxes)).filter((b) => b.name !== 'role') };
}

const param = (name: string, value: string) => `&${name}=${encodeURIComponent(value)}`;
let counts = 0;
let zero = 0;
async function everyCountIsAClick(query: string): Promise<void> {
  const before = await search(page, query);
  for (const box of before.boxes) {
    const what = `/search/?${query} ${box.name}=${box.value}`;
    if (box.count === null) {
      wrong.push(`${what}: no count`);
      continue;
    }
    if (box.disabled !== (box.count === 0)) wrong.push(`${what}: count ${box.count} but ${box.disabled ? '' : 'not '}disabled`);
    if (box.count === 0) {
      zero++;
      continue;
    }
    if (query.includes(param(box.name, box.value))) continue;
    // Values within a filter are either-or: with one ticked already, the click adds the samples counted.
    const grouped = query.includes(`&${box.name}=`);
    const after = (await search(page, query + param(box.name, box.value))).total;
    const want = grouped ? before.total + box.count : box.count;
    if (after !== want) wrong.push(`${what}: count ${box.count}, a click lists ${after}${grouped ? ` (with ${before.total} before)` : ''}`);
    counts++;
  }
}

for (const phrase of values.phrases.split(',')) {
  const query = `q=${encodeURIComponent(phrase)}`;
  await everyCountIsAClick(query);
  // And with the first value of the first filter ticked: counts across filters, and within it.
  const first = (await search(page, query)).boxes.find((b) => (b.count ?? 0) > 0);
  if (first) await everyCountIsAClick(query + param(first.name, first.value));
}
console.log(
  `search: ${counts} filter values clicked, ${zero} zero counts checked disabled, phrases ${JSON.stringify(values.phrases.split(','))}`,
);
console.log(
  `${((performance.now() - started) / 1000).toFixed(0)} s; ${wrong.length === 0 ? 'every count is what a click gives' : `${wrong.length} counts differ:`}`,
);
for (const w of wrong.slice(0, 50)) console.log(`  ${w}`);

await browser.close();
server.close();
process.exitCode = wrong.length === 0 ? 0 : 1;
