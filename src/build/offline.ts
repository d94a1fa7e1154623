import { createHash } from 'node:crypto';
import { closeSync, openSync, readdirSync, readSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { build } from 'esbuild';
import { MANIFEST } from '../lib/offline/caches.ts';
import { offlineManifest, type BuiltFile, type OfflineManifest } from '../lib/offline/manifest.ts';

/** The service worker's source, bundled into `sw.js` at the root of the build. */
export const SERVICE_WORKER = 'src/islands/offline/serviceWorker.ts';

const ROOT = join(import.meta.dirname, '../..');

const digest = (data: string | Buffer) => createHash('sha256').update(data).digest('base64url').slice(0, 16);

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** A page's title as its `<title>` holds it, without the site's name that Base.astro appends. */
function titleOf(html: string): string | undefined {
  const raw = /<title>([^<]*)<\/title>/.exec(html)?.[1];
  return raw?.replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!).replace(/ – 范文库$/, '');
}

/**
 * Each file read through one buffer: a whole build's files read whole would each be a buffer
 * outside the heap, which the collector frees late (2.6 GB at 10,000 samples).
 */
const CHUNK = Buffer.allocUnsafe(1 << 20);

/** A file's size, digest and, when asked, its first chunk as text (a page's `<title>` is in its head). */
function fileFacts(path: string, head: boolean): { bytes: number; hash: string; head?: string } {
  const fd = openSync(path, 'r');
  try {
    const hash = createHash('sha256');
    let bytes = 0;
    let text: string | undefined;
    for (let n = readSync(fd, CHUNK); n > 0; n = readSync(fd, CHUNK)) {
      if (head && text === undefined) text = CHUNK.toString('utf8', 0, n);
      hash.update(CHUNK.subarray(0, n));
      bytes += n;
    }
    return { bytes, hash: hash.digest('base64url').slice(0, 16), head: head ? (text ?? '') : undefined };
  } finally {
    closeSync(fd);
  }
}

function builtFiles(dist: string): BuiltFile[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => {
      const path = join(d.parentPath, d.name);
      const file = relative(dist, path).split(sep).join('/');
      const facts = fileFacts(path, file.endsWith('.html'));
      const title = facts.head === undefined ? undefined : titleOf(facts.head);
      return { file, bytes: facts.bytes, hash: facts.hash, ...(title === undefined ? {} : { title }) };
    });
}

/**
 * Write the offline files of a finished build (pages, assets and search index in place):
 * `offline.json`, the manifest, and `sw.js`, the service worker with the build's version and shell.
 */
export async function writeOffline(dist: string): Promise<{ manifest: OfflineManifest; serviceWorker: Uint8Array }> {
  const manifest = offlineManifest(builtFiles(dist), digest);
  writeFileSync(join(dist, MANIFEST), JSON.stringify(manifest));
  const bundled = await build({
    entryPoints: [join(ROOT, SERVICE_WORKER)],
    bundle: true,
    // A classic worker: module service workers are younger than the browsers offices still run.
    format: 'iife',
    target: 'es2020',
    minify: true,
    write: false,
    define: { __OFFLINE__: JSON.stringify({ version: manifest.version, shell: manifest.shell }) },
    logLevel: 'silent',
  });
  const serviceWorker = bundled.outputFiles[0]!.contents;
  writeFileSync(join(dist, 'sw.js'), serviceWorker);
  return { manifest, serviceWorker };
}
