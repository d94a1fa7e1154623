/**
 * Stress trials of the import CLI on temporary content folders, shared by
 * `npm run bench:import-stress` and the import tests: two imports of different files started
 * together, and imports killed (SIGKILL) at a random moment or at a named point. A trial passes
 * when the folder holds exactly a state the imports could have produced, its samples and source
 * records agree, no import that reported success is missing, and after the next import nothing
 * is left but samples/, sources/ and the lock.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentFiles, readCollection } from '../../src/build/collection.ts';
import { below, mulberry32 } from './random.ts';
import type { PausePoint } from '../import.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const NODE = join(REPO, 'node_modules/.bin/node');
const SCRIPT = join(REPO, 'scripts/import.ts');
const SEEDS = join(REPO, 'corpus/seeds');
/** The old state every trial starts from, and the files trials import into it (one sample each). */
const BASE_FILES = ['000_678087adbd692cae.txt', '001_2e365b8a14871260.txt'];
const POOL = ['002_7ada724b3d5c0bf0.txt', '003_cf19231f015c7d44.txt', '004_1725f756186fad4a.txt'];
/** The import the next run makes after a kill: a file the old state already holds, so it changes nothing itself. */
const NEXT = BASE_FILES[1]!;
export const LOCK_MESSAGE = '另一个导入正在进行（pid ';

export interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface Started {
  child: ChildProcess;
  done: Promise<Run>;
  /** Resolves once stderr holds `text`. */
  said(text: string): Promise<void>;
  /** Resolves once the import holds the lock (its pid file appears), with the time since it started; null if it ended first. */
  locked(): Promise<number | null>;
}

/** Start `node scripts/import.ts --content DIR -- FILES` with extra environment. */
export function startImport(content: string, files: string[], env: Record<string, string> = {}): Started {
  const started = performance.now();
  const child = spawn(NODE, [SCRIPT, '--content', content, '--', ...files], { cwd: REPO, env: { ...process.env, ...env } });
  let stdout = '';
  let stderr = '';
  const waiting: { text: string; resolve: () => void }[] = [];
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => {
    stderr += d;
    for (const w of waiting.filter((w) => stderr.includes(w.text))) w.resolve();
  });
  const done = new Promise<Run>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr, ms: performance.now() - started }));
  });
  const said = (text: string) =>
    new Promise<void>((resolve, reject) => {
      if (stderr.includes(text)) return resolve();
      waiting.push({ text, resolve });
      void done.then((r) => reject(new Error(`the import ended (${r.status ?? r.signal}) before saying ${text}:\n${r.stderr}`)));
    });
  const pidFile = join(content, '.import', 'pid');
  const locked = () =>
    new Promise<number | null>((resolve) => {
      let ended = false;
      void done.finally(() => (ended = true));
      const poll = setInterval(() => {
        if (existsSync(pidFile)) resolve(performance.now() - started);
        else if (ended) resolve(null);
        else return;
        clearInterval(poll);
      }, 2);
    });
  return { child, done, said, locked };
}

export const runImport = (content: string, files: string[], env: Record<string, string> = {}): Promise<Run> =>
  startImport(content, files, env).done;

/** Import, and measure how long the import held the lock. */
async function mustImport(content: string, files: string[]): Promise<number> {
  const run = startImport(content, files);
  const lockedAt = await run.locked();
  const r = await run.done;
  if (r.status !== 0 || lockedAt === null) throw new Error(`import of ${files.join(' ')} into ${content} failed:\n${r.stderr}`);
  return r.ms - lockedAt;
}

/** The collection as its readers (the site's loader) see it, as one string: every file's name and bytes. */
export function snapshot(content: string): string {
  return (['samples', 'sources'] as const)
    .flatMap((sub) => contentFiles(content, sub).map((f) => `${sub}/${basename(f.path)}\n${f.raw}`))
    .join('\n');
}

/** samples/ and sources/ as they lie in the folder, in the form of `snapshot`. */
function onDisk(content: string): string {
  return ['samples', 'sources']
    .flatMap((sub) =>
      existsSync(join(content, sub))
        ? readdirSync(join(content, sub))
            .sort()
            .map((f) => `${sub}/${f}\n${readFileSync(join(content, sub, f), 'utf8')}`)
        : [`${sub}/ missing`],
    )
    .join('\n');
}

/** Where samples and source records disagree: a sample without its record, a record listing a missing sample. */
export function inconsistencies(content: string): string[] {
  let collection;
  try {
    collection = readCollection(content);
  } catch (e) {
    return [`the collection does not read: ${(e as Error).message}`];
  }
  const problems: string[] = [];
  const sources = new Map(collection.sources.map((s) => [s.name, s]));
  const samples = new Set(collection.samples.map((s) => s.id));
  for (const s of collection.samples) {
    const record = sources.get(s.source.name);
    if (!record) problems.push(`sample ${s.id}: no source record ${s.source.name}`);
    else if (record.file !== s.source.file || !record.samples.some((x) => x.id === s.id && x.duplicateOf === null))
      problems.push(`sample ${s.id}: source record ${s.source.name} does not list it`);
  }
  for (const r of collection.sources)
    for (const x of r.samples)
      if (!samples.has(x.duplicateOf ?? x.id)) problems.push(`source ${r.name}: lists ${x.duplicateOf ?? x.id}, which is missing`);
  return problems;
}

/** Anything in the content folder but samples/, sources/ and the lock file. */
export function leftovers(content: string): string[] {
  const extra = readdirSync(content).filter((f) => !['samples', 'sources', '.import'].includes(f));
  const work = join(content, '.import');
  return [
    ...extra,
    ...(existsSync(work)
      ? readdirSync(work)
          .filter((f) => f !== 'lock')
          .map((f) => `.import/${f}`)
      : []),
  ];
}

/** The old state, and the states imports one after the other make of it. */
export interface StressSetup {
  root: string;
  base: string;
  old: string;
  /** The state after importing these pool files into the old state one after the other (memoized). */
  stateAfter(files: readonly string[]): Promise<string>;
  /** Samples each pool file adds. */
  ids: Map<string, string[]>;
  /** The median time one import of a pool file held the lock: what random kill delays are drawn against. */
  heldMs: number;
  cleanup(): void;
}

const seed = (f: string) => join(SEEDS, f);
const sampleFiles = (dir: string) => (existsSync(join(dir, 'samples')) ? readdirSync(join(dir, 'samples')) : []);

export async function setUp(): Promise<StressSetup> {
  const root = mkdtempSync(join(tmpdir(), 'fanwenku-import-stress-'));
  const base = join(root, 'base');
  await mustImport(base, BASE_FILES.map(seed));
  // Each state's folder, by the files imported into the old state to make it.
  const folders = new Map<string, Promise<string>>([['', Promise.resolve(base)]]);
  const times: number[] = [];
  const folderAfter = (files: readonly string[]): Promise<string> => {
    const key = files.join(' ');
    if (!folders.has(key)) {
      const dir = join(root, `state-${folders.size}`);
      folders.set(
        key,
        folderAfter(files.slice(0, -1)).then(async (before) => {
          cpSync(before, dir, { recursive: true });
          times.push(await mustImport(dir, [seed(files.at(-1)!)]));
          return dir;
        }),
      );
    }
    return folders.get(key)!;
  };
  const ids = new Map<string, string[]>();
  const before = new Set(sampleFiles(base));
  for (const f of POOL)
    ids.set(
      f,
      sampleFiles(await folderAfter([f]))
        .filter((x) => !before.has(x))
        .map((x) => x.replace(/\.txt$/, '')),
    );
  const heldMs = times.sort((x, y) => x - y)[Math.floor(times.length / 2)]!;
  return {
    root,
    base,
    old: snapshot(base),
    stateAfter: async (files) => snapshot(await folderAfter(files)),
    ids,
    heldMs,
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

export interface PairResult {
  files: [string, string];
  /** How many of the two runs were refused by the lock. */
  refused: number;
  problems: string[];
}

const PAIRS = POOL.flatMap((a, i) => POOL.slice(i + 1).map((b) => [a, b] as [string, string]));

/** Two imports of different files into one folder, started together. */
export async function pairTrial(setup: StressSetup, n: number): Promise<PairResult> {
  const [a, b] = PAIRS[n % PAIRS.length]!;
  const dir = join(setup.root, `pair-${n}`);
  cpSync(setup.base, dir, { recursive: true });
  const runs = await Promise.all([runImport(dir, [seed(a)]), runImport(dir, [seed(b)])]);
  const problems: string[] = [];
  const ok = runs.map((r) => r.status === 0);
  runs.forEach((r, i) => {
    if (r.status !== 0 && !r.stderr.includes(LOCK_MESSAGE))
      problems.push(`${[a, b][i]}: exit ${r.status ?? r.signal} without the lock message:\n${r.stderr}`);
  });
  // Serial in either order: the state after the imports that succeeded.
  const succeeded = [a, b].filter((_, i) => ok[i]);
  const state = snapshot(dir);
  if (state !== (await setup.stateAfter(succeeded)) && state !== (await setup.stateAfter([...succeeded].reverse()))) {
    const present = new Set(sampleFiles(dir));
    const lost = succeeded.filter((f) => setup.ids.get(f)!.some((id) => !present.has(`${id}.txt`)));
    problems.push(
      lost.length > 0
        ? `reported imported but missing: ${lost.join(', ')}`
        : `the folder is not the state of the imports that succeeded (${succeeded.join(', ')})`,
    );
  }
  problems.push(...inconsistencies(dir), ...leftovers(dir).map((f) => `left behind: ${f}`));
  rmSync(dir, { recursive: true, force: true });
  return { files: [a, b], refused: ok.filter((x) => !x).length, problems };
}

/** Where a killed import was, as the folder tells. */
export type KillPhase = 'finished' | 'committed' | 'staging' | 'before staging';

export interface KillResult {
  file: string;
  phase: KillPhase;
  /** The collection right after the kill, as its readers see it. */
  killedAs: 'old' | 'new' | 'neither';
  /** Whether samples/ and sources/ themselves were left from different states (readers take the committed ones). */
  halfSwapped: boolean;
  /** What the next run said about the killed one. */
  recovery: string;
  problems: string[];
}

/**
 * Import one pool file into a copy of the old state and kill it: `afterLockMs` after it took the
 * lock, or, with `point`, once it has paused there (FANWENKU_IMPORT_PAUSE). Then the next import runs.
 */
export async function killTrial(setup: StressSetup, n: number, at: { afterLockMs: number } | { point: PausePoint }): Promise<KillResult> {
  const file = POOL[n % POOL.length]!;
  const neu = await setup.stateAfter([file]);
  const dir = join(setup.root, `kill-${n}`);
  cpSync(setup.base, dir, { recursive: true });
  const run = startImport(dir, [seed(file)], 'point' in at ? { FANWENKU_IMPORT_PAUSE: at.point } : {});
  if ('point' in at) await run.said(`暂停于 ${at.point}`);
  else if ((await run.locked()) !== null) await new Promise((resolve) => setTimeout(resolve, at.afterLockMs));
  run.child.kill('SIGKILL');
  await run.done;
  const killed = snapshot(dir);
  const killedAs = killed === neu ? 'new' : killed === setup.old ? 'old' : 'neither';
  const halfSwapped = onDisk(dir) !== killed;
  const work = (f: string) => existsSync(join(dir, '.import', f));
  const phase: KillPhase = work('ready') ? 'committed' : killedAs === 'new' ? 'finished' : work('new') ? 'staging' : 'before staging';
  const problems: string[] = [];
  if (killedAs === 'neither') problems.push(`killed ${phase}, readers see neither the old state nor the new one`);
  if (phase === 'committed' && killedAs !== 'new') problems.push('killed after the commit, readers do not see the new state');
  // Only a committed import may leave the folders half swapped, for the next run to finish.
  if (halfSwapped && phase !== 'committed') problems.push(`killed ${phase}, samples/ and sources/ are left from different states`);
  const next = await runImport(dir, [seed(NEXT)]);
  if (next.status !== 0) problems.push(`the next import failed:\n${next.stderr}`);
  const state = snapshot(dir);
  const want = phase === 'finished' || phase === 'committed' ? neu : setup.old;
  if (state !== want)
    problems.push(
      `killed ${phase}, after the next import the folder is ${state === neu ? 'the new state' : state === setup.old ? 'the old state' : 'neither state'}`,
    );
  problems.push(...inconsistencies(dir), ...leftovers(dir).map((f) => `left behind: ${f}`));
  rmSync(dir, { recursive: true, force: true });
  const recovery =
    next.stdout
      .split('\n')
      .find((l) => l.startsWith(`${dir}: `))
      ?.slice(dir.length + 2) ?? '';
  return { file, phase, killedAs, halfSwapped, recovery, problems };
}

/**
 * Delays for random kills, counted from the moment the import takes the lock (before it, Node
 * starts and reads the inputs, and the folder is not touched): uniform up to a little past the
 * time an import holds the lock.
 */
export function killDelayLimit(setup: StressSetup): number {
  return Math.ceil(setup.heldMs * 1.5);
}

export function killDelays(setup: StressSetup, count: number, seedValue: number): number[] {
  const rng = mulberry32(seedValue);
  return Array.from({ length: count }, () => below(rng, killDelayLimit(setup)));
}
