/**
 * `npm run bench:import [-- --files N] [--json]`: every format's reader on the fixtures.
 *
 * - Fidelity: each fixture in tests/fixtures/formats/ that has its expected text beside it
 *   (`name.docx` → `name.txt`) is read, and its text compared with the expected one, exactly and
 *   once whitespace is removed.
 * - Speed and memory: a folder of N (default 200) files, the readable fixtures and the seeds taken
 *   in turn under distinct names, goes through the import CLI (`--dry-run`: everything but the
 *   writing), timed with the peak memory of its process tree; each format's files are also read in
 *   this process, for files per second per format.
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatOf, readSource } from '../src/lib/read/formats.ts';
import { runTree } from './bench/processTree.ts';

const { values } = parseArgs({ options: { files: { type: 'string', default: '200' }, json: { type: 'boolean', default: false } } });
const total = Number(values.files);
const ROOT = new URL('../', import.meta.url).pathname;
const FIXTURES = join(ROOT, 'tests/fixtures/formats');
const SEEDS = join(ROOT, 'corpus/seeds');

const squeeze = (s: string) => s.replace(/\s+/g, '');
/** A fixture's expected text: `name.ext.txt`, else `name.txt`; null when it has none. */
const expectedOf = (file: string): string | null =>
  [`${file}.txt`, `${basename(file, extname(file))}.txt`].map((f) => join(FIXTURES, f)).find((f) => existsSync(f)) ?? null;

/** Fixtures in a format other than text with their expected text: the ones a reader must read. */
const readable = readdirSync(FIXTURES)
  .filter((f) => formatOf(f) !== null && formatOf(f) !== 'txt' && expectedOf(f) !== null)
  .sort();

const fidelity: { file: string; exact: boolean; withoutWhitespace: boolean }[] = [];
for (const f of readable) {
  const read = await readSource(readFileSync(join(FIXTURES, f)), f);
  // A text file ends with a line end; the lines a reader gives are joined without one after the last.
  const expected = readFileSync(expectedOf(f)!, 'utf8').replace(/\n$/, '');
  fidelity.push({ file: f, exact: read.text === expected, withoutWhitespace: squeeze(read.text) === squeeze(expected) });
}

// The folder: fixtures and seeds in turn, each copy under its own numbered name.
const pool = [...readable.map((f) => join(FIXTURES, f)), ...readdirSync(SEEDS).map((f) => join(SEEDS, f))];
const dir = mkdtempSync(join(tmpdir(), 'fanwenku-bench-import-'));
const files: string[] = [];
for (let k = 0; k < total; k++) {
  const from = pool[k % pool.length]!;
  const to = join(dir, `${String(k).padStart(4, '0')}_${basename(from).replace(/^\d+_/, '')}`);
  copyFileSync(from, to);
  files.push(to);
}

const perFormat = new Map<string, { files: number; bytes: number; ms: number }>();
for (const f of files) {
  const format = formatOf(f)!;
  const bytes = readFileSync(f);
  const started = performance.now();
  await readSource(bytes, basename(f));
  const ms = performance.now() - started;
  const row = perFormat.get(format) ?? { files: 0, bytes: 0, ms: 0 };
  perFormat.set(format, { files: row.files + 1, bytes: row.bytes + bytes.length, ms: row.ms + ms });
}

const cli = await runTree(process.execPath, ['scripts/import.ts', '--dry-run', '--content', join(dir, 'content'), dir], { cwd: ROOT });
rmSync(dir, { recursive: true, force: true });

const result = {
  fidelity: {
    fixtures: fidelity.length,
    exact: fidelity.filter((f) => f.exact).length,
    withoutWhitespace: fidelity.filter((f) => f.withoutWhitespace).length,
    files: fidelity,
  },
  formats: Object.fromEntries([...perFormat].map(([format, r]) => [format, { ...r, filesPerSecond: (1000 * r.files) / r.ms }])),
  cli: { files: total, ms: cli.ms, peakBytes: cli.peakBytes },
};

if (values.json) console.log(JSON.stringify(result, null, 2));
else {
  const share = (n: number) => (fidelity.length === 0 ? '–' : (n / fidelity.length).toFixed(3));
  console.log(
    `fidelity      ${fidelity.length} fixtures: exact ${share(result.fidelity.exact)}, without whitespace ${share(result.fidelity.withoutWhitespace)}`,
  );
  for (const f of fidelity.filter((x) => !x.exact))
    console.log(`  not exact: ${f.file}${f.withoutWhitespace ? ' (equal without whitespace)' : ''}`);
  console.log('format   files   KB total   ms total   files/s');
  for (const [format, r] of perFormat)
    console.log(
      `${format.padEnd(6)} ${String(r.files).padStart(7)} ${(r.bytes / 1024).toFixed(0).padStart(10)} ${r.ms.toFixed(0).padStart(10)} ${((1000 * r.files) / r.ms).toFixed(0).padStart(9)}`,
    );
  console.log(
    `import CLI (--dry-run) over ${total} files: ${(cli.ms / 1000).toFixed(1)} s, peak ${(cli.peakBytes / 2 ** 20).toFixed(0)} MB for the process tree`,
  );
}
