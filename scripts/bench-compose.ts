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
import { gzipSync } from 'node:zlib';
import { composeDraft } from '../src/lib/compose/compose.ts';
import { EMPTY_DRAFT, addSection, draftSection, serializeDraft, setValue } from '../src/lib/compose/deskDraft.ts';
import { byId } from '../src/lib/content/order.ts';
import { copyDoc } from '../src/lib/view/copyDoc.ts';
import { partLabels } from '../src/lib/view/labels.ts';
import { readEntries } from '../src/build/collection.ts';
import { launchBrowser } from '../tests/site/browser.ts';
import { serveSite } from './bench/server.ts';
import { buildSite } from './bench/site.ts';

const { values } = parseArgs({
  options: { site: { type: 'string', default: 'dist' }, runs: { type: 'string', default: '9' }, json: { type: 'boolean', default: false } },
});
const site = resolve(values.site);
const runs = Number(values.runs);
const SECTIONS = 20;

if (!existsSync(join(site, 'compose/index.html'))) buildSite(site);
const sizeOf = (bytes: Buffer | string) => ({ raw: Buffer.byteLength(bytes), gzip: gzipSync(bytes).length });
const fileSize = (path: string) => ({ path, ...sizeOf(readFileSync(join(site, path))) });
const total = (files: { raw: number; gzip: number }[]) => ({
  raw: files.reduce((n, s) => n + s.raw, 0),
  gzip: files.reduce((n, s) => n + s.gzip, 0),
});

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
  const page = await browser.newPage();
  await page.goto(`${server.url}/compose/`, { waitUntil: 'networkidle' });
  const firstLoad = server
    .take()
    .filter((s) => s.path.endsWith('.js'))
    .map((s) => fileSize(s.path));

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
  const writer = server
    .take()
    .filter((s) => s.path.endsWith('.js'))
    .map((s) => fileSize(s.path));

  const warm = times.slice(1).sort((a, b) => a - b);
  const result = {
    firstLoad,
    firstLoadTotal: total(firstLoad),
    docxWriter: writer,
    withDocx: total([...firstLoad, ...writer]),
    draft: {
      sections: draft.sections.length,
      paragraphs: composed.paragraphs.length,
      slots: composed.slots.reduce((n, t) => n + t.count, 0),
      stored: sizeOf(stored),
    },
    docxBytes,
    renderMs: { first: times[0]!, median: warm[warm.length >> 1]!, min: warm[0]!, max: warm.at(-1)!, runs },
  };
  if (values.json) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    const line = (s: { path: string; raw: number; gzip: number }) => `  ${s.path}  ${kb(s.raw)}, ${kb(s.gzip)} gzip`;
    console.log(
      [
        'first load of /compose/',
        ...firstLoad.map(line),
        `  total  ${kb(result.firstLoadTotal.raw)}, ${kb(result.firstLoadTotal.gzip)} gzip`,
      ].join('\n'),
    );
    console.log(
      [
        '.docx writer (on the first export)',
        ...writer.map(line),
        `  with it  ${kb(result.withDocx.raw)}, ${kb(result.withDocx.gzip)} gzip`,
      ].join('\n'),
    );
    const d = result.draft;
    console.log(
      `draft: ${d.sections} sections, ${d.paragraphs} paragraphs, ${d.slots} slots; stored ${kb(d.stored.raw)}; its .docx ${kb(docxBytes)}`,
    );
    const ms = (n: number) => `${n.toFixed(1)} ms`;
    console.log(
      `re-render of fields and preview on a keystroke: median ${ms(result.renderMs.median)} (min ${ms(result.renderMs.min)}, max ${ms(result.renderMs.max)}, ${runs} runs); first run ${ms(result.renderMs.first)}`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
