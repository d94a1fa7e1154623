import { describe, expect, it } from 'vitest';
import { sampleFeatures, similarity, type SampleFeatures } from '../../../src/lib/check/similar.ts';
import { similarityIndex, similarSamples } from '../../../src/lib/view/similarSamples.ts';
import { compareIds } from '../../../src/lib/content/order.ts';
import { realSamples, syntheticSamples } from '../../../scripts/bench/corpus.ts';
import { entryOf } from '../../../src/build/collection.ts';
import { features } from '../check/samples.ts';

/** The ranking the index must reproduce, pair by pair with the checker's `similarity`. */
function bruteForce(all: readonly SampleFeatures[], id: string, k: number) {
  const self = all.find((s) => s.id === id)!;
  return all
    .filter((s) => s.id !== id)
    .map((s) => ({ id: s.id, tier: self.level === null || s.level === self.level ? 0 : 1, score: similarity(self, s) }))
    .sort((a, b) => a.tier - b.tier || b.score - a.score || compareIds(a, b))
    .slice(0, k);
}

const agrees = (all: readonly SampleFeatures[], k: number) => {
  const index = similarityIndex(all);
  for (const s of all) {
    const got = similarSamples(index, s.id, k);
    const want = bruteForce(all, s.id, k);
    expect(got.map((g) => g.id)).toEqual(want.map((w) => w.id));
    got.forEach((g, n) => expect(g.score).toBeCloseTo(want[n]!.score, 12));
  }
};

describe('similarSamples', () => {
  it('ranks the committed samples as scoring every pair would, same level first', () => {
    agrees(features, 5);
    agrees(features, 12);
  });

  it('ranks a synthetic corpus as scoring every pair would', () => {
    agrees(
      syntheticSamples(realSamples(), 80).map((b) => sampleFeatures(entryOf(b.sample))),
      5,
    );
  }, 60_000);

  it('lists other samples only, of the same level before others, never more than k', () => {
    const index = similarityIndex(features);
    for (const s of features) {
      const list = similarSamples(index, s.id, 5);
      expect(list.length).toBe(Math.min(5, features.length - 1));
      expect(list.some((x) => x.id === s.id)).toBe(false);
      const tiers = list.map((x) => (s.level === null || x.level === s.level ? 0 : 1));
      expect(tiers).toEqual([...tiers].sort());
    }
  });

  it('still ranks samples that share no heading bigram, and nothing for an unknown id', () => {
    const bare = features.map((f) => ({ ...f, bigrams: '' }));
    agrees(bare, 3);
    expect(similarSamples(similarityIndex(bare), 'no-such-id', 3)).toEqual([]);
  });
});
