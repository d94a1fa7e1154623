/**
 * Import CLI: `npm run import -- [--content DIR] <file|dir>...`
 * Adds source files to the collection in DIR (default src/content): one `samples/<id>.txt`
 * per sample and one `sources/<name>.yaml` per source. The new state is written aside and
 * swapped in only when every input succeeded; on error, prints FILE:LINE and exits 1.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { readCollection } from '../src/build/collection.ts';
import { formatSample, formatSource, SAMPLE_EXT, SOURCE_EXT } from '../src/build/contentFiles.ts';
import { formatDiagnostic, type Diagnostic } from '../src/lib/import/errors.ts';
import { importSources, type Collection, type SourceInput } from '../src/lib/import/importer.ts';

const SUBDIRS = ['samples', 'sources'] as const;

function usage(): never {
  console.error('用法：npm run import -- [--content 目录] <文件或文件夹>...');
  process.exit(2);
}

function parseArgs(argv: string[]): { content: string; paths: string[] } {
  let content = 'src/content';
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--content') content = argv[++i] ?? usage();
    else if (argv[i]!.startsWith('-')) usage();
    else paths.push(argv[i]!);
  }
  if (paths.length === 0) usage();
  return { content, paths };
}

/** Files named on the command line; a folder contributes its `.txt` files, sorted. */
function expand(paths: string[]): string[] {
  return paths.flatMap((p) => {
    if (!existsSync(p)) {
      console.error(`${p}:1: 文件不存在`);
      process.exit(1);
    }
    if (!statSync(p).isDirectory()) return [p];
    return readdirSync(p)
      .filter((f) => f.endsWith('.txt') && !f.startsWith('.'))
      .sort()
      .map((f) => join(p, f));
  });
}

function writeCollection(staging: string, collection: Collection): void {
  for (const sub of SUBDIRS) mkdirSync(join(staging, sub), { recursive: true });
  for (const s of collection.samples) writeFileSync(join(staging, 'samples', s.id + SAMPLE_EXT), formatSample(s));
  for (const s of collection.sources) writeFileSync(join(staging, 'sources', s.name + SOURCE_EXT), formatSource(s));
}

/** Replace DIR/samples and DIR/sources by the staged ones; put the old ones back if a rename fails. */
function swapIn(dir: string, staging: string): void {
  const old = join(dir, `.import-old-${process.pid}`);
  mkdirSync(old);
  const moved: string[] = [];
  try {
    for (const sub of SUBDIRS) {
      if (existsSync(join(dir, sub))) renameSync(join(dir, sub), join(old, sub));
      moved.push(sub);
      renameSync(join(staging, sub), join(dir, sub));
    }
  } catch (e) {
    for (const sub of moved) {
      if (existsSync(join(dir, sub))) rmSync(join(dir, sub), { recursive: true });
      if (existsSync(join(old, sub))) renameSync(join(old, sub), join(dir, sub));
    }
    throw e;
  } finally {
    rmSync(old, { recursive: true, force: true });
  }
}

function main(): number {
  const { content, paths } = parseArgs(process.argv.slice(2));
  const files = expand(paths);
  const shown = new Map<string, string>();
  const inputs: SourceInput[] = [];
  const problems: Diagnostic[] = [];
  for (const f of files) {
    const name = basename(f);
    const earlier = shown.get(name);
    if (earlier !== undefined) {
      if (resolve(earlier) !== resolve(f)) problems.push({ file: f, line: 1, message: `与 ${earlier} 同名：来源按文件名记录，请改名后再导入` });
      continue;
    }
    shown.set(name, f);
    inputs.push({ file: name, bytes: readFileSync(f) });
  }
  // Not `{ ...d }`: an ImportError's message is not an enumerable property and would be lost.
  const where = (d: Diagnostic): Diagnostic => ({ file: shown.get(d.file) ?? d.file, line: d.line, message: d.message });
  if (problems.length > 0) {
    for (const p of problems) console.error(formatDiagnostic(p));
    return 1;
  }

  const result = importSources(inputs, readCollection(content));
  for (const d of result.duplicates) console.log(formatDiagnostic(where(d)));
  if (result.errors.length > 0) {
    for (const e of result.errors) console.error(formatDiagnostic(where(e)));
    console.error(`导入失败：${result.errors.length} 处错误，${content} 未作任何改动`);
    return 1;
  }

  const staging = join(content, `.import-staging-${process.pid}`);
  try {
    writeCollection(staging, result.collection);
    swapIn(content, staging);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  const { samples, sources } = result.collection;
  console.log(
    `导入完成：${inputs.length} 个文件，收录 ${result.imported.length} 篇，重复 ${result.duplicates.length} 篇；` +
      `合集现有 ${samples.length} 篇、${sources.length} 个来源`,
  );
  return 0;
}

process.exitCode = main();
