import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleFeatures, similarity, type SampleFeatures } from '../../../src/lib/check/similar.ts';
import { MOST_CHANGED, similarityIndex, similarLists, similarSamples } from '../../../src/lib/view/similarSamples.ts';
import { LEVELS } from '../../../src/lib/offices.ts';
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

/** A corpus's lists as `similarLists` keeps them for the next build: ids only. */
const idsOf = (lists: Map<string, { id: string }[]>) => new Map([...lists].map(([id, list]) => [id, list.map((s) => s.id)]));

// Few bigrams and lengths, so that samples share many and tie often.
const BIGRAMS = ['工作', '总结', '加强', '落实', '服务', '改革', '推进', '建设', '问题', '计划', '成绩', '经验'];
const featuresArb = (id: string) =>
  fc.record({
    id: fc.constant(id),
    title: fc.constant(`范文${id}`),
    level: fc.constantFrom(null, ...LEVELS.slice(0, 3)),
    roles: fc.subarray(['o', 'a', 'p', 'n', 'c']).map((r) => r.join('')),
    bigrams: fc.subarray(BIGRAMS).map((b) => b.sort().join('')),
    chars: fc.integer({ min: 0, max: 4 }).map((n) => n * 500),
  });
const corpusArb = (from: number, n: number) =>
  fc.tuple(...Array.from({ length: n }, (_, i) => featuresArb(String(from + i).padStart(3, '0'))));

describe('similarLists', () => {
  it('makes every sample’s list, as similarSamples does', () => {
    const index = similarityIndex(features);
    const lists = similarLists(index, 5);
    expect([...lists.keys()]).toEqual(features.map((f) => f.id));
    for (const f of features) expect(lists.get(f.id)).toEqual(similarSamples(index, f.id, 5));
  });

  it('makes from an earlier build’s lists what it makes afresh, whatever was added, changed or removed since', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        corpusArb(0, 24),
        corpusArb(100, 3),
        fc.array(fc.nat({ max: 23 }), { maxLength: 4 }),
        fc.array(fc.nat({ max: 23 }), { maxLength: 3 }),
        corpusArb(200, 24),
        (k, before, added, changedAt, removedAt, edits) => {
          const earlier = idsOf(similarLists(similarityIndex(before), k));
          const removed = new Set(removedAt.map((i) => before[i]!.id));
          const edited = new Set(changedAt.filter((i) => !removed.has(before[i]!.id)));
          const now = [
            ...before.flatMap((f, i) => (removed.has(f.id) ? [] : [edited.has(i) ? { ...edits[i]!, id: f.id, title: f.title } : f])),
            ...added,
          ];
          const changed = new Set([...[...edited].map((i) => before[i]!.id), ...added.map((f) => f.id)]);
          const index = similarityIndex(now);
          const afresh = similarLists(index, k);
          expect(similarLists(index, k, { lists: earlier, changed })).toEqual(afresh);
          for (const f of now) expect(afresh.get(f.id)).toEqual(similarSamples(index, f.id, k));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('ranks every list afresh when more samples changed than pay to score one by one', () => {
    const index = similarityIndex(features);
    const earlier = idsOf(similarLists(index, 3));
    // Lists that are wrong, kept by a build that cannot tell: reused only on the incremental path.
    const wrong = new Map([...earlier].map(([id]) => [id, [...earlier.keys()].filter((o) => o !== id).slice(-3)]));
    const many = new Set(Array.from({ length: MOST_CHANGED + 1 }, (_, i) => `new-${i}`));
    expect(similarLists(index, 3, { lists: wrong, changed: many })).toEqual(similarLists(index, 3));
    const one = new Set(['new-0']);
    expect(similarLists(index, 3, { lists: wrong, changed: one })).not.toEqual(similarLists(index, 3));
  });
});
