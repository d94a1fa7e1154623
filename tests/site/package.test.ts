import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative, sep } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { releasePackage } from '../../src/build/releasePackage.ts';
import { NGINX_SITE_DIR } from '../../src/build/serverConfigs.ts';
import { cacheControl, contentType, TEXT_EXTENSIONS } from '../../src/build/serving.ts';
import { occurrences } from '../../src/lib/search/matches.ts';
import { searchRecord } from '../../src/lib/search/records.ts';
import { committedEntries } from '../committed.ts';
import { launchBrowser } from './browser.ts';

// The release package of the build under test (run on the sub-path build): what it holds, that it
// packs to the same bytes twice, that its bundled server serves the site, that every server
// config types every file extension the build wrote, and, where nginx is installed, nginx
// serving the site with the package's nginx.conf.

const dist = inject('distDir');
const base = inject('base');
const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const DATE = new Date('2024-05-06T07:08:09Z');
const top = `fanwenku-${VERSION}`;

/** Every file the build wrote, relative to it with `/`. */
const built = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile())
  .map((d) => relative(dist, join(d.parentPath, d.name)).split(sep).join('/'))
  .sort();
const extensions = [...new Set(built.map((f) => extname(f).slice(1)))].sort();

let tmp: string;
let zip: Uint8Array;
let files: Record<string, Uint8Array>;
const text = (name: string) => Buffer.from(files[`${top}/${name}`]!).toString('utf8');

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'fanwenku-package-'));
  ({ zip } = await releasePackage({ dist, base, version: VERSION, date: DATE }));
  files = unzipSync(zip);
  for (const [name, bytes] of Object.entries(files)) {
    mkdirSync(dirname(join(tmp, name)), { recursive: true });
    writeFileSync(join(tmp, name), bytes);
  }
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A port free now on localhost. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** GET every built file from a server at `origin` + base: its status, type, cache header and encoding, with gzip accepted. */
async function served(origin: string): Promise<string[]> {
  const wrong: string[] = [];
  for (const file of built) {
    const path = file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file;
    const response = await fetch(`${origin}${base}${path}`, { headers: { 'accept-encoding': 'gzip' } });
    const ext = extname(file).slice(1);
    const got = `${response.status} ${response.headers.get('content-type')} ${response.headers.get('cache-control')}`;
    const want = `200 ${contentType(ext)} ${cacheControl(path)}`;
    if (got !== want) wrong.push(`${path}: ${got}, not ${want}`);
    await response.arrayBuffer();
  }
  return wrong;
}

describe('the release package', () => {
  it('holds the site, DEPLOY.md naming its path, the server configs and the local servers, in one folder', () => {
    const names = Object.keys(files);
    expect(names.every((n) => n.startsWith(`${top}/`))).toBe(true);
    expect(names.filter((n) => !n.startsWith(`${top}/site/`)).sort()).toEqual(
      ['DEPLOY.md', 'nginx.conf', 'serve.mjs', 'serve.ps1', 'start-windows.cmd'].map((n) => `${top}/${n}`),
    );
    expect(
      names
        .filter((n) => n.startsWith(`${top}/site/`))
        .map((n) => n.slice(`${top}/site/`.length))
        .sort(),
    ).toEqual(['.htaccess', ...built, 'web.config'].sort());
    expect(Buffer.from(files[`${top}/site/index.html`]!).equals(readFileSync(join(dist, 'index.html')))).toBe(true);
    expect(text('DEPLOY.md').split('\n')[0]).toContain(`访问路径是 **${base}**`);
    expect(text('DEPLOY.md')).toContain('# 范文库部署说明');
    // Windows reads the scripts in its own code page: PowerShell's with a BOM, cmd's ASCII; both CRLF.
    expect(text('serve.ps1').startsWith('\uFEFF')).toBe(true);
    expect(text('serve.ps1')).not.toMatch(/[^\r]\n/);
    expect(text('start-windows.cmd')).toMatch(/^[\x20-\x7e\r\n]*$/);
    expect(text('start-windows.cmd')).not.toMatch(/[^\r]\n/);
  });

  it('packs to the same bytes twice', async () => {
    const again = await releasePackage({ dist, base, version: VERSION, date: DATE });
    expect(Buffer.from(again.zip).equals(Buffer.from(zip))).toBe(true);
  });

  it('refuses a build made for another path', async () => {
    await expect(releasePackage({ dist, base: base === '/' ? '/other/' : '/', version: VERSION, date: DATE })).rejects.toThrow(
      /built for the path/,
    );
  });

  it('types every file extension the build wrote in every server config', () => {
    const configs = {
      nginx: [...text('nginx.conf').matchAll(/^ {12}\S+ (\w+);$/gm)].map((m) => m[1]!),
      iis: [...text('site/web.config').matchAll(/<mimeMap fileExtension="\.(\w+)"/g)].map((m) => m[1]!),
      apache: [...text('site/.htaccess').matchAll(/^AddType \S+ \.(\w+)$/gm)].map((m) => m[1]!),
      powershell: [...text('serve.ps1').matchAll(/^ {2}'\.(\w+)' = /gm)].map((m) => m[1]!),
    };
    expect(extensions.length).toBeGreaterThan(5);
    for (const [server, typed] of Object.entries(configs))
      expect(
        extensions.filter((e) => !typed.includes(e)),
        server,
      ).toEqual([]);
  });

  it('serves the site at its path with the bundled command, on a machine with nothing else (node serve.mjs)', async () => {
    const server = spawn(process.execPath, ['serve.mjs', '--port', '0'], { cwd: join(tmp, top), stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        server.stdout!.on('data', (chunk: Buffer) => {
          out += chunk.toString('utf8');
          const m = /http:\/\/localhost:(\d+)\//.exec(out);
          if (m) resolve(`http://localhost:${m[1]}`);
        });
        server.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}: ${out}`)));
      });
      expect(await served(url)).toEqual([]);
      const missing = await fetch(`${url}${base}no-such-page/`);
      expect(missing.status).toBe(404);
      expect(await missing.text()).toContain('找不到这个页面');
    } finally {
      server.kill();
    }
  });
});

const nginx =
  spawnSync('nginx', ['-v'], { env: { ...process.env, PATH: `${process.env.PATH ?? ''}:/usr/sbin:/usr/local/sbin` } }).status === 0;

describe.runIf(nginx)('nginx with the package’s nginx.conf', () => {
  let child: ChildProcess;
  let origin: string;
  beforeAll(async () => {
    const port = await freePort();
    const conf = join(tmp, 'nginx');
    mkdirSync(conf);
    writeFileSync(
      join(conf, 'fanwenku.conf'),
      text('nginx.conf')
        .replace('listen 80;', `listen 127.0.0.1:${port};`)
        .replaceAll(NGINX_SITE_DIR, join(tmp, top, 'site')),
    );
    const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${join(conf, t)};`).join(' ');
    // As root, nginx hands requests to an unprivileged user that cannot read the temp folder.
    const user = process.getuid?.() === 0 ? 'user root;' : '';
    writeFileSync(
      join(conf, 'nginx.conf'),
      `${user} daemon off; worker_processes 1; pid ${join(conf, 'nginx.pid')}; error_log ${join(conf, 'error.log')};\nevents {}\nhttp { access_log off; ${temp} include ${join(conf, 'fanwenku.conf')}; }\n`,
    );
    child = spawn('nginx', ['-p', conf, '-c', join(conf, 'nginx.conf'), '-e', join(conf, 'error.log')], {
      stdio: 'inherit',
      env: { ...process.env, PATH: `${process.env.PATH ?? ''}:/usr/sbin:/usr/local/sbin` },
    });
    origin = `http://127.0.0.1:${port}`;
    for (
      let tries = 0;
      (await fetch(`${origin}${base}`).then(
        (r) => r.status,
        () => 0,
      )) !== 200;
      tries++
    ) {
      if (tries === 100) throw new Error(`nginx did not start: ${readFileSync(join(conf, 'error.log'), 'utf8')}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
  afterAll(() => {
    child?.kill();
  });

  it('serves every file with its type and cache header, text compressed, Pagefind’s files as they are', async () => {
    expect(await served(origin)).toEqual([]);
    for (const file of [
      'pagefind/pagefind.js',
      built.find((f) => f.startsWith('_astro/') && f.endsWith('.css'))!,
      built.find((f) => f.startsWith('pagefind/index/'))!,
    ]) {
      const response = await fetch(`${origin}${base}${file}`, { headers: { 'accept-encoding': 'gzip' } });
      await response.arrayBuffer();
      expect(response.headers.get('content-encoding'), file).toBe(TEXT_EXTENSIONS.includes(extname(file).slice(1)) ? 'gzip' : null);
    }
  });

  it('answers a miss with the 404 page and the path without its slash with a redirect', async () => {
    const missing = await fetch(`${origin}${base}no-such-page/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('找不到这个页面');
    if (base !== '/') {
      const bare = await fetch(`${origin}${base.slice(0, -1)}`, { redirect: 'manual' });
      expect([bare.status, bare.headers.get('location')]).toEqual([301, base]);
    }
  });

  it('runs a search in Chromium, with results and deep links', async () => {
    const phrase = '以文辅政';
    const truth = committedEntries()
      .map((s) => searchRecord(s))
      .filter((r) => occurrences(r.text, phrase).length > 0)
      .map((r) => r.meta.id)
      .sort();
    const browser = await launchBrowser();
    const page = await browser.newPage();
    await page.goto(`${origin}${base}search/?q=${encodeURIComponent(phrase)}`);
    await page.waitForFunction(() => document.querySelector('#search-status')?.getAttribute('data-complete') === 'true');
    const ids = await page.$$eval('#search-results li[data-sample]', (lis) => lis.map((li) => li.getAttribute('data-sample')!).sort());
    expect(ids).toEqual(truth);
    await page.click('#search-results .hits a');
    await page.waitForFunction(() => CSS.highlights.get('search') !== undefined);
    expect(await page.textContent('#search-note')).toContain(phrase);
    await browser.close();
  });
});
