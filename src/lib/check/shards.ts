import { LEVELS, type Level } from '../offices.ts';
import { closestInIndex, type SimilarityIndex } from '../view/similarSamples.ts';
import { compareIds } from '../content/order.ts';
import type { Features, SampleFeatures, Similar } from './similar.ts';

/**
 * The samples' features as the checker's worker fetches them: static JSON files, one shard per
 * office level and one for samples without a level, each cut into chunks of at most
 * `SHARD_SAMPLES`. A draft needs only the shards of its level (what its similar samples are
 * ranked among), so the page carries none of them and a session fetches few.
 */

/** Samples per shard file: a level of thousands is fetched in parallel, cached and updated in parts. */
export const SHARD_SAMPLES = 1000;

/** A shard as the page lists it for the worker: what it holds and where it is. */
export interface ShardInfo {
  /** `county`, `none` (no level), `county-2` for a level's second chunk. */
  name: string;
  level: Level | null;
  /** How many samples it holds. */
  count: number;
}

/**
 * One sample in a shard file: no keys repeated per sample, no level (the shard's), and its
 * bigrams chained (`chainBigrams`), which halves the bytes of what is most of a sample.
 */
type EncodedSample = [id: string, title: string, roles: string, chains: string, chars: number];

/** A shard file's JSON. */
export interface EncodedShard {
  level: Level | null;
  samples: EncodedSample[];
}

/** Where a shard is served, below the base (`withBase`). */
export const shardPath = (name: string): `/${string}` => `/check/features/${name}.json`;

/**
 * The shards of a collection's features, `size` samples at most each, in level order then
 * collection order; empty levels have none.
 */
export function featureShards(samples: readonly SampleFeatures[], size = SHARD_SAMPLES): Array<{ info: ShardInfo; shard: EncodedShard }> {
  return [...LEVELS, null].flatMap((level) => {
    const own = samples.filter((s) => s.level === level).toSorted(compareIds);
    return Array.from({ length: Math.ceil(own.length / size) }, (_, c) => {
      const part = own.slice(c * size, (c + 1) * size);
      const name = `${level ?? 'none'}${c === 0 ? '' : `-${c + 1}`}`;
      return {
        info: { name, level, count: part.length },
        shard: { level, samples: part.map((s): EncodedSample => [s.id, s.title, s.roles, chainBigrams(s.bigrams), s.chars]) },
      };
    });
  });
}

/** A shard file's samples, as `sampleFeatures` made them. */
export const decodeShard = ({ level, samples }: EncodedShard): SampleFeatures[] =>
  samples.map(([id, title, roles, chains, chars]) => ({ id, title, level, roles, bigrams: unchainBigrams(chains), chars }));

/**
 * Distinct bigrams (`Features.bigrams`: two characters each, sorted) as chains separated by
 * spaces, each chain a string whose every two adjacent characters are one of them, each bigram
 * in one chain: `工作作风风气` holds 工作, 作风, 风气. Heading bigrams come from running text, so
 * most chain on and a bigram costs about one character instead of two.
 */
export function chainBigrams(bigrams: string): string {
  const pairs = bigrams.match(/[\s\S]{2}/gu) ?? [];
  // By first character, last first: popped in order.
  const from = new Map<string, string[]>();
  for (const b of pairs.toReversed()) {
    const list = from.get(b[0]!);
    if (list) list.push(b);
    else from.set(b[0]!, [b]);
  }
  const used = new Set<string>();
  const chains: string[] = [];
  const chainFrom = (b: string) => {
    used.add(b);
    let chain = b;
    for (let next = from.get(b[1]!)?.pop(); next !== undefined; next = from.get(chain.at(-1)!)?.pop()) {
      if (used.has(next)) continue;
      used.add(next);
      chain += next[1];
    }
    chains.push(chain);
  };
  // Chains start where no bigram leads in (工作 before 作风), then at what is left (cycles).
  const ends = new Set(pairs.map((b) => b[1]!));
  for (const b of pairs) if (!used.has(b) && !ends.has(b[0]!)) chainFrom(b);
  for (const b of pairs) if (!used.has(b)) chainFrom(b);
  return chains.join(' ');
}

/** The bigrams of `chainBigrams`' chains, as it was given them. */
export function unchainBigrams(chains: string): string {
  const bigrams = new Set<string>();
  for (const chain of chains.split(' ')) for (let i = 0; i + 2 <= chain.length; i++) bigrams.add(chain.slice(i, i + 2));
  return [...bigrams].sort().join('');
}

/**
 * The shards a draft's similar samples are ranked among: those of its level when it has any
 * samples, all of them otherwise (as `closestSamples`). None for a blank draft: nothing is shown.
 */
export function shardsFor<S extends ShardInfo>(draft: Features, shards: readonly S[]): S[] {
  if (draft.chars === 0) return [];
  const same = draft.level === null ? [] : shards.filter((s) => s.level === draft.level && s.count > 0);
  return same.length > 0 ? same : [...shards];
}

/** A shard the worker has loaded, indexed. */
export interface LoadedShard {
  info: ShardInfo;
  index: SimilarityIndex;
}

/**
 * The `n` samples closest to a draft among the shards it needs (`shardsFor`), as `closestSamples`
 * ranks their samples: each shard gives its own `n` closest, and the closest of those are the
 * closest of all.
 */
export function closestInShards(draft: Features, shards: readonly LoadedShard[], n = 3): Similar {
  const samples = shards
    .flatMap((s) => closestInIndex(s.index, draft, n))
    .sort((a, b) => b.score - a.score || compareIds(a, b))
    .slice(0, n);
  return { sameLevel: draft.level !== null && shards.length > 0 && shards.every((s) => s.info.level === draft.level), samples };
}
