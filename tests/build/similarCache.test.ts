import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { keptSimilarLists, similarCacheFile } from '../../src/build/similarCache.ts';
import { similarityIndex, similarLists } from '../../src/lib/view/similarSamples.ts';
import { features } from '../lib/check/samples.ts';

const dir = mkdtempSync(join(tmpdir(), 'fanwenku-similar-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const afresh = (samples: typeof features, k: number) => similarLists(similarityIndex(samples), k);

/** The kept file with every list replaced by the same wrong one: what the next build takes from it shows. */
function plantWrongLists(file: string): string[] {
  const kept = JSON.parse(readFileSync(file, 'utf8')) as { samples: Array<[string, string, string[]]> };
  const wrong = kept.samples.slice(-3).map(([id]) => id);
  for (const s of kept.samples) s[2] = wrong.filter((id) => id !== s[0]);
  writeFileSync(file, JSON.stringify(kept));
  return wrong;
}

describe('the 相似范文 lists a build keeps for the next', () => {
  it('are the lists made afresh, and kept in the file named, whole', () => {
    const file = join(dir, 'first', 'similar-samples.json');
    expect(keptSimilarLists(features, 3, file, 'v1')).toEqual(afresh(features, 3));
    expect(existsSync(file)).toBe(true);
    expect(readdirSync(join(dir, 'first'))).toEqual(['similar-samples.json']);
    expect(keptSimilarLists(features, 3, file, 'v1')).toEqual(afresh(features, 3));
  });

  it('are taken from the last build where nothing they depend on changed', () => {
    const file = join(dir, 'reuse', 'similar-samples.json');
    keptSimilarLists(features, 3, file, 'v1');
    const wrong = plantWrongLists(file);
    // Nothing changed: a list is taken as kept, so the planted one shows.
    const again = keptSimilarLists(features, 3, file, 'v1');
    const plain = features.find((f) => !wrong.includes(f.id))!;
    expect(
      again
        .get(plain.id)!
        .map((s) => s.id)
        .sort(),
    ).toEqual([...wrong].sort());
  });

  it('are made afresh by another engine, for another k, or from a file that does not parse', () => {
    for (const [version, k, spoil] of [
      ['v2', 3, false],
      ['v1', 4, false],
      ['v1', 3, true],
    ] as const) {
      const file = join(dir, `${version}-${k}-${spoil}`, 'similar-samples.json');
      keptSimilarLists(features, 3, file, 'v1');
      plantWrongLists(file);
      if (spoil) writeFileSync(file, readFileSync(file, 'utf8').slice(0, -10));
      expect(keptSimilarLists(features, k, file, version)).toEqual(afresh(features, k));
    }
  });

  it('follow a sample added, changed or removed since', () => {
    const file = join(dir, 'edits', 'similar-samples.json');
    const [first, ...rest] = features;
    keptSimilarLists(rest, 3, file, 'v1');
    const added = [first!, ...rest];
    expect(keptSimilarLists(added, 3, file, 'v1')).toEqual(afresh(added, 3));
    const changed = added.map((f, i) => (i === 5 ? { ...f, bigrams: first!.bigrams, roles: first!.roles } : f));
    expect(keptSimilarLists(changed, 3, file, 'v1')).toEqual(afresh(changed, 3));
    const removed = changed.filter((_, i) => i !== 2);
    expect(keptSimilarLists(removed, 3, file, 'v1')).toEqual(afresh(removed, 3));
  });

  it('live beside Astro’s cache', () => {
    expect(similarCacheFile({ FANWENKU_CACHE_DIR: '/tmp/x' })).toBe(join('/tmp/x', 'similar-samples.json'));
    expect(similarCacheFile({})).toBe(join('node_modules', '.astro', 'similar-samples.json'));
  });
});
