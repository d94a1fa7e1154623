/**
 * The analyze CLI end to end, as other checks call it: `npm run --silent analyze -- --json FILE`
 * runs `node scripts/analyze.ts --json FILE` on Node 24. The JSON shape is a stable interface.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BAD_INPUT_DIR, GOLD_FILE, SEED, SEEDS_DIR } from '../lib/import/helpers.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const NODE = join(REPO, 'node_modules/.bin/node');
const SCRIPT = join(REPO, 'scripts/analyze.ts');

function run(...args: string[]) {
  const r = spawnSync(NODE, [SCRIPT, ...args], { cwd: REPO, encoding: 'utf8' });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Each test starts Node (and one of them npm) and loads the engine: a second or two alone, several
// on a loaded machine, so vitest's 5 s default would fail them for being slow, not wrong.
const SPAWN_TIMEOUT = 60_000;

const KEYS = [
  'title',
  'titleInferred',
  'level',
  'perspective',
  'organ',
  'year',
  'period',
  'hasPlan',
  'genre',
  'outline',
  'parts',
  'anomalies',
];
const gold = JSON.parse(readFileSync(GOLD_FILE, 'utf8')) as Array<{
  id: string;
  outline: unknown[];
  parts: Array<{ role: string; line: number }>;
}>;

describe('analyze --json', { timeout: SPAWN_TIMEOUT }, () => {
  it('prints one object for a single-sample file, with exactly the documented keys and types', () => {
    const r = run('--json', join(SEEDS_DIR, SEED.s002));
    expect(r.status).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(Object.keys(a)).toEqual(KEYS);
    expect(a).toMatchObject({
      titleInferred: false,
      level: 'street',
      perspective: 'unit',
      organ: '街道党务办',
      year: 2019,
      period: 'annual',
      hasPlan: true,
      genre: 'summary',
    });
    for (const h of a.outline) expect(Object.keys(h)).toEqual(['depth', 'marker', 'text', 'inline', 'role', 'line']);
    for (const p of a.parts) expect(Object.keys(p)).toEqual(['role', 'line']);
    for (const x of a.anomalies) expect(Object.keys(x)).toEqual(['kind', 'line', 'detail']);
    const g = gold.find((x) => x.id === '002')!;
    expect(a.outline).toEqual(g.outline);
    expect(a.parts).toEqual(g.parts.map(({ role, line }) => ({ role, line })));
  });

  it('prints an array for a compilation, one object per sample in order', () => {
    const r = run('--json', join(SEEDS_DIR, SEED.s001));
    expect(r.status).toBe(0);
    const list = JSON.parse(r.stdout);
    expect(list).toHaveLength(10);
    expect(list.map((a: { outline: unknown[] }) => a.outline)).toEqual(gold.slice(0, 10).map((g) => g.outline));
  });

  it('reads any encoding the importer accepts', () => {
    const r = run('--json', join(BAD_INPUT_DIR, 'enc-gb18030-004.txt'));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).outline.length).toBeGreaterThan(0);
  });

  it('names file and line for a file the engine refuses, and exits 1', () => {
    const file = join(BAD_INPUT_DIR, 'bad-empty.txt');
    const r = run('--json', file);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toMatch(/:1: \S/u);
    expect(r.stderr.startsWith(`${file}:1: `)).toBe(true);
    expect(r.stderr).not.toContain('undefined');
  });

  // Through npm on purpose: this is the command the README documents, and `--silent` must keep npm's own lines off stdout.
  it('runs as documented, through npm, with nothing but the JSON on stdout', () => {
    const r = spawnSync('npm', ['run', '--silent', 'analyze', '--', '--json', join(SEEDS_DIR, SEED.s002)], { cwd: REPO, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(Object.keys(JSON.parse(r.stdout))).toEqual(KEYS);
  });

  it('shows usage without a file', () => {
    expect(run('--json').status).toBe(2);
  });
});

describe('analyze without --json', { timeout: SPAWN_TIMEOUT }, () => {
  it('prints a readable outline with roles and anomalies', () => {
    const r = run(join(SEEDS_DIR, SEED.s004));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('【下一步打算】第 18 行起');
    expect(r.stdout).toContain('    1、精心履职，做实份内工作  （第 4 行）');
    expect(r.stdout).toContain('[numbering-repeat] 第 18 行');
  });
});
