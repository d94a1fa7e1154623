/**
 * The draft checker's cost in the browser: the bytes of its scripts (raw and gzip: what the
 * page loads, and the .docx reader it loads when a .docx is opened), of the shard list in the
 * page and of the shards of sample features its worker fetches, and the time the engine takes to check the longest committed sample in headless
 * Chromium (the page's `check:analyze` User Timing measure; median of several runs after a
 * first, cold one).
 *
 *   npm run bench:check [-- --site DIR] [--runs N] [--json]
 *
 * Uses the built site in `dist` (or DIR), building it first when it has no /check/ page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Document, Packer, Paragraph } from 'docx';
import { launchBrowser } from '../tests/site/browser.ts';
import { checkTimes } from './bench/checkRun.ts';
import { kb, ms, servedScripts, sizeLine, sizeOf, timings, totalSize } from './bench/scriptCost.ts';
import { serveSite } from './bench/server.ts';
import { buildSite } from './bench/site.ts';
import { readCollection } from '../src/build/collection.ts';

const { values } = parseArgs({
  options: { site: { type: 'string', default: 'dist' }, runs: { type: 'string', default: '9' }, json: { type: 'boolean', default: false } },
});
const site = resolve(values.site);
const runs = Number(values.runs);

if (!existsSync(join(site, 'check/index.html'))) buildSite(site);
const html = readFileSync(join(site, 'check/index.html'), 'utf8');
const shardList = /<script type="application\/json" id="check-shards">([\s\S]*?)<\/script>/.exec(html)![1]!;
const shardDir = join(site, 'check/features');
const shards = readdirSync(shardDir).map((name) => ({ path: `/check/features/${name}`, ...sizeOf(readFileSync(join(shardDir, name))) }));

const longest = readCollection().samples.sort((a, b) => b.chars - a.chars)[0]!;
const draft = [...longest.titleLines, longest.text].join('\n');

const server = await serveSite(site);
const browser = await launchBrowser();
try {
  // The offline worker's install fetches the site's shell after load: its cost is in docs/deploy.md, not the page's.
  const page = await browser.newPage({ serviceWorkers: 'block' });
  await page.goto(`${server.url}/check/`, { waitUntil: 'networkidle' });
  const scripts = servedScripts(server, site);

  const times = await checkTimes(page, draft, runs);

  const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('工作总结'), new Paragraph('一、办文')] }] }));
  await page.setInputFiles('#draft-file', { name: 'bench.docx', mimeType: 'application/octet-stream', buffer: docx });
  // It replaces the draft just checked: the page asks first.
  await page.click('#check-confirm button[data-confirm]');
  await page.waitForFunction(() => document.querySelector('#check-status')?.textContent === '已打开 bench.docx');
  await server.idle();
  const reader = servedScripts(server, site);

  const result = {
    scripts,
    scriptsTotal: totalSize(scripts),
    docxReader: reader,
    shardList: sizeOf(shardList),
    shards,
    shardsTotal: totalSize(shards),
    longest: { id: longest.id, chars: longest.chars },
    analyzeMs: timings(times),
  };
  if (values.json) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    console.log(
      ['page scripts', ...scripts.map(sizeLine), `  total  ${kb(result.scriptsTotal.raw)}, ${kb(result.scriptsTotal.gzip)} gzip`].join(
        '\n',
      ),
    );
    console.log(['.docx reader (on first use)', ...reader.map(sizeLine)].join('\n'));
    console.log(`shard list (JSON in the page)  ${kb(result.shardList.raw)}, ${kb(result.shardList.gzip)} gzip`);
    console.log(
      [
        'sample features (shards the worker fetches on demand)',
        ...shards.map(sizeLine),
        `  total  ${kb(result.shardsTotal.raw)}, ${kb(result.shardsTotal.gzip)} gzip`,
      ].join('\n'),
    );
    console.log(
      `check of the longest sample (${longest.id}, ${longest.chars} chars): median ${ms(result.analyzeMs.median)} (min ${ms(result.analyzeMs.min)}, max ${ms(result.analyzeMs.max)}, ${runs} runs); first run ${ms(result.analyzeMs.first)}`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
