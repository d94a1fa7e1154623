import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { committedSamples } from '../committed.ts';

// `astro dev` over a copy of the committed collection: editing a sample file or a source record
// must reach its page without a restart. No build: the dev server renders on request.

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'node_modules/.bin');
const SAMPLE = '002';
const ADDED = '这一句是在开发服务器运行时加上的。';

/** A port nobody listens on now: the system's pick for a listener on port 0. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

/** The page's HTML, or null while the server does not answer it. */
async function html(url: string): Promise<string | null> {
  try {
    const response = await fetch(url);
    return response.ok ? await response.text() : null;
  } catch {
    return null;
  }
}

/** Polls `url` until its HTML passes `test`, for at most `ms`; the last HTML, or null. */
async function until(url: string, test: (page: string) => boolean, ms: number): Promise<string | null> {
  const deadline = Date.now() + ms;
  let page: string | null = null;
  while (Date.now() < deadline) {
    page = await html(url);
    if (page !== null && test(page)) return page;
    await new Promise((done) => setTimeout(done, 250));
  }
  return page;
}

/** Rewrites the first line of `file` that `pick` chooses as `edit` makes it. */
function editLine(file: string, pick: (line: string, index: number) => boolean, edit: (line: string) => string): void {
  const lines = readFileSync(file, 'utf8').split('\n');
  const at = lines.findIndex(pick);
  expect(at, `a line to edit in ${file}`).toBeGreaterThanOrEqual(0);
  lines[at] = edit(lines[at]!);
  writeFileSync(file, lines.join('\n'));
}

const tmp = mkdtempSync(join(tmpdir(), 'fanwenku-dev-'));
let base = '';
let log = '';
/** The server's output without the line each polled request adds. */
const said = () =>
  log
    .split('\n')
    .filter((line) => !/ \[\d{3}\] \//.test(line))
    .slice(-40)
    .join('\n');
let stop = async () => {};

beforeAll(async () => {
  for (const sub of ['samples', 'sources']) cpSync(join(ROOT, 'src/content', sub), join(tmp, sub), { recursive: true });
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  // Without vitest's variables: Astro's dev server serves no page when it sees VITEST.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')));
  const server = spawn(join(BIN, 'astro'), ['dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT,
    env: { ...env, PATH: `${BIN}:${process.env.PATH ?? ''}`, FANWENKU_CONTENT: tmp, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<void>((done) => server.once('exit', () => done()));
  stop = async () => {
    if (server.exitCode === null) server.kill();
    await exited;
  };
  const url = `${base}/samples/${SAMPLE}/`;
  expect(await until(url, () => true, 90_000), `the dev server did not serve ${url}:\n${said()}`).not.toBeNull();
}, 120_000);

afterAll(async () => {
  await stop();
  rmSync(tmp, { recursive: true, force: true });
});

describe('astro dev', () => {
  it('shows an edited sample file on its page without a restart', async () => {
    const url = `${base}/samples/${SAMPLE}/`;
    expect(await html(url)).not.toContain(ADDED);
    // The body's first paragraph, its opening, gets one more sentence: the structure stays as it was.
    const file = join(tmp, 'samples', `${SAMPLE}.txt`);
    const body = readFileSync(file, 'utf8').split('\n').indexOf('---', 1);
    editLine(
      file,
      (text, i) => i > body && text !== '',
      (text) => text + ADDED,
    );
    const after = await until(url, (page) => page.includes(ADDED), 30_000);
    expect(after?.includes(ADDED), `the page did not show the edit within 30 s:\n${said()}`).toBe(true);
  }, 60_000);

  it('shows an edited source record on its page without a restart', async () => {
    const { name } = committedSamples().find((s) => s.id === SAMPLE)!.source;
    const url = `${base}/sources/${name}/`;
    expect(await until(url, () => true, 30_000)).not.toContain(ADDED);
    // The title the record gives its sample, which the source page lists.
    editLine(
      join(tmp, 'sources', `${name}.yaml`),
      (text) => /^ +title: /.test(text),
      (text) => text + ADDED,
    );
    const after = await until(url, (page) => page.includes(ADDED), 30_000);
    expect(after?.includes(ADDED), `the page did not show the edit within 30 s:\n${said()}`).toBe(true);
  }, 60_000);
});
