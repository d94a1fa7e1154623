import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildSiteLogged } from '../../scripts/bench/site.ts';
import { byId } from '../../src/lib/content/order.ts';
import { committedEntries } from '../committed.ts';

// Two builds of one commit are byte-identical: dist (built by `npm run build` for this run) and a
// second build of the same deployment into a temp folder. Dates come from the last commit or
// SOURCE_DATE_EPOCH (the .docx files), names from content hashes (Astro's assets, Pagefind's index).
// A rebuild after one sample changed analyses and renders only that sample's pages, takes every
// other sample's entry from Astro's content store, its pages from Astro's incremental cache and
// every search bundle but that sample's from the bundle cache, and writes what a full build writes.

const tmp = mkdtempSync(join(tmpdir(), 'fanwenku-again-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Every file below `dir`, relative to it with `/`. */
const filesOf = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split(sep).join('/'))
    .sort();

/** The files of `b` whose bytes differ from `a`'s, once both list the same files. */
function differing(a: string, b: string): string[] {
  const files = filesOf(a);
  expect(filesOf(b)).toEqual(files);
  return files.filter((f) => !readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
}

const deployment = () => ({ FANWENKU_BASE: inject('base'), FANWENKU_SITE: inject('site') ?? '' });

/** Pages a build log lists as rendered or as taken from the cache, among the routes that carry a cache key. */
function rendered(log: string): { rendered: string[]; reused: string[] } {
  const lines = [...log.matchAll(/├─ (\/(?:samples|sources|docx)\/\S+)(.*)$/gm)];
  return {
    rendered: lines.filter(([, , rest]) => !/\((restored|cached)\)/.test(rest!)).map(([, path]) => path!),
    reused: lines.filter(([, , rest]) => /\((restored|cached)\)/.test(rest!)).map(([, path]) => path!),
  };
}

describe('a second build of the same commit', () => {
  it('writes the same files, byte for byte, rendering every page again', () => {
    const again = join(tmp, 'again');
    buildSiteLogged(again, { ...deployment(), FANWENKU_CACHE_DIR: join(tmp, 'cache-again') }, true);
    expect(differing(inject('distDir'), again)).toEqual([]);
  }, 240_000);
});

describe('a rebuild after one sample changed', () => {
  it('renders that sample’s pages only, and writes what a full build writes', () => {
    const samples = byId(committedEntries());
    const changed = samples[1]!;
    const content = join(tmp, 'content');
    cpSync('src/content', content, { recursive: true, filter: (src) => !src.includes('.import') });
    // A Word source beside the text ones: its original is offered for download as received.
    const docx = 'tests/fixtures/formats/word-traps.docx';
    const imported = spawnSync(join('node_modules', '.bin', 'node'), ['scripts/import.ts', '--content', content, docx], {
      encoding: 'utf8',
    });
    expect(imported.stderr).toBe('');
    const cache = join(tmp, 'cache');
    // Small search bundles, so there are several to reuse.
    const perBundle = 5;
    const env = { ...deployment(), FANWENKU_CONTENT: content, FANWENKU_CACHE_DIR: cache, FANWENKU_SEARCH_BUNDLE: String(perBundle) };
    const total = samples.length + 1;
    const indexLine = (log: string) => log.split('\n').find((l) => l.startsWith('search index:')) ?? '';
    const engineRuns = (log: string) => Number(/search records: \d+ samples, engine runs: (\d+)/.exec(log)?.[1]);
    const first = buildSiteLogged(join(tmp, 'first'), env);
    expect(readFileSync(join(tmp, 'first', 'originals', 'word-traps-docx.docx')).equals(readFileSync(docx))).toBe(true);
    const sourcePage = readFileSync(join(tmp, 'first', 'sources', 'word-traps-docx', 'index.html'), 'utf8');
    expect(sourcePage).toContain('Word 文档（.docx）');
    expect(sourcePage).toMatch(/自动编号写出 \d+ 处/);
    expect(sourcePage).toMatch(
      new RegExp(`href="${inject('base')}originals/word-traps-docx\\.docx" download="word-traps\\.docx" data-original`),
    );
    expect(readFileSync(join(tmp, 'first', 'samples', 'word-traps-docx', 'index.html'), 'utf8')).toContain(
      `href="${inject('base')}originals/word-traps-docx.docx"`,
    );
    // Every page of every sample is listed, and rendered: the log is read as it is printed.
    expect(rendered(first.log)).toEqual({ rendered: expect.arrayContaining([`/samples/${changed.id}/index.html`]), reused: [] });
    expect(rendered(first.log).rendered.length).toBeGreaterThan(samples.length * 2);
    const bundles = Number(/ in (\d+) bundle/.exec(indexLine(first.log))?.[1]);
    expect(bundles).toBeGreaterThan(2);
    expect(indexLine(first.log)).toMatch(`search index: ${total} samples in ${bundles} bundle(s), 0 from the cache,`);
    expect(engineRuns(first.log)).toBe(total);

    // One character of the body outside every heading (so its headings, length and title, which
    // other samples' pages show, stay as they were), as an editor or a new import would change it.
    const { text, structure } = changed;
    const inHeading = (at: number) => structure.outline.some((h) => at >= h.start && at <= h.textEnd);
    const at = [...text.matchAll(/的/g)].map((m) => m.index).findLast((i) => i > 8 && !inHeading(i))!;
    const context = text.slice(at - 8, at + 1);
    const file = join(content, 'samples', `${changed.id}.txt`);
    const raw = readFileSync(file, 'utf8');
    expect(raw.split(context)).toHaveLength(2);
    writeFileSync(file, raw.replace(context, `${context.slice(0, -1)}之`));

    const second = buildSiteLogged(join(tmp, 'second'), env);
    const pages = rendered(second.log);
    expect(pages.rendered.sort()).toEqual([
      `/docx/${changed.id}-template.docx`,
      `/docx/${changed.id}.docx`,
      `/samples/${changed.id}/index.html`,
    ]);
    expect(pages.reused.length).toBeGreaterThan(samples.length * 2);
    // Only the changed sample is analysed again, and only its bundle indexed again.
    expect(engineRuns(second.log)).toBe(1);
    expect(indexLine(second.log)).toMatch(`search index: ${total} samples in ${bundles} bundle(s), ${bundles - 1} from the cache,`);

    const full = join(tmp, 'full');
    buildSiteLogged(full, { ...env, FANWENKU_CACHE_DIR: join(tmp, 'cache-full') }, true);
    expect(differing(full, join(tmp, 'second'))).toEqual([]);
  }, 600_000);
});
