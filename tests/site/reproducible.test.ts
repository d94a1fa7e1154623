import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildSite } from '../../scripts/bench/site.ts';

// Two builds of one commit are byte-identical: dist (built by `npm run build` for this run) and a
// second build of the same deployment into a temp folder. Dates come from the last commit or
// SOURCE_DATE_EPOCH (the .docx files), names from content hashes (Astro's assets, Pagefind's index).

const tmp = mkdtempSync(join(tmpdir(), 'fanwenku-again-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Every file below `dir`, relative to it with `/`. */
const filesOf = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split(sep).join('/'))
    .sort();

describe('a second build of the same commit', () => {
  it('writes the same files, byte for byte', () => {
    const dist = inject('distDir');
    buildSite(tmp, { FANWENKU_BASE: inject('base'), FANWENKU_SITE: inject('site') ?? '' });
    const files = filesOf(dist);
    expect(filesOf(tmp)).toEqual(files);
    expect(files.filter((f) => !readFileSync(join(tmp, f)).equals(readFileSync(join(dist, f))))).toEqual([]);
  }, 240_000);
});
