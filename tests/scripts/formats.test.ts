/**
 * One text in every format the importer reads (tests/fixtures/formats/same.*), through the import
 * and analyze CLIs: imported together they give one sample, the others reported as its
 * duplicates, and analyze gives each the title and outline of the text file.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSample, parseSource } from '../../src/build/contentFiles.ts';
import { formatOf } from '../../src/lib/read/formats.ts';
import { SOURCE_FORMATS } from '../../src/lib/read/reader.ts';
import { analyzeSource } from '../../src/lib/source.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const NODE = join(REPO, 'node_modules/.bin/node');
const FORMATS = join(REPO, 'tests/fixtures/formats');
const same = readdirSync(FORMATS)
  .filter((f) => /^same\.\w+$/.test(f) && formatOf(f) !== null)
  .sort();
const squeeze = (s: string) => s.replace(/\s+/g, '');
const expected = analyzeSource(readFileSync(join(FORMATS, 'same.txt')), 'same.txt').samples[0]!;

const temp = mkdtempSync(join(tmpdir(), 'fanwenku-formats-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function run(script: string, ...args: string[]) {
  const r = spawnSync(NODE, [join(REPO, 'scripts', script), ...args], { cwd: REPO, encoding: 'utf8' });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('one text in every format', { timeout: 60_000 }, () => {
  it('is there in every format a reader takes', () => {
    expect(new Set(same.map(formatOf))).toEqual(new Set(SOURCE_FORMATS));
  });

  it('imports as one sample, its text the text file’s, the others reported as its duplicates', () => {
    const content = join(temp, 'content');
    const r = run('import.ts', '--content', content, ...same.map((f) => join(FORMATS, f)));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.match(/: 重复：/g)).toHaveLength(same.length - 1);
    const samples = readdirSync(join(content, 'samples'));
    expect(samples).toHaveLength(1);
    const sample = parseSample(readFileSync(join(content, 'samples', samples[0]!), 'utf8'), samples[0]!);
    expect(squeeze(sample.titleLines.join('') + sample.text)).toBe(squeeze(expected.raw.titleLines.join('') + expected.raw.body));
    const sources = readdirSync(join(content, 'sources')).map((f) => parseSource(readFileSync(join(content, 'sources', f), 'utf8')));
    expect(new Set(sources.map((s) => s.format))).toEqual(new Set(SOURCE_FORMATS));
    expect(sources.flatMap((s) => s.samples.map((x) => x.duplicateOf)).filter((d) => d === sample.id)).toHaveLength(same.length - 1);
  });

  it.each(same)('%s: analyze --json gives the title and outline of the text file', (file) => {
    const r = run('analyze.ts', '--json', join(FORMATS, file));
    expect(r.stderr).toBe('');
    const a = JSON.parse(r.stdout) as { title: string; outline: { depth: number; marker: string; text: string }[] };
    expect(squeeze(a.title)).toBe(squeeze(expected.metadata.title!));
    const shape = (o: { depth: number; marker: string; text: string }[]) => o.map((h) => [h.depth, h.marker, squeeze(h.text)]);
    expect(shape(a.outline)).toEqual(shape(expected.structure.outline));
  });
});
