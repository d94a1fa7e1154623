import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../src/lib/check/report.ts';
import {
  chainBigrams,
  closestInShards,
  decodeShard,
  featureShards,
  shardPath,
  shardsFor,
  unchainBigrams,
  type EncodedShard,
  type LoadedShard,
} from '../../../src/lib/check/shards.ts';
import { closestSamples, sampleFeatures, type SampleFeatures } from '../../../src/lib/check/similar.ts';
import { similarityIndex } from '../../../src/lib/view/similarSamples.ts';
import { realSamples, syntheticSamples } from '../../../scripts/bench/corpus.ts';
import { entryOf } from '../../../src/build/collection.ts';
import { features, pasted, samples } from './samples.ts';

/** The shards as the worker holds them once fetched: through JSON, decoded and indexed. */
const loaded = (all: readonly SampleFeatures[], size?: number): LoadedShard[] =>
  featureShards(all, size).map(({ info, shard }) => ({
    info,
    index: similarityIndex(decodeShard(JSON.parse(JSON.stringify(shard)) as EncodedShard)),
  }));

/** What the worker ranks a draft among: the shards it needs, out of all. */
const ranked = (all: readonly LoadedShard[], draft: SampleFeatures, n?: number) =>
  closestInShards(
    draft,
    shardsFor(
      draft,
      all.map((s) => s.info),
    ).map((info) => all.find((s) => s.info === info)!),
    n,
  );

describe('featureShards', () => {
  it('puts every sample in one shard of its level, at most `size` a shard, and decodes them as they were', () => {
    for (const size of [1, 2, 1000]) {
      const shards = featureShards(features, size);
      expect(new Set(shards.map((s) => s.info.name)).size).toBe(shards.length);
      for (const { info, shard } of shards) {
        expect(shard.samples.length).toBe(info.count);
        expect(info.count).toBeGreaterThan(0);
        expect(info.count).toBeLessThanOrEqual(size);
        expect(info.level).toBe(shard.level);
        expect(info.name.startsWith(info.level ?? 'none')).toBe(true);
        expect(shardPath(info.name)).toMatch(/^\/check\/features\/[a-z]+(-\d+)?\.json$/);
      }
      const decoded = shards.flatMap(({ shard }) => decodeShard(JSON.parse(JSON.stringify(shard)) as EncodedShard));
      expect(decoded.toSorted((a, b) => (a.id < b.id ? -1 : 1))).toEqual(features.toSorted((a, b) => (a.id < b.id ? -1 : 1)));
    }
  });

  it('makes one shard per level present when no level exceeds the size', () => {
    const levels = new Set(features.map((f) => f.level ?? 'none'));
    expect(
      featureShards(features)
        .map((s) => s.info.name)
        .sort(),
    ).toEqual([...levels].sort());
  });
});

describe('chainBigrams', () => {
  it('chains bigrams that follow on, and gives back exactly the bigrams it was given', () => {
    const bigrams = ['作风', '工作', '常常', '常规', '风气', '规范'].sort().join('');
    const chains = chainBigrams(bigrams);
    expect(chains.split(' ').toSorted()).toEqual(['工作风气', '常常规范']);
    expect(unchainBigrams(chains)).toBe(bigrams);
    expect(unchainBigrams(chainBigrams(''))).toBe('');
  });

  it('gives back every committed sample’s bigrams, in fewer characters', () => {
    let chained = 0;
    for (const f of features) {
      const chains = chainBigrams(f.bigrams);
      expect(unchainBigrams(chains)).toBe(f.bigrams);
      expect(chains.length).toBeLessThan(f.bigrams.length);
      chained += chains.length;
    }
    expect(chained).toBeLessThan(0.85 * features.reduce((n, f) => n + f.bigrams.length, 0));
  });
});

describe('shardsFor', () => {
  const shards = featureShards(features, 2).map((s) => s.info);

  it('needs only the shards of the draft’s level when it has samples', () => {
    for (const f of features.filter((x) => x.level !== null)) {
      const need = shardsFor(f, shards);
      expect(need.length).toBeGreaterThan(0);
      expect(need.every((s) => s.level === f.level)).toBe(true);
      expect(need.reduce((n, s) => n + s.count, 0)).toBe(features.filter((x) => x.level === f.level).length);
    }
  });

  it('needs every shard for a draft of unknown level or of a level without samples, none for a blank draft', () => {
    const draft = features[0]!;
    expect(shardsFor({ ...draft, level: null }, shards)).toEqual(shards);
    const absent = shards.filter((s) => s.level !== draft.level);
    expect(shardsFor(draft, absent)).toEqual(absent);
    expect(shardsFor({ level: draft.level, roles: '', bigrams: '', chars: 0 }, shards)).toEqual([]);
  });
});

describe('closestInShards', () => {
  const agrees = (all: readonly SampleFeatures[], size: number, n: number) => {
    const shards = loaded(all, size);
    for (const f of all) {
      for (const draft of [f, { ...f, level: null }]) {
        const got = ranked(shards, draft, n);
        const want = closestSamples(draft, all, n);
        expect(got.sameLevel).toBe(want.sameLevel);
        expect(got.samples.map((s) => s.id)).toEqual(want.samples.map((s) => s.id));
        got.samples.forEach((s, k) => expect(s.score).toBeCloseTo(want.samples[k]!.score, 12));
      }
    }
  };

  it('ranks the committed samples as closestSamples ranks them all, however the shards are cut', () => {
    for (const size of [1, 3, 1000]) agrees(features, size, 3);
    agrees(features, 2, 20);
  });

  it('ranks a synthetic corpus as closestSamples does', () => {
    agrees(
      syntheticSamples(realSamples(), 60).map((b) => sampleFeatures(entryOf(b.sample))),
      7,
      3,
    );
  }, 60_000);

  it('counts a draft’s bigrams no sample has: the checker’s report is the same ranked either way', () => {
    const shards = loaded(features, 4);
    for (const s of samples) {
      const text = `${pasted(s)}\n五、新增从未出现的标题鑫淼焱垚`;
      const report = checkDraft(text, (draft) => ranked(shards, { ...draft, id: '', title: '' }));
      expect(report).toEqual(checkDraft(text, features));
    }
  });
});
