/**
 * The site at scale: a corpus imported through the import CLI into a temporary content folder,
 * built as `npm run build` builds it, and measured against the budgets of a 10,000-sample library.
 *
 *   npm run bench:scale [-- --samples N] [--rebuild] [--keep] [--json]
 *
 * The corpus is the committed seeds (corpus/seeds, 13 samples, which the writing guides quote)
 * and, up to --samples N, samples recombined from the seeds' paragraphs (scripts/bench/corpus.ts),
 * one source file each.
 * It prints import and build time and the peak memory of each step's process tree, the page
 * count and dist size, per page type the largest page (HTML with its embedded data, raw and
 * gzip), /check/'s first load and its analysis of the longest sample, and the bytes of a cold
 * first search for three queries (a rare phrase, a common one, one character), ours beside
 * stock Pagefind over the same sample pages; --rebuild adds one sample and builds again, twice: the
 * first may change the count of search bundles (at every FANWENKU_SEARCH_BUNDLE samples, as at
 * exactly 2,000 or 10,000), which indexes every bundle again; the second shows the common case.
 * Every figure is printed beside its budget. Results are kept in .tmp/bench-scale/<N>.json; the
 * /check/ budget is relative to the seeds' run (`npm run bench:scale`, 13 samples).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../tests/site/browser.ts';
import { searchable } from '../src/lib/search/encode.ts';
import { checkTimes } from './bench/checkRun.ts';
import { CORPUS_SEED, realSamples, sourceText, syntheticSamples, type BenchSample } from './bench/corpus.ts';
import { coldQuery, ENGINES, type Bytes } from './bench/measure.ts';
import { pageType } from './bench/pageWeight.ts';
import { runTree, type TreeRun } from './bench/processTree.ts';
import { kb, timings } from './bench/scriptCost.ts';
import { serveSite } from './bench/server.ts';
import { buildEnv, stockIndex, writeStockPage } from './bench/site.ts';

const { values } = parseArgs({
  options: {
    samples: { type: 'string' },
    rebuild: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
const seeds = realSamples();
const total = values.samples === undefined ? seeds.length : Number(values.samples);
if (!(Number.isInteger(total) && total >= seeds.length))
  throw new Error(`--samples expects an integer of at least ${seeds.length} (the seeds), not ${values.samples}`);
/** Recombined samples beside the seeds. */
const synthetic = total - seeds.length;

const ROOT = new URL('../', import.meta.url).pathname;
const BIN = join(ROOT, 'node_modules/.bin');
const SEEDS = join(ROOT, 'corpus/seeds');
const RESULTS = join(ROOT, '.tmp/bench-scale');
const label = String(total);
/** Samples --rebuild imports, one build each. */
const REBUILDS = 2;

/** The issue's budgets for a library of 10,000 samples. */
const BUDGET = {
  pageGzip: 60 * 1024,
  checkExtra: 50 * 1024,
  buildMs: 20 * 60_000,
  peakBytes: 4 * 1024 ** 3,
  analyzeMs: 50,
  rebuildShare: 0.2,
};
/** Three queries: the common and one-character ones are formulaic; the rare one is filled in per corpus. */
const COMMON = '办公室';
const ONE_CHAR = '年';

const log = (line: string) => process.stderr.write(`bench:scale: ${line}\n`);
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (n: number) => `${(n / 1024 ** 2).toFixed(0)} MB`;
const gb = (n: number) => `${(n / 1024 ** 3).toFixed(2)} GB`;

/** Every file under `dir`, relative to it. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile());
}

/** The URL path a built HTML file is served at. */
const urlOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

interface PageSize {
  path: string;
  raw: number;
  gzip: number;
}

/** Pages, bytes, and the largest page (by gzip) of each page type. */
function weighDist(dist: string): {
  pages: number;
  bytes: number;
  files: number;
  largest: Record<string, PageSize & { count: number }>;
  overBudget: number;
} {
  const all = files(dist);
  const largest: Record<string, PageSize & { count: number }> = {};
  let bytes = 0;
  let pages = 0;
  let overBudget = 0;
  for (const f of all) {
    const body = readFileSync(join(dist, f));
    bytes += body.length;
    if (!f.endsWith('.html')) continue;
    pages++;
    const path = urlOf(f);
    const size = { path, raw: body.length, gzip: gzipSync(body).length };
    if (size.gzip > BUDGET.pageGzip) overBudget++;
    const type = pageType(path);
    const seen = largest[type];
    if (seen === undefined) largest[type] = { ...size, count: 1 };
    else {
      seen.count++;
      if (size.gzip > seen.gzip) Object.assign(seen, size);
    }
  }
  return { pages, bytes, files: all.length, largest, overBudget };
}

/** The phrase in fewest samples (at least one) of: six characters of a seed's title, a recombined sample's own number (`第7篇`). */
function rarePhrase(samples: readonly BenchSample[]): string {
  const texts = samples.map(({ sample }) => searchable([...sample.titleLines, sample.text].join('')));
  const candidates = [
    ...seeds.flatMap(({ sample }) =>
      [...searchable(sample.title)].map((_, i, cs) => cs.slice(i, i + 6).join('')).filter((p) => p.length === 6),
    ),
    // A synthetic sample's number, in its title lines (a seed without title lines gives none).
    ...Array.from({ length: Math.min(synthetic, 20) }, (_, k) => `第${Math.ceil(synthetic / 2) + k}篇`),
  ];
  const counted = candidates.map((p) => ({ p, n: texts.filter((t) => t.includes(p)).length })).filter((c) => c.n > 0);
  return counted.sort((a, b) => a.n - b.n || a.p.localeCompare(b.p))[0]!.p;
}

const tmp = mkdtempSync(join(tmpdir(), 'fanwenku-bench-scale-'));
const sources = join(tmp, 'sources');
const content = join(tmp, 'content');
const dist = join(tmp, 'dist');
// Its own cache: the rebuild reuses the full build's pages and search bundles, and nothing lands in node_modules/.astro.
const env = buildEnv({ FANWENKU_CONTENT: content, FANWENKU_CACHE_DIR: join(tmp, 'cache') });
const node = (args: string[]) => runTree(process.execPath, args, { env, cwd: ROOT });
/** A build as `npm run build` does it; `--force` ignores what earlier builds cached (the content layer's store, incremental pages, search bundles). */
const build = async (force: boolean): Promise<{ astro: TreeRun; search: TreeRun; offline: TreeRun }> => ({
  astro: await runTree(join(BIN, 'astro'), ['build', '--outDir', dist, ...(force ? ['--force'] : [])], { env, cwd: ROOT }),
  search: await node(['scripts/search-index.ts', dist, ...(force ? ['--force'] : [])]),
  offline: await node(['scripts/offline.ts', dist]),
});

try {
  mkdirSync(sources);
  // Two more than needed: --rebuild imports them one at a time.
  const recombined = syntheticSamples(seeds, synthetic + REBUILDS);
  const corpus = [...seeds, ...recombined.slice(0, synthetic)];
  for (const f of readdirSync(SEEDS)) writeFileSync(join(sources, f), readFileSync(join(SEEDS, f)));
  log(`writing the seeds and ${synthetic} recombined source files (seed ${CORPUS_SEED})`);
  for (const s of recombined.slice(0, synthetic)) writeFileSync(join(sources, `${s.sample.id}.txt`), sourceText(s));

  log('importing');
  const imported = await node(['scripts/import.ts', '--content', content, sources]);
  const sampleCount = readdirSync(join(content, 'samples')).length;
  log(`imported ${sampleCount} samples in ${secs(imported.ms)}; building`);
  const full = await build(true);
  const buildMs = full.astro.ms + full.search.ms + full.offline.ms;
  log(`built in ${secs(buildMs)}; weighing ${dist}`);
  const weight = weighDist(dist);

  log('stock Pagefind over the same sample pages');
  stockIndex(dist);
  writeStockPage(dist);
  const server = await serveSite(dist);
  const browser = await launchBrowser();
  const longest = seeds.reduce((a, b) => (b.sample.chars > a.sample.chars ? b : a)).sample;
  let check: { firstLoad: number; requests: number; analyze: ReturnType<typeof timings> };
  const queries = [
    { kind: 'rare', phrase: rarePhrase(corpus) },
    { kind: 'common', phrase: COMMON },
    { kind: 'one character', phrase: ONE_CHAR },
  ];
  const search: Array<{ kind: string; phrase: string; ours: Bytes; stock: Bytes }> = [];
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await server.idle();
    server.take();
    await page.goto(`${server.url}/check/`, { waitUntil: 'networkidle' });
    await server.idle();
    const sent = server.take();
    const times = await checkTimes(page, [...longest.titleLines, longest.text].join('\n'), 5);
    check = { firstLoad: sent.reduce((n, s) => n + s.bytes, 0), requests: sent.length, analyze: timings(times) };
    await context.close();
    for (const q of queries) {
      log(`cold query ${q.phrase}`);
      const ours = (await coldQuery(browser, server, ENGINES.ours, q.phrase)).bytes;
      const stock = (await coldQuery(browser, server, ENGINES.stock, q.phrase)).bytes;
      search.push({ ...q, ours, stock });
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const rebuilds: Array<{
    samples: number;
    importMs: number;
    buildMs: number;
    astroMs: number;
    searchMs: number;
    offlineMs: number;
    engineRuns: string;
    bundles: string;
  }> = [];
  for (const [n, added] of (values.rebuild ? recombined.slice(synthetic) : []).entries()) {
    const file = join(tmp, `one-${n + 1}.txt`);
    writeFileSync(file, sourceText(added));
    log(`importing one more sample (${sampleCount + n + 1}) and building again`);
    const one = await node(['scripts/import.ts', '--content', content, file]);
    const again = await build(false);
    rebuilds.push({
      samples: sampleCount + n + 1,
      importMs: one.ms,
      buildMs: again.astro.ms + again.search.ms + again.offline.ms,
      astroMs: again.astro.ms,
      searchMs: again.search.ms,
      offlineMs: again.offline.ms,
      engineRuns: /engine runs: (\d+)/.exec(again.astro.stdout)?.[1] ?? '?',
      // How many search bundles came from the cache: all but one, unless the bundle count changed.
      bundles: /, (\d+) from the cache/.exec(again.search.stdout)?.[1] + ' of ' + /in (\d+) bundle/.exec(again.search.stdout)?.[1],
    });
    // Which pages were rendered and which restored, and what the index step reused.
    if (values.keep) writeFileSync(join(tmp, `rebuild-${n + 1}.log`), again.astro.stdout + again.search.stdout);
  }
  if (values.keep) writeFileSync(join(tmp, 'build.log'), full.astro.stdout + full.search.stdout);

  const seedRun = join(RESULTS, `${seeds.length}.json`);
  const checkBase =
    synthetic === 0
      ? check.firstLoad
      : existsSync(seedRun)
        ? (JSON.parse(readFileSync(seedRun, 'utf8')) as { check: { firstLoad: number } }).check.firstLoad
        : null;
  const result = {
    samples: sampleCount,
    corpus: synthetic === 0 ? 'corpus/seeds' : `corpus/seeds and ${synthetic} recombined with seed ${CORPUS_SEED}`,
    import: { ms: imported.ms, peakBytes: imported.peakBytes },
    build: {
      ms: buildMs,
      astroMs: full.astro.ms,
      searchMs: full.search.ms,
      offlineMs: full.offline.ms,
      astroPeakBytes: full.astro.peakBytes,
      searchPeakBytes: full.search.peakBytes,
      peakBytes: Math.max(full.astro.peakBytes, full.search.peakBytes, full.offline.peakBytes),
    },
    dist: weight,
    check,
    search,
    rebuilds,
  };
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, `${label}.json`), `${JSON.stringify(result, null, 2)}\n`);

  if (values.json) console.log(JSON.stringify(result, null, 2));
  else {
    const ok = (pass: boolean | null) => (pass === null ? '  ?' : pass ? ' ok' : ' !!');
    const lines = [
      `${result.samples} samples (${result.corpus}); budgets are for 10,000 samples`,
      `import            ${secs(imported.ms).padStart(9)}   peak ${mb(imported.peakBytes)}`,
      `full build        ${secs(buildMs).padStart(9)}   peak ${gb(result.build.peakBytes)} (astro build ${secs(full.astro.ms)} peak ${gb(full.astro.peakBytes)}, search index ${secs(full.search.ms)} peak ${gb(full.search.peakBytes)}, offline files ${secs(full.offline.ms)})` +
        `   budget ≤ 20 min, ≤ 4 GB${ok(buildMs <= BUDGET.buildMs && result.build.peakBytes <= BUDGET.peakBytes)}`,
      ...(rebuilds.length === 0
        ? ['rebuild           (--rebuild to measure)']
        : rebuilds.map(
            (r) =>
              `rebuild (${r.samples})`.padEnd(18) +
              `${secs(r.buildMs).padStart(9)}   ${((100 * r.buildMs) / buildMs).toFixed(0)}% of the full build (astro build ${secs(r.astroMs)}, search index ${secs(r.searchMs)}, offline files ${secs(r.offlineMs)}; import ${secs(r.importMs)}; engine runs: ${r.engineRuns}; search bundles from the cache: ${r.bundles})   budget ≤ 20%${ok(r.buildMs <= BUDGET.rebuildShare * buildMs)}`,
          )),
      `dist              ${weight.pages} pages, ${weight.files} files, ${mb(weight.bytes)}`,
      `pages over 60 KB gzip: ${weight.overBudget}${ok(weight.overBudget === 0)}`,
      '',
      'page type (largest page)          pages      raw B     gzip B  page',
      ...Object.entries(weight.largest)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(
          ([type, p]) =>
            `${type.padEnd(30)} ${String(p.count).padStart(8)} ${p.raw.toLocaleString('en').padStart(10)} ${p.gzip.toLocaleString('en').padStart(10)}  ${p.path}${ok(p.gzip <= BUDGET.pageGzip)}`,
        ),
      '',
      `/check/ first load ${kb(check.firstLoad)} over the wire in ${check.requests} requests` +
        (checkBase === null
          ? "   budget: the seeds' first load + 50 KB (run without --samples first)  ?"
          : `   budget ≤ ${kb(checkBase + BUDGET.checkExtra)}${ok(check.firstLoad <= checkBase + BUDGET.checkExtra)}`),
      `/check/ analysis of the longest seed (${longest.id}, ${longest.chars} chars): median ${check.analyze.median.toFixed(1)} ms of ${check.analyze.runs} (first ${check.analyze.first.toFixed(1)} ms)   budget ≤ 50 ms${ok(check.analyze.median <= BUDGET.analyzeMs)}`,
      '',
      'cold first query          phrase        ours: search B  total B   stock: search B  total B',
      ...search.map(
        (s) =>
          `${s.kind.padEnd(25)} ${s.phrase.padEnd(10)} ${s.ours.search.toLocaleString('en').padStart(16)} ${s.ours.total.toLocaleString('en').padStart(8)} ${s.stock.search.toLocaleString('en').padStart(17)} ${s.stock.total.toLocaleString('en').padStart(8)}${ok(s.ours.search <= s.stock.search)}`,
      ),
      '',
      `(ok: within budget; !!: over; search compares the bytes of the search itself, Pagefind files and scripts; kept in ${relative(ROOT, join(RESULTS, `${label}.json`))})`,
    ];
    console.log(lines.join('\n'));
  }
} finally {
  if (values.keep) log(`kept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}
