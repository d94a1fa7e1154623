/**
 * 写作台's cost in the browser: the bytes of the scripts /compose/ loads (raw and gzip: on first
 * load, and the .docx writer's chunk it loads on the first export), and the time to re-render the
 * slot fields and the preview of a 20-section draft as the reader types a value, in headless
 * Chromium (the page's `compose:render` User Timing measure; median of several runs after a
 * first, cold one).
 *
 *   npm run bench:compose [-- --site DIR] [--runs N] [--json]
 *
 * Uses the built site in `dist` (or DIR), building it first when it has no /compose/ page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { composeDraft } from '../src/lib/compose/compose.ts';
import { EMPTY_DRAFT, addSection, draftSection, serializeDraft, setValue } from '../src/lib/compose/deskDraft.ts';
import { byId } from '../src/lib/content/order.ts';
import { copyDoc } from '../src/lib/view/copyDoc.ts';
import { partLabels } from '../src/lib/view/labels.ts';
import { readEntries } from '../src/build/collection.ts';
import { launchBrowser } from '../tests/site/browser.ts';
import { kb, ms, servedScripts, sizeLine, sizeOf, timings, totalSize } from './bench/scriptCost.ts';
import { serveSite } from './bench/server.ts';
import { buildSite } from './bench/site.ts';

const { values } = parseArgs({
  options: { site: { type: 'string', default: 'dist' }, runs: { type: 'string', default: '9' }, json: { type: 'boolean', default: false } },
});
const site = resolve(values.site);
const runs = Number(values.runs);
const SECTIONS = 20;

if (!existsSync(join(site, 'compose/index.html'))) buildSite(site);

// The first 20 parts of the committed samples in id order, as the add buttons add them: every
// role, several samples, dashes and unnumbered headings among them; 单位 filled.
const parts = byId(readEntries()).flatMap((s) => {
  const doc = copyDoc(s);
  const labels = partLabels(s.structure.parts);
  return s.structure.parts.map((p, k) =>
    draftSection(doc, { from: p.start, to: p.end }, { sample: s.id, title: s.title, section: p.id, label: labels[k]!, role: p.role }),
  );
});
const draft = setValue(
  parts.slice(0, SECTIONS).reduce((d, s) => addSection(d, s).draft, EMPTY_DRAFT),
  '单位',
  '某县人民政府办公室',
);
const stored = serializeDraft(draft);
const composed = composeDraft(draft);

const server = await serveSite(site);
const browser = await launchBrowser();
try {
  // The offline worker's install fetches the site's shell after load: its cost is in docs/deploy.md, not the page's.
  const page = await browser.newPage({ serviceWorkers: 'block' });
  await page.goto(`${server.url}/compose/`, { waitUntil: 'networkidle' });
  const firstLoad = servedScripts(server, site);

  await page.evaluate((value) => localStorage.setItem('fanwenku:compose-draft', value), stored);
  await page.reload({ waitUntil: 'networkidle' });
  server.take();
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    times.push(
      await page.evaluate(
        (year) => {
          const input = document.querySelector<HTMLInputElement>('#compose-slots input[data-slot="年份"]')!;
          performance.clearMeasures('compose:render');
          input.value = year;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          return performance.getEntriesByName('compose:render')[0]!.duration;
        },
        String(2000 + i),
      ),
    );
  }

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('button[data-compose-export="docx"]')]);
  const docxBytes = readFileSync((await download.path())!).length;
  await server.idle();
  const writer = servedScripts(server, site);

  const result = {
    firstLoad,
    firstLoadTotal: totalSize(firstLoad),
    docxWriter: writer,
    withDocx: totalSize([...firstLoad, ...writer]),
    draft: {
      sections: draft.sections.length,
      paragraphs: composed.paragraphs.length,
      slots: composed.slots.reduce((n, t) => n + t.count, 0),
      stored: sizeOf(stored),
    },
    docxBytes,
    renderMs: timings(times),
  };
  if (values.json) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    console.log(
      [
        'first load of /compose/',
        ...firstLoad.map(sizeLine),
        `  total  ${kb(result.firstLoadTotal.raw)}, ${kb(result.firstLoadTotal.gzip)} gzip`,
      ].join('\n'),
    );
    console.log(
      [
        '.docx writer (on the first export)',
        ...writer.map(sizeLine),
        `  with it  ${kb(result.withDocx.raw)}, ${kb(result.withDocx.gzip)} gzip`,
      ].join('\n'),
    );
    const d = result.draft;
    console.log(
      `draft: ${d.sections} sections, ${d.paragraphs} paragraphs, ${d.slots} slots; stored ${kb(d.stored.raw)}; its .docx ${kb(docxBytes)}`,
    );
    console.log(
      `re-render of fields and preview on a keystroke: median ${ms(result.renderMs.median)} (min ${ms(result.renderMs.min)}, max ${ms(result.renderMs.max)}, ${runs} runs); first run ${ms(result.renderMs.first)}`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
