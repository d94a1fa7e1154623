import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * What a sample's analysed entry depends on besides its file: the engine's code (every module of
 * src/lib, and the content format's parsers) and the libraries it runs on (the lock file). The
 * loader keys an entry an earlier build analysed by this and the file's bytes, so a rebuild
 * analyses only the files that changed, and any change to the engine analyses them all again.
 * Reading ~200 small files costs a few milliseconds, far less than one sample's analysis. `root`
 * is the project's folder, where builds run: page code is bundled elsewhere, so its own URL
 * would not lead there.
 */
export function engineVersion(root = process.cwd()): string {
  const hash = createHash('sha256');
  const files = [
    ...readdirSync(join(root, 'src', 'lib'), { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => join(d.parentPath, d.name)),
    join(root, 'src', 'build', 'collection.ts'),
    join(root, 'src', 'build', 'contentFiles.ts'),
    // A checkout without a lock file still builds, keyed by the engine's code alone.
    ...[join(root, 'package-lock.json')].filter((f) => existsSync(f)),
  ];
  for (const file of files.map((f) => relative(root, f).split(sep).join('/')).sort()) {
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(root, file)))
      .update('\0');
  }
  return hash.digest('base64url');
}
