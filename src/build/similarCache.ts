import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SampleFeatures } from '../lib/check/similar.ts';
import { similarityIndex, similarLists, type SimilarSample } from '../lib/view/similarSamples.ts';
import { cacheDir } from './cacheDir.ts';
import { engineVersion } from './engineVersion.ts';

/** What a build keeps of its 相似范文 lists for the next: per sample, its features' digest and its list's ids. */
interface Kept {
  /** `engineVersion()` of the build that made it: the ranking is engine code. */
  version: string;
  k: number;
  samples: Array<[id: string, features: string, list: string[]]>;
}

/** The file a build keeps its lists in, beside Astro's own cache (Astro empties dist). */
export const similarCacheFile = (env: NodeJS.ProcessEnv = process.env): string => join(cacheDir(env), 'similar-samples.json');

/** A digest of what a sample's rank in others' lists, and its own list, depend on. */
const featuresDigest = ({ level, roles, bigrams, chars }: SampleFeatures): string =>
  createHash('sha256')
    .update(JSON.stringify([level, roles, bigrams, chars]))
    .digest('base64url');

/** The lists kept in `file`, when it holds lists of `k` by this engine. */
function read(file: string, version: string, k: number): Kept | undefined {
  try {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as Kept;
    return kept.version === version && kept.k === k && Array.isArray(kept.samples) ? kept : undefined;
  } catch {
    return undefined;
  }
}

/** Keep `kept` whole or not at all (a temp file renamed into place); a cache is a help, so a failure fails no build. */
function write(file: string, kept: Kept): void {
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temp, JSON.stringify(kept));
    renameSync(temp, file);
  } catch {
    rmSync(temp, { force: true });
  }
}

/**
 * Every sample's `k` most similar samples (`similarLists`), from the lists the last build kept in
 * `file`: a rebuild after one import scores k + 1 pairs per sample instead of ranking each list
 * afresh (65 s at 10,000 samples). The lists are the same either way; then keeps them for the next.
 */
export function keptSimilarLists(
  samples: readonly SampleFeatures[],
  k: number,
  file = similarCacheFile(),
  version = engineVersion(),
): Map<string, SimilarSample[]> {
  const digests = samples.map(featuresDigest);
  const kept = read(file, version, k);
  const earlier = kept && {
    lists: new Map(kept.samples.map(([id, , list]) => [id, list])),
    features: new Map(kept.samples.map(([id, features]) => [id, features])),
  };
  const lists = similarLists(
    similarityIndex(samples),
    k,
    earlier && {
      lists: earlier.lists,
      changed: new Set(samples.filter((s, i) => earlier.features.get(s.id) !== digests[i]).map((s) => s.id)),
    },
  );
  write(file, { version, k, samples: samples.map((s, i) => [s.id, digests[i]!, lists.get(s.id)!.map((o) => o.id)]) });
  return lists;
}
