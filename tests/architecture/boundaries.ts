/**
 * The layout's rules as checks: what engine code may import, which packages may reach a browser
 * bundle, how heavy an island may be, and that no two modules share a name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export const ROOT = join(import.meta.dirname, '../..');

/** Every `.ts` file below `dir` (relative to the repository), sorted. */
export function tsFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f))
    .sort();
}

/** Module specifiers a source file loads at run time: static and dynamic imports and re-exports, not `import type`. */
export function runtimeImports(source: string): string[] {
  const specs: string[] = [];
  for (const m of source.matchAll(/^\s*(import|export)\s+(type\s+)?([^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm)) {
    if (m[2] === undefined) specs.push(m[4]!);
  }
  for (const m of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)|\brequire\(\s*['"]([^'"]+)['"]\s*\)/g)) specs.push(m[1] ?? m[2]!);
  return specs;
}

/** Engine code runs in Node and in the browser alike: no Node built-ins, no Astro. */
const ENGINE_FORBIDDEN = /^(node:|astro(:|\/|$)|fs$|path$|url$|child_process$|pagefind$|playwright)/;

/** The imports of one engine module that break the engine's boundary. */
export const engineViolations = (source: string): string[] => runtimeImports(source).filter((s) => ENGINE_FORBIDDEN.test(s));

/** Packages that must never reach a browser bundle: the schema validator, the YAML and Word writers. */
export const SERVER_ONLY_PACKAGES = ['zod', 'yaml', 'docx'] as const;

/** The islands pages load: every `src/islands` module a page, layout or component script imports, every worker, and the service worker. */
export function islandEntries(): string[] {
  const entries = new Set<string>();
  for (const dir of ['src/pages', 'src/layouts', 'src/components']) {
    for (const f of readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' }).filter((x) => x.endsWith('.astro'))) {
      for (const m of read(join(dir, f)).matchAll(/import\s+['"]([^'"]*\/islands\/[^'"]+)['"]/g)) {
        entries.add(relative(ROOT, join(ROOT, dir, f, '..', m[1]!)));
      }
    }
  }
  // Workers are islands too: `new Worker(new URL('./worker.ts', import.meta.url))`.
  for (const f of tsFiles('src/islands')) {
    for (const m of read(f).matchAll(/new\s+Worker\(\s*new\s+URL\(\s*['"]([^'"]+)['"]/g))
      entries.add(relative(ROOT, join(ROOT, f, '..', m[1]!)));
  }
  // A build step bundles the service worker, which the layout's inline script registers: named there by its path.
  for (const f of tsFiles('src/build')) {
    for (const m of read(f).matchAll(/['"](src\/islands\/[^'"]+\.ts)['"]/g)) entries.add(m[1]!);
  }
  return [...entries].sort();
}

export interface Bundle {
  /** gzip bytes of what loading the entry fetches at once: its chunk and the chunks it imports statically. */
  initial: number;
  /** gzip bytes of each chunk loaded only on demand (a dynamic import). */
  lazy: number[];
  /** Every node_modules package with code in what loads at once. */
  packages: Set<string>;
  /** Every node_modules package with code in a chunk loaded on demand. */
  lazyPackages: Set<string>;
}

/** Bundle one browser entry as Vite does for the site (ESM, minified, split at dynamic imports). */
export async function bundle(entry: string): Promise<Bundle> {
  const result = await build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    minify: true,
    write: false,
    metafile: true,
    // Nothing is written: outdir only names the chunks, relative to the root like the metafile's paths.
    absWorkingDir: ROOT,
    outdir: join(ROOT, 'bundle'),
    logLevel: 'silent',
  });
  const gzip = new Map(result.outputFiles.map((f) => [relative(ROOT, f.path), gzipSync(f.contents).length]));
  const outputs = result.metafile.outputs;
  const packagesOf = (files: string[]) => {
    const packages = new Set<string>();
    for (const file of files) {
      for (const [input, { bytesInOutput }] of Object.entries(outputs[file]!.inputs)) {
        const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
        if (m && bytesInOutput > 0) packages.add(m[1]!);
      }
    }
    return packages;
  };
  const initial = new Set<string>();
  const visit = (file: string) => {
    if (initial.has(file)) return;
    initial.add(file);
    for (const i of outputs[file]!.imports) if (i.kind === 'import-statement') visit(i.path);
  };
  visit(Object.keys(outputs).find((f) => outputs[f]!.entryPoint !== undefined)!);
  const size = (f: string) => gzip.get(f) ?? 0;
  const lazy = Object.keys(outputs).filter((f) => f.endsWith('.js') && !initial.has(f));
  return {
    initial: [...initial].reduce((n, f) => n + size(f), 0),
    lazy: lazy.map(size),
    packages: packagesOf([...initial]),
    lazyPackages: packagesOf(lazy),
  };
}

/** Module names used by more than one file under `dirs` (a name is the file name without `.ts`). */
export function clashingNames(files: string[]): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  for (const f of files) byName.set(basename(f, '.ts'), [...(byName.get(basename(f, '.ts')) ?? []), f]);
  return new Map([...byName].filter(([, fs]) => fs.length > 1));
}

export const read = (file: string): string => readFileSync(join(ROOT, file), 'utf8');
