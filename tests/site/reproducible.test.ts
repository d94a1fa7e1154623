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
// A rebuild after one sample changed renders only the pages of that sample and of its neighbours,
// takes every other sample's pages from Astro's incremental cache, and writes what a full build writes.

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
  it('renders that sample’s pages and its neighbours’ only, and writes what a full build writes', () => {
    const samples = byId(committedEntries());
    const [prev, changed, next] = samples as [(typeof samples)[0], (typeof samples)[0], (typeof samples)[0]];
    const content = join(tmp, 'content');
    cpSync('src/content', content, { recursive: true, filter: (src) => !src.includes('.import') });
    const cache = join(tmp, 'cache');
    const env = { ...deployment(), FANWENKU_CONTENT: content, FANWENKU_CACHE_DIR: cache };
    const first = buildSiteLogged(join(tmp, 'first'), env);
    expect(rendered(first.log).reused).toEqual([]);

    // One character of the body, as an editor or a new import of the same source would change it.
    const file = join(content, 'samples', `${changed.id}.txt`);
    const raw = readFileSync(file, 'utf8');
    const body = raw.indexOf('\n---\n') + 5;
    const at = raw.indexOf('办', body);
    writeFileSync(file, `${raw.slice(0, at)}部${raw.slice(at + 1)}`);

    const second = buildSiteLogged(join(tmp, 'second'), env);
    const pages = rendered(second.log);
    expect(pages.rendered.sort()).toEqual(
      [
        ...[prev, changed, next].map((s) => `/samples/${s.id}/index.html`),
        `/docx/${changed.id}.docx`,
        `/docx/${changed.id}-template.docx`,
      ].sort(),
    );
    expect(pages.reused.length).toBeGreaterThan(samples.length * 2);

    const full = join(tmp, 'full');
    buildSiteLogged(full, { ...env, FANWENKU_CACHE_DIR: join(tmp, 'cache-full') }, true);
    expect(differing(full, join(tmp, 'second'))).toEqual([]);
  }, 600_000);
});
