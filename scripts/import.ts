/**
 * Import CLI: `npm run import -- [--content DIR] [--] <file|dir>...`
 * Adds source files to the collection in DIR (default src/content): one `samples/<id>.txt`
 * per sample and one `sources/<name>.yaml` per source, and a Word or PDF file as received in
 * `originals/` (src/build/collection.ts). On any error it prints `FILE:LINE: reason`
 * (or `FILE: reason` for a file-system error), exits 1 and changes nothing.
 *
 * One import at a time holds DIR's lock (DIR/.import/lock). The new state is staged whole in
 * DIR/.import/new, committed by one rename to DIR/.import/ready, then moved into place folder by
 * folder. Readers (src/build/collection.ts) take a folder from DIR/.import/ready while it is
 * there, so they see the new state from the commit on; an import killed before the commit is
 * undone by the next run, one killed after it is finished by the next run.
 */
import {
  accessSync,
  closeSync,
  copyFileSync,
  constants,
  existsSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { ZodError } from 'zod';
import { COMMITTED_IMPORT, contentFiles, ORIGINALS, originalName, originalPath } from '../src/build/collection.ts';
import { formatSample, formatSource, parseSample, parseSource, SAMPLE_EXT, SOURCE_EXT } from '../src/build/contentFiles.ts';
import { formatDiagnostic, ImportError, type Diagnostic } from '../src/lib/import/errors.ts';
import { importSources, type Collection, type ImportResult, type SourceInput } from '../src/lib/import/importer.ts';
import { GROUP_LABELS } from '../src/lib/offices.ts';
import { genreLabel } from '../src/lib/view/labels.ts';
import { formatOf, readSource, SUPPORTED_EXTENSIONS } from '../src/lib/read/formats.ts';

const SUBDIRS = ['samples', 'sources', ORIGINALS] as const;
/**
 * The import's own folder in DIR (git-ignored: the lock, the holder's pid, the staged state), and
 * in it the committed state, where every reader of the collection looks first.
 */
const [WORK, READY] = [dirname(COMMITTED_IMPORT), basename(COMMITTED_IMPORT)];
/** Bigger files are refused by their size, before any byte is read. */
const MAX_BYTES = 64 * 1024 * 1024;
/** NAME_MAX of common file systems: a longer record name would fail only when written. */
const MAX_NAME_BYTES = 255;
/** How long an import waits for another one on the same folder before giving up. */
const LOCK_WAIT_MS = 3000;

/** A refusal to print as `FILE: reason`, or `FILE:LINE: reason` when it concerns a line. */
class Refusal extends Error {
  readonly file: string;
  readonly line: number | null;

  constructor(file: string, reason: string, line: number | null = null) {
    super(reason);
    this.file = file;
    this.line = line;
  }

  override toString(): string {
    return `${this.file}${this.line === null ? '' : `:${this.line}`}: ${this.message}`;
  }
}

const FS_REASONS: Record<string, string> = {
  ENOENT: '不存在',
  EACCES: '没有权限',
  EPERM: '没有权限',
  ELOOP: '符号链接循环',
  EISDIR: '是文件夹，不是文件',
  ENOTDIR: '路径中有一段不是文件夹',
  ENAMETOOLONG: '文件名或路径太长',
  EROFS: '文件系统只读',
  ENOSPC: '磁盘空间不足',
  EDQUOT: '超出磁盘配额',
  EMFILE: '打开的文件太多',
  ENFILE: '打开的文件太多',
  ENXIO: '不是普通文件',
  EIO: '读写出错',
};

const errnoOf = (e: unknown): string | undefined =>
  e instanceof Error && 'code' in e && typeof e.code === 'string' && 'syscall' in e ? e.code : undefined;

/** A Node file-system error in Chinese, with its code for a search. */
const fsReason = (code: string): string => `${FS_REASONS[code] ?? '读写失败'}（${code}）`;

function usage(): never {
  console.error('用法：npm run import -- [--content 目录] [--dry-run] [--] <文件或文件夹>...');
  process.exit(2);
}

function parseArgs(argv: string[]): { content: string; paths: string[]; dryRun: boolean } {
  let content = 'src/content';
  let dryRun = false;
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') {
      paths.push(...argv.slice(i + 1));
      break;
    }
    if (argv[i] === '--content') content = argv[++i] ?? usage();
    else if (argv[i] === '--dry-run') dryRun = true;
    else if (argv[i]!.startsWith('-')) usage();
    else paths.push(argv[i]!);
  }
  if (paths.length === 0) usage();
  return { content, paths, dryRun };
}

/** Why a folder walk passes a file by; null for a file to import. */
function skipReason(name: string): string | null {
  // Word's owner file beside an open document (`~$总结.docx`) holds the user's name, not text.
  if (name.startsWith('~$')) return 'Word 临时文件';
  if (name.startsWith('.')) return '隐藏文件';
  if (formatOf(name) === null) return `不支持的格式（可导入 ${SUPPORTED_EXTENSIONS.join('、')}）`;
  return null;
}

/** Whether a link leads to a folder; a broken or looping link does not. */
function linksFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Files named on the command line (each is checked when read: a format no reader takes is
 * refused then); a folder contributes every file below it, sorted, and names each it skips.
 */
function expand(path: string, skipped: string[]): string[] {
  if (!statSync(path).isDirectory()) return [path];
  const files: string[] = [];
  for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = join(path, entry.name);
    // A link to a folder is not followed: it could lead back up the tree. A broken or looping
    // link is kept as a file, and refused with its reason when read.
    if (entry.isSymbolicLink() && linksFolder(full)) {
      skipped.push(`跳过：${full} 指向文件夹的符号链接，未跟随`);
      continue;
    }
    if (entry.isDirectory()) {
      if (entry.name.startsWith('.')) skipped.push(`跳过：${full}${sep} 隐藏文件夹`);
      else files.push(...expand(full, skipped));
      continue;
    }
    const why = skipReason(entry.name);
    if (why === null) files.push(full);
    else skipped.push(`跳过：${full} ${why}`);
  }
  return files;
}

/** Why a file is not read: anything but a regular file of at most MAX_BYTES. */
function unreadable(st: Stats): string | null {
  if (st.isDirectory()) return '是文件夹，不是文本文件';
  if (!st.isFile()) {
    const kind = st.isFIFO()
      ? '命名管道'
      : st.isSocket()
        ? '套接字'
        : st.isCharacterDevice() || st.isBlockDevice()
          ? '设备文件'
          : '特殊文件';
    return `是${kind}，不是普通文件，未读取`;
  }
  if (st.size > MAX_BYTES) return `文件过大（${(st.size / 2 ** 20).toFixed(1)} MB，上限 ${MAX_BYTES / 2 ** 20} MB），未读取`;
  return null;
}

/** An input's bytes: special and oversized files are refused by `stat`, and never more than its size is read. */
function readInput(path: string): Uint8Array {
  const refused = unreadable(statSync(path));
  if (refused) throw new Refusal(path, refused);
  // Non-blocking: were the file swapped for a FIFO since, opening it would wait for a writer.
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const st = fstatSync(fd);
    const swapped = unreadable(st);
    if (swapped) throw new Refusal(path, swapped);
    const bytes = new Uint8Array(st.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break; // the file shrank since fstat
      read += n;
    }
    return bytes.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** Run a file-system step, turning its errors into refusals that name `file` (or the file the error names). */
function onFile<T>(file: string, step: () => T, errorPath = false): T {
  try {
    return step();
  } catch (e) {
    const code = errnoOf(e);
    if (code === undefined) throw e;
    const path = (e as { path?: unknown }).path;
    throw new Refusal(errorPath && typeof path === 'string' ? path : file, fsReason(code));
  }
}

interface Inputs {
  inputs: SourceInput[];
  /** Each input's path as given, by its file name. */
  shown: Map<string, string>;
  /** Every file that could not be read: then nothing is imported. */
  problems: Refusal[];
  /** A line per file a folder walk passed by, with the reason. */
  skipped: string[];
}

/** `k/n` on one rewritten line of a terminal; nothing when output goes to a file or CI. */
function progress(done: number, total: number): void {
  if (!process.stderr.isTTY || process.env.CI || total < 2) return;
  process.stderr.write(done < total ? `\r读取 ${done}/${total} 个文件…` : '\r\x1b[K');
}

/** The inputs named on the command line, each read by its format's reader. */
async function readInputs(paths: string[]): Promise<Inputs> {
  const shown = new Map<string, string>();
  const inputs: SourceInput[] = [];
  const problems: Refusal[] = [];
  const skipped: string[] = [];
  const attempt = (step: () => void) => {
    try {
      step();
    } catch (e) {
      if (e instanceof Refusal) problems.push(e);
      else throw e;
    }
  };
  const files: string[] = [];
  for (const p of paths) attempt(() => files.push(...onFile(p, () => expand(p, skipped))));
  for (const [k, f] of files.entries()) {
    progress(k, files.length);
    const name = basename(f);
    const earlier = shown.get(name);
    if (earlier !== undefined) {
      if (resolve(earlier) !== resolve(f)) problems.push(new Refusal(f, `与 ${earlier} 同名：来源按文件名记录，请改名后再导入`, 1));
      continue;
    }
    shown.set(name, f);
    let bytes: Uint8Array;
    try {
      bytes = onFile(f, () => readInput(f));
    } catch (e) {
      if (e instanceof Refusal) problems.push(e);
      else throw e;
      continue;
    }
    try {
      // A text file (or one named on the command line in no known format) is read by the importer,
      // which checks its size before decoding it.
      const format = formatOf(name);
      inputs.push(format === 'txt' || format === null ? { file: name, bytes } : { file: name, bytes, read: await readSource(bytes, name) });
    } catch (e) {
      if (!(e instanceof ImportError)) throw e;
      problems.push(new Refusal(f, e.message, e.line));
    }
  }
  progress(files.length, files.length);
  return { inputs, shown, problems, skipped };
}

/**
 * Test hook: with FANWENKU_IMPORT_PAUSE=<point> the import stops at that point until it is
 * killed, so tests can kill it exactly there: `lock` holding the lock, `commit` with the new state
 * staged but not committed, `committed` just after the commit with nothing moved yet, `swap`
 * committed with samples/ in place and sources/ not.
 */
export type PausePoint = 'lock' | 'commit' | 'committed' | 'swap';

function pauseAt(point: PausePoint): void {
  if (process.env.FANWENKU_IMPORT_PAUSE !== point) return;
  writeSync(2, `暂停于 ${point}\n`);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
}

/**
 * Take DIR's lock, waiting up to LOCK_WAIT_MS. Node has no flock, so the lock is an SQLite
 * database (built into Node) held in an exclusive transaction: the OS drops the lock when its
 * process dies, however it dies, so there is no stale lock to break and no race in breaking one.
 * The lock file stays: removing it while another import waits on it would split the lock in two.
 */
function lock(content: string): () => void {
  const dir = join(content, WORK);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw cannotWrite(content, e);
  }
  let db: DatabaseSync | undefined;
  try {
    db = new DatabaseSync(join(dir, 'lock'), { timeout: LOCK_WAIT_MS });
    db.exec('PRAGMA journal_mode = MEMORY');
    db.exec('BEGIN EXCLUSIVE');
  } catch (e) {
    db?.close();
    const SQLITE_BUSY = 5;
    if ((e as { errcode?: number }).errcode !== SQLITE_BUSY) throw new Refusal(join(dir, 'lock'), `无法加锁：${(e as Error).message}`);
    let holder = '?';
    try {
      holder = readFileSync(join(dir, 'pid'), 'utf8').trim();
    } catch {
      // The holder has not written its pid yet; the message still says why.
    }
    throw new Refusal(content, `另一个导入正在进行（pid ${holder}），请等它结束后再导入`);
  }
  const pid = join(dir, 'pid');
  try {
    writeFileSync(pid, `${process.pid}\n`);
  } catch (e) {
    db.close();
    throw cannotWrite(content, e);
  }
  return () => {
    rmSync(pid, { force: true });
    db.close();
  };
}

const work = (content: string, ...rest: string[]) => join(content, WORK, ...rest);

/**
 * Move a committed state (work/ready) into place, one folder at a time, the old folder aside
 * first. Every step can be repeated, so an import killed at any point here is finished by the next.
 */
function moveIntoPlace(content: string): void {
  for (const sub of SUBDIRS) {
    const ready = work(content, READY, sub);
    if (!existsSync(ready)) continue;
    if (existsSync(join(content, sub))) {
      mkdirSync(work(content, 'old'), { recursive: true });
      renameSync(join(content, sub), work(content, 'old', sub));
    }
    if (sub === 'sources') pauseAt('swap');
    renameSync(ready, join(content, sub));
  }
}

/** What an import leaves in its folder while it runs: the staged state, the committed one, the old one set aside. */
const WORK_FOLDERS = ['new', READY, 'old'];

/** After a killed import: finish it when it was committed, else remove what it staged. */
function recover(content: string): string | null {
  const staged = WORK_FOLDERS.filter((f) => existsSync(work(content, f)));
  if (staged.length === 0) return null;
  const committed = staged.includes(READY);
  if (committed) moveIntoPlace(content);
  // All three, not only those found before: finishing the swap may have set the old folders aside just now.
  for (const f of WORK_FOLDERS) rmSync(work(content, f), { recursive: true, force: true });
  return committed ? '完成了上次被中断的导入' : '清除了上次被中断的导入留下的文件';
}

/** The collection in DIR; a file that cannot be read or parsed is a refusal naming it. */
function readExisting(content: string): Collection {
  const read = <T>(sub: 'samples' | 'sources', parse: (raw: string, path: string) => T): T[] =>
    onFile(join(content, sub), () => contentFiles(content, sub), true).map((f) => {
      try {
        return parse(f.raw, f.path);
      } catch (e) {
        const [first, ...more] = e instanceof ZodError ? e.issues : [];
        const why = first
          ? `${first.path.join('.')}：${first.message}${more.length > 0 ? `（另有 ${more.length} 处）` : ''}`
          : (e as Error).message;
        throw new Refusal(f.path, `已收录的文件无法读取，请修复或从源文件重新导入：${why}`);
      }
    });
  return { samples: read('samples', parseSample), sources: read('sources', (raw) => parseSource(raw)) };
}

/** Inputs whose records would get a file name longer than the file system allows. */
function overlongNames(collection: Collection, shown: Map<string, string>): Diagnostic[] {
  return collection.sources.flatMap((s) => {
    const path = shown.get(s.file);
    if (path === undefined) return [];
    const names = [`sources/${s.name}${SOURCE_EXT}`, ...s.samples.map((x) => `samples/${x.id}${SAMPLE_EXT}`)];
    const long = names.find((n) => Buffer.byteLength(basename(n)) > MAX_NAME_BYTES);
    return long === undefined
      ? []
      : [{ file: path, line: 1, message: `文件名太长：会写成 ${long}，超过 ${MAX_NAME_BYTES} 字节，请改短文件名后再导入` }];
  });
}

/**
 * The originals of the new state, by kept name: this import's bytes for the files it read, the
 * kept file for a source it did not touch.
 */
function originalsOf(content: string, collection: Collection, inputs: SourceInput[]): Map<string, Uint8Array | string> {
  const bytesOf = new Map(inputs.map((i) => [i.file, i.bytes]));
  const originals = new Map<string, Uint8Array | string>();
  for (const source of collection.sources) {
    const name = originalName(source);
    const kept = bytesOf.get(source.file) ?? originalPath(source, content);
    if (name !== null && kept !== null && kept !== undefined) originals.set(name, kept);
  }
  return originals;
}

function writeCollection(
  staging: string,
  collection: Collection,
  originals: Map<string, Uint8Array | string>,
  hadOriginals: boolean,
): void {
  for (const sub of SUBDIRS) {
    // No empty originals/ in a collection of text files; once there was one, the new state holds it, emptied or not.
    if (sub === ORIGINALS && originals.size === 0 && !hadOriginals) continue;
    mkdirSync(join(staging, sub), { recursive: true });
  }
  for (const s of collection.samples) writeFileSync(join(staging, 'samples', s.id + SAMPLE_EXT), formatSample(s));
  for (const s of collection.sources) writeFileSync(join(staging, 'sources', s.name + SOURCE_EXT), formatSource(s));
  for (const [name, kept] of originals) {
    const to = join(staging, ORIGINALS, name);
    if (typeof kept === 'string') copyFileSync(kept, to);
    else writeFileSync(to, kept);
  }
}

/** A file-system error while nothing in DIR has changed yet. */
function cannotWrite(content: string, e: unknown): unknown {
  const code = errnoOf(e);
  return code === undefined ? e : new Refusal(content, `无法写入：${fsReason(code)}，未作任何改动`);
}

/** Stage the whole new state, commit it with one rename, move it into place. */
function commit(content: string, collection: Collection, inputs: SourceInput[]): void {
  try {
    // The folders the swap renames: a permission problem found after the commit would strand it.
    for (const dir of [content, ...SUBDIRS.map((sub) => join(content, sub)).filter(existsSync)]) accessSync(dir, constants.W_OK);
    writeCollection(work(content, 'new'), collection, originalsOf(content, collection, inputs), existsSync(join(content, ORIGINALS)));
    pauseAt('commit');
    renameSync(work(content, 'new'), work(content, READY));
    pauseAt('committed');
  } catch (e) {
    rmSync(work(content, 'new'), { recursive: true, force: true });
    throw cannotWrite(content, e);
  }
  try {
    moveIntoPlace(content);
  } catch (e) {
    const code = errnoOf(e);
    throw code === undefined ? e : new Refusal(content, `新内容已写好，但未能移入：${fsReason(code)}；下次导入时会完成`);
  }
  rmSync(work(content, READY), { recursive: true, force: true });
  rmSync(work(content, 'old'), { recursive: true, force: true });
}

/** What the import finds and refuses, in the user's paths; null when it may be committed. */
function report(content: string, result: ImportResult, shown: Map<string, string>): number | null {
  // Not `{ ...d }`: an ImportError's message is not an enumerable property and would be lost.
  const where = (d: Diagnostic): Diagnostic => ({ file: shown.get(d.file) ?? d.file, line: d.line, message: d.message });
  for (const d of result.duplicates) console.log(formatDiagnostic(where(d)));
  const errors = [...result.errors.map(where), ...overlongNames(result.collection, shown)];
  if (errors.length === 0) return null;
  for (const e of errors) console.error(formatDiagnostic(e));
  console.error(`导入失败：${errors.length} 处错误，${content} 未作任何改动`);
  return 1;
}

const counts = (inputs: SourceInput[], skipped: string[], result: ImportResult) =>
  `${inputs.length} 个文件${skipped.length > 0 ? `（跳过 ${skipped.length} 个）` : ''}，收录 ${result.imported.length} 篇，重复 ${result.duplicates.length} 篇`;

function importLocked(content: string, inputs: SourceInput[], shown: Map<string, string>, skipped: string[]): number {
  const recovered = onFile(content, () => recover(content));
  if (recovered) console.log(`${content}: ${recovered}`);
  const result = importSources(inputs, readExisting(content));
  const failed = report(content, result, shown);
  if (failed !== null) return failed;
  commit(content, result.collection, inputs);
  const { samples, sources } = result.collection;
  console.log(`导入完成：${counts(inputs, skipped, result)}；合集现有 ${samples.length} 篇、${sources.length} 个来源`);
  return 0;
}

/** `--dry-run`: each sample the import would add, with what the engine found; nothing is written or locked. */
function dryRun(content: string, inputs: SourceInput[], shown: Map<string, string>, skipped: string[]): number {
  const result = importSources(inputs, readExisting(content));
  const failed = report(content, result, shown);
  if (failed !== null) return failed;
  const added = new Set(result.imported);
  for (const s of result.collection.samples.filter((x) => added.has(x.id))) {
    const facts = [s.level ? GROUP_LABELS[s.level] : '层级不明', s.year ? `${s.year}年` : '年份不明', genreLabel(s.genre)];
    console.log(`${shown.get(s.source.file) ?? s.source.file}: ${s.id}《${s.title}》${facts.join(' · ')}`);
  }
  console.log(`试导入：${counts(inputs, skipped, result)}；未写入任何文件`);
  return 0;
}

async function main(): Promise<number> {
  const { content, paths, dryRun: dry } = parseArgs(process.argv.slice(2));
  const { inputs, shown, problems, skipped } = await readInputs(paths);
  for (const line of skipped) console.log(line);
  if (problems.length > 0) {
    for (const p of problems) console.error(String(p));
    return 1;
  }
  try {
    if (dry) return dryRun(content, inputs, shown, skipped);
    const unlock = lock(content);
    pauseAt('lock');
    try {
      return importLocked(content, inputs, shown, skipped);
    } finally {
      unlock();
    }
  } catch (e) {
    if (!(e instanceof Refusal)) throw e;
    console.error(String(e));
    return 1;
  }
}

process.exitCode = await main();
