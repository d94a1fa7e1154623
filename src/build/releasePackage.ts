import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { build } from 'esbuild';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { zipTime } from '../lib/format/zipTime.ts';
import { htaccess, nginxConf, webConfig } from './serverConfigs.ts';
import { serveScript, startScript } from './windowsServer.ts';

const ROOT = join(import.meta.dirname, '../..');

/**
 * The release package `fanwenku-<version>.zip`, one folder `fanwenku-<version>/` holding:
 * `site/` (the build, with web.config for IIS and .htaccess for Apache beside index.html),
 * `nginx.conf`, `DEPLOY.md` for IT staff (its first line names the path the build is for),
 * `serve.mjs` (Node 18 or later) and `serve.ps1` with `start-windows.cmd` (Windows, nothing to
 * install) to serve the site on a machine without a web server.
 *
 * Entries are sorted and carry `date` as their time, so one build packs to the same bytes.
 */
export async function releasePackage(options: {
  dist: string;
  base: string;
  version: string;
  date: Date;
}): Promise<{ name: string; zip: Uint8Array }> {
  const { dist, base, version, date } = options;
  const builtFor = /<p data-offline-note data-sw="([^"]*)sw\.js"/.exec(readFileSync(join(dist, 'index.html'), 'utf8'))?.[1];
  if (builtFor !== base)
    throw new Error(`${dist} was built for the path ${builtFor ?? '(unknown)'}, not ${base}: build again with FANWENKU_BASE=${base}`);
  if (!existsSync(join(dist, 'sw.js')))
    throw new Error(`${dist} has no sw.js: build with npm run build (astro build, the search index, then the offline files)`);

  const top = `fanwenku-${version}`;
  const files: Record<string, Uint8Array> = {};
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[`${top}/site/${relative(dist, path).split(sep).join('/')}`] = readFileSync(path);
  }
  const deploy = readFileSync(join(ROOT, 'DEPLOY.md'), 'utf8');
  Object.assign(files, {
    [`${top}/DEPLOY.md`]: strToU8(
      `> 本包 ${version} 的访问路径是 **${base}**：站点的网址形如 http://服务器地址${base}（见下文“访问路径”）。\n\n${deploy}`,
    ),
    [`${top}/site/web.config`]: strToU8(webConfig(version, base)),
    [`${top}/site/.htaccess`]: strToU8(htaccess(version, base)),
    [`${top}/nginx.conf`]: strToU8(nginxConf(version, base)),
    [`${top}/serve.mjs`]: await nodeServer(base),
    [`${top}/serve.ps1`]: strToU8(serveScript(version, base)),
    [`${top}/start-windows.cmd`]: strToU8(startScript()),
  });

  const mtime = zipTime(date);
  const sorted: Zippable = {};
  for (const name of Object.keys(files).sort()) sorted[name] = [files[name]!, { mtime }];
  return { name: `${top}.zip`, zip: zipSync(sorted, { level: 9 }) };
}

/** `serve.mjs`: the static server the tests use, bundled with its start-up for the package's path. */
async function nodeServer(base: string): Promise<Uint8Array> {
  const bundled = await build({
    stdin: {
      contents: `import { runLocalServer } from './src/build/staticServer.ts';\nrunLocalServer(import.meta.url, ${JSON.stringify(base)}, process.argv.slice(2));\n`,
      resolveDir: ROOT,
      sourcefile: 'serve.mjs',
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node18',
    banner: { js: '// 范文库本机服务器：node serve.mjs [--port 8080]（Node.js 18 及以上）' },
    write: false,
    logLevel: 'silent',
  });
  return bundled.outputFiles[0]!.contents;
}
