/**
 * `npm run bench:search`: exact phrase search, ours against stock Pagefind, on the same pages.
 *
 * Builds the site into a temp folder (pages and our index, as `npm run build` does) and a
 * stock Pagefind index of the same sample pages, draws a query set from the corpus (formulaic
 * phrases that occur in it, random substrings of 1–12 characters with a fixed seed, phrases
 * that occur nowhere), takes the truth as exact substring search over each sample's searchable
 * text, and runs every query in headless Chromium through the real `/search/?q=` page and
 * through stock `pagefind.search(q)`, plain and quoted. Prints recall, precision, queries with
 * full recall, time to results, bytes of a cold first query and a warm one, and index size.
 *
 *   --samples N    a synthetic corpus of N samples recombined from the seeds' paragraphs
 *   --site DIR     use an already built site (with our index in DIR/pagefind) instead of building
 *   --engines a,b  only these of ours, stock, stock-quoted
 *   --phrase P     also run phrase P (repeatable), as the set `given`
 *   --json         print the figures as JSON
 *   --keep         keep the temp folder
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchBrowser } from '../tests/site/browser.ts';
import { realSamples, syntheticSamples, CORPUS_SEED, type BenchSample } from './bench/corpus.ts';
import { ENGINES, runEngine, type Bytes, type EngineName, type EngineRun } from './bench/measure.ts';
import { QUERY_SEED, QUERY_SETS, RANDOM_MAX_LENGTH, querySet, type QuerySet } from './bench/queries.ts';
import { diff, score, type Score } from './bench/score.ts';
import { serveSite } from './bench/server.ts';
import {
  bundleLanguages,
  bundleSize,
  buildSite,
  OUR_BUNDLE,
  STOCK_BATCH,
  STOCK_BUNDLE,
  stockIndex,
  stockUrls,
  syntheticSite,
  writeStockPage,
  type BundleSize,
} from './bench/site.ts';

const wallStarted = performance.now();
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const asJson = args.includes('--json');
const keep = args.includes('--keep');
const samplesArg = option('--samples');
const synthetic = samplesArg === undefined ? null : Number(samplesArg);
if (synthetic !== null && !(Number.isInteger(synthetic) && synthetic > 0))
  throw new Error(`--samples expects a positive integer, not ${samplesArg}`);
const siteArg = option('--site');
const given = args.flatMap((a, i) => (a === '--phrase' && args[i + 1] !== undefined ? [args[i + 1]!] : []));
const engineNames = (option('--engines') ?? 'ours,stock,stock-quoted').split(',') as EngineName[];
for (const e of engineNames) if (!(e in ENGINES)) throw new Error(`unknown engine ${e} (ours, stock, stock-quoted)`);

const log = (line: string) => process.stderr.write(`bench:search: ${line}\n`);
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const tmp = mkdtempSync(join(tmpdir(), 'fanwenku-bench-search-'));
const site = join(tmp, 'site');
const build: Record<string, number> = {};
try {
  // The built site with the real search page: built here, or copied from --site.
  const built = synthetic === null ? site : join(tmp, 'built');
  if (siteArg !== undefined) {
    log(`copying ${siteArg}`);
    cpSync(resolve(siteArg), built, { recursive: true, filter: (src) => !src.includes(`/${STOCK_BUNDLE}`) });
  } else {
    log(`building the site into ${built}`);
    // Our index of the real samples is written by the build itself, so its time is in `astro`.
    build.astro = buildSite(built);
  }
  if (!existsSync(join(built, 'search/index.html'))) throw new Error(`${built}/search/index.html is missing: no search page in this build`);
  const languages = Object.keys(bundleLanguages(join(built, OUR_BUNDLE)));
  if (engineNames.includes('ours') && !languages.includes('zxx'))
    throw new Error(`${built}/${OUR_BUNDLE} is not our index (languages ${languages.join(', ')}); build it with npm run build`);

  const seeds = realSamples();
  let samples: BenchSample[] = seeds;
  if (synthetic !== null) {
    log(`synthesizing ${synthetic} samples (seed ${CORPUS_SEED})`);
    const started = performance.now();
    samples = syntheticSamples(seeds, synthetic);
    build.synthesize = performance.now() - started;
    const t = await syntheticSite(built, site, samples);
    build.pages = t.pagesMs;
    build.ourIndex = t.indexMs;
  }
  log('stock Pagefind index');
  build.stockIndex = stockIndex(site);
  writeStockPage(site);
  const records = samples.map((s) => s.record);
  const stockPages = bundleLanguages(join(site, STOCK_BUNDLE));
  const ourPages = bundleLanguages(join(site, OUR_BUNDLE));

  const { queries, dropped } = querySet(records, given);
  const urls = stockUrls(join(site, STOCK_BUNDLE));
  log(`${queries.length} queries; serving ${site}`);
  const server = await serveSite(site);
  const browser = await launchBrowser();
  const runs: EngineRun[] = [];
  try {
    for (const name of engineNames) {
      const started = performance.now();
      log(`${name}…`);
      runs.push(await runEngine(browser, server, ENGINES[name], queries, urls, log));
      log(`${name}: ${secs(performance.now() - started)}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const bySet = (run: EngineRun): Record<QuerySet | 'all', Score> =>
    Object.fromEntries([
      ...QUERY_SETS.map((s) => [s, score(run.runs.filter((r) => r.query.set === s))]),
      ['all', score(run.runs)],
    ]) as Record<QuerySet | 'all', Score>;
  const index: Record<string, BundleSize> = { ours: bundleSize(join(site, OUR_BUNDLE)), stock: bundleSize(join(site, STOCK_BUNDLE)) };
  const setCounts = Object.fromEntries(QUERY_SETS.map((s) => [s, queries.filter((q) => q.set === s).length]));
  const wallMs = performance.now() - wallStarted;

  const result = {
    corpus: synthetic === null ? 'collection' : 'synthetic',
    samples: records.length,
    seeds: { queries: QUERY_SEED, corpus: synthetic === null ? null : CORPUS_SEED },
    queries: setCounts,
    formulaicKept: queries.filter((q) => q.set === 'formulaic').map((q) => q.phrase),
    dropped,
    site: { path: site, kept: keep, ourIndexPages: ourPages, stockIndexPages: stockPages },
    buildMs: build,
    wallMs,
    engines: Object.fromEntries(
      runs.map((run) => [
        run.engine,
        {
          sets: bySet(run),
          cold: run.cold,
          warm: run.warm,
          index: index[run.engine === 'ours' ? 'ours' : 'stock'],
          pageErrors: run.pageErrors,
          perQuery: run.runs.map((r) => ({
            set: r.query.set,
            phrase: r.query.phrase,
            truth: r.query.truth.length,
            returned: r.returned.length,
            ...diff(r),
            loadMs: r.loadMs,
            queryMs: r.queryMs,
            bytes: r.bytes.total,
            searchBytes: r.bytes.search,
            moreClicks: r.moreClicks,
            benchMs: r.benchMs,
            problems: r.problems,
          })),
        },
      ]),
    ),
  };

  if (asJson) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    const n = (x: number) => Math.round(x).toLocaleString('en-US');
    const f3 = (x: number) => x.toFixed(3);
    const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(0)} ms` : '—');
    console.log(
      `${records.length} samples (${synthetic === null ? 'the collection' : `synthetic, recombined from ${seeds.length} seeds with seed ${CORPUS_SEED}`}); ` +
        `${queries.length} queries: ${setCounts.formulaic} formulaic, ${setCounts.random} random substrings of 1–${RANDOM_MAX_LENGTH} characters (seed ${QUERY_SEED}), ${setCounts.nowhere} that occur nowhere` +
        (given.length > 0 ? `, ${given.length} given (${given.join(' ')})` : ''),
    );
    console.log(`formulaic      ${result.formulaicKept.join(' ')}`);
    for (const s of ['formulaic', 'nowhere'] as const) {
      const d = dropped.filter((x) => x.set === s);
      if (d.length > 0)
        console.log(
          `left out       ${d.map((x) => `${x.phrase}${s === 'formulaic' ? '' : ` (in ${x.samples})`}`).join(' ')}  (${s === 'formulaic' ? 'occur nowhere' : 'occur somewhere'})`,
        );
    }
    console.log(`site           ${site}${keep ? '' : ' (removed; --keep keeps it)'}`);
    console.log(
      `build          ${Object.entries(build)
        .map(([k, v]) => `${k} ${secs(v)}`)
        .join(
          ', ',
        )}; indexed pages: ours ${Object.values(ourPages).reduce((a, l) => a + l.page_count, 0)}, stock ${Object.values(stockPages).reduce((a, l) => a + l.page_count, 0)} (${Object.keys(stockPages).join(', ')})`,
    );
    console.log('');
    console.log('engine        set         queries  recall  precision  full-recall  exact    load med  load p95  query med  query p95');
    for (const run of runs) {
      const sets = bySet(run);
      for (const s of [...QUERY_SETS, 'all'] as const) {
        const x = sets[s];
        if (x.queries === 0) continue;
        console.log(
          [
            run.engine.padEnd(13),
            s.padEnd(11),
            String(x.queries).padStart(7),
            f3(x.recall).padStart(7),
            f3(x.precision).padStart(10),
            `${x.fullRecall}/${x.queries}`.padStart(12),
            `${x.exact}/${x.queries}`.padStart(6),
            ms(x.loadMedianMs).padStart(10),
            ms(x.loadP95Ms).padStart(9),
            ms(x.queryMedianMs).padStart(10),
            ms(x.queryP95Ms).padStart(10),
          ].join(' '),
        );
      }
    }
    console.log('');
    console.log(
      'engine        cold: query   bundle B  search B   total B      ms   warm: query   bundle B  search B   total B      ms    index B',
    );
    for (const run of runs) {
      const phrase = (p: string) => p.padEnd(12 - [...p].filter((c) => c.charCodeAt(0) > 0x2000).length);
      console.log(
        [
          run.engine.padEnd(13),
          phrase(run.cold.phrase),
          n(run.cold.bytes.bundle).padStart(9),
          n(run.cold.bytes.search).padStart(9),
          n(run.cold.bytes.total).padStart(9),
          ms(run.cold.ms).padStart(7),
          ' ',
          phrase(run.warm.phrase),
          n(run.warm.bytes.bundle).padStart(9),
          n(run.warm.bytes.search).padStart(9),
          n(run.warm.bytes.total).padStart(9),
          ms(run.warm.ms).padStart(7),
          n(index[run.engine === 'ours' ? 'ours' : 'stock']!.total).padStart(10),
        ].join(' '),
      );
    }
    const parts = (b: Bytes) =>
      [
        ...Object.entries(b.parts).map(([k, v]) => `${k} ${n(v)}`),
        `page js ${n(b.js)}`,
        `html ${n(b.html)}`,
        `css ${n(b.css)}`,
        `other ${n(b.other)}`,
        `${b.requests} requests`,
      ].join(', ');
    console.log('');
    for (const run of runs) console.log(`cold ${run.engine.padEnd(13)} ${parts(run.cold.bytes)}`);
    for (const run of runs) console.log(`warm ${run.engine.padEnd(13)} ${parts(run.warm.bytes)}`);
    for (const [name, size] of Object.entries(index))
      console.log(
        `index ${name.padEnd(12)} ${Object.entries(size.parts)
          .map(([k, v]) => `${k} ${v.files > 1 ? `${v.files}× ` : ''}${n(v.bytes)}`)
          .join(', ')}`,
      );
    console.log('');
    for (const line of [
      'recall, precision  over (query, sample) pairs; precision is 1 when nothing is returned and nothing is true, 0 when a phrase that occurs nowhere returns pages',
      'full-recall, exact queries that returned every sample containing them; that returned exactly those',
      'load               navigation to results shown, warm HTTP cache (ours: #search-results aria-busy true→false with [data-count] set;',
      `                   stock: pagefind.search(q) and data() of the first ${STOCK_BATCH} results, as ours shows ${STOCK_BATCH})`,
      'query              a new query in the already loaded page (ours: the search box submitted; stock: pagefind.search again)',
      'cold, warm         the first query in a fresh browser context (empty cache); the next, different query in that context',
      'bundle, search, total B  bytes sent of the Pagefind bundle; bundle + page scripts; everything the page loaded. As a static host',
      '                   sends them: gzip for HTML/CSS/JS/JSON (Pagefind data files are gzip already), Cache-Control max-age=600 + ETag',
      "index B            the bundle on disk without Pagefind's UI files (pagefind-ui.*, pagefind-component-ui.*, pagefind-modular-ui.*, pagefind-highlight.js)",
    ])
      console.log(line);

    /** An id list, shortened past IDS_SHOWN ids (--json has them all). */
    const IDS_SHOWN = 15;
    const ids = (list: readonly string[]) =>
      `${list.length} [${list.slice(0, IDS_SHOWN).join(' ')}${list.length > IDS_SHOWN ? ` … +${list.length - IDS_SHOWN}` : ''}]`;
    for (const run of runs) {
      const wrong = run.runs.filter((r) => {
        const d = diff(r);
        return d.missing.length > 0 || d.extra.length > 0;
      });
      const troubled = run.runs.filter((r) => r.problems.length > 0);
      if (run.engine === 'ours') {
        console.log('');
        console.log(
          wrong.length === 0 ? 'ours: every query returned exactly the samples that contain it' : `ours: ${wrong.length} queries not exact`,
        );
        for (const r of wrong) {
          const d = diff(r);
          console.log(
            `  [${r.query.set}] ${JSON.stringify(r.query.phrase)}  truth ${ids(r.query.truth)}  returned ${ids(r.returned)}  missing ${ids(d.missing)}  extra ${ids(d.extra)}`,
          );
        }
        for (const r of troubled)
          for (const p of r.problems)
            console.log(`  problem: ${JSON.stringify(r.query.phrase)}: ${p.length > 300 ? `${p.slice(0, 300)}…` : p}`);
      } else {
        console.log(
          `${run.engine}: ${wrong.length} queries not exact, ${run.runs.filter((r) => diff(r).missing.length > 0).length} missing samples, ${run.runs.filter((r) => diff(r).extra.length > 0).length} returning samples without the phrase (--json lists them)`,
        );
        if (troubled.length > 0)
          console.log(
            `  ${troubled.length} queries with problems (--json lists them), e.g. ${JSON.stringify(troubled[0]!.query.phrase)}: ${troubled[0]!.problems[0]!.slice(0, 200)}…`,
          );
      }
      const errors = [...new Set(run.pageErrors)];
      if (errors.length > 0)
        console.log(
          `  ${run.engine} page errors/warnings: ${errors.slice(0, 10).join(' | ')}${errors.length > 10 ? ` (+${errors.length - 10})` : ''}`,
        );
    }
    console.log('');
    console.log(`wall time      ${secs(wallMs)}`);
  }
} finally {
  if (!keep) rmSync(tmp, { recursive: true, force: true });
}
