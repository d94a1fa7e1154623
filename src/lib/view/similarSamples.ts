import type { Level } from '../offices.ts';
import { lengthRatio, ROLE_CODES, weightedSimilarity, type Features, type SampleFeatures } from '../check/similar.ts';
import { compareIds } from '../content/order.ts';

/**
 * The samples most like each sample, by the draft checker's score (`similarity`), for a list on
 * every sample page. The build asks for every sample, so not every pair is scored: an inverted
 * index of heading bigrams yields candidates, rarest bigram first, and the walk stops as soon as
 * a sample not met yet could no longer make the list (after p of a sample's m bigrams, one not
 * met shares at most m − p). Common bigrams (工作, 加强) are thus seldom walked. The draft checker
 * ranks a draft the same way, over an index of each shard of features it loaded (`closestInIndex`).
 */
export interface SimilarityIndex {
  samples: readonly SampleFeatures[];
  /** Position of each id in `samples`. */
  positions: ReadonlyMap<string, number>;
  /** The number of each bigram; rarer bigrams have lower numbers. */
  numbers: ReadonlyMap<string, number>;
  /** Per sample, its distinct heading bigrams as numbers, ascending; rarer bigrams have lower numbers. */
  grams: readonly Int32Array[];
  /** Per bigram number, the positions of the samples that have it. */
  postings: readonly Int32Array[];
  /** Per sample, its part roles as a bit set. */
  roles: Uint8Array;
}

export interface SimilarSample {
  id: string;
  title: string;
  level: Level | null;
  score: number;
}

/** The index of a collection's features, built once per build. */
export function similarityIndex(samples: readonly SampleFeatures[]): SimilarityIndex {
  const own = samples.map((s) => s.bigrams.match(/[\s\S]{2}/gu) ?? []);
  const df = new Map<string, number>();
  for (const bigrams of own) for (const b of bigrams) df.set(b, (df.get(b) ?? 0) + 1);
  // Numbered by ascending frequency, so each sample's sorted numbers list its rarest bigrams first.
  const numbers = new Map(
    [...df.keys()].sort((a, b) => df.get(a)! - df.get(b)! || (a < b ? -1 : a > b ? 1 : 0)).map((b, n) => [b, n] as const),
  );
  const lists: number[][] = Array.from({ length: numbers.size }, () => []);
  const grams = own.map((bigrams, i) => {
    const ns = Int32Array.from(bigrams, (b) => numbers.get(b)!).sort();
    for (const n of ns) lists[n]!.push(i);
    return ns;
  });
  return {
    samples,
    positions: new Map(samples.map((s, i) => [s.id, i])),
    numbers,
    grams,
    postings: lists.map((l) => Int32Array.from(l)),
    roles: Uint8Array.from(samples, (s) => roleBits(s.roles)),
  };
}

/** Part roles (`Features.roles`) as a bit set, one bit per role. */
const roleBits = (roles: string) => [...roles].reduce((bits, r) => bits | (1 << ROLE_CODES.indexOf(r)), 0);

const bitCount = (n: number) => {
  let c = 0;
  for (; n !== 0; n &= n - 1) c++;
  return c;
};

/** How many numbers two ascending arrays share. */
function common(a: Int32Array, b: Int32Array): number {
  let n = 0;
  for (let x = 0, y = 0; x < a.length && y < b.length;) {
    if (a[x]! < b[y]!) x++;
    else if (a[x]! > b[y]!) y++;
    else (n++, x++, y++);
  }
  return n;
}

/** The position of `n` in an ascending array that holds it. */
function rank(a: Int32Array, n: number): number {
  let lo = 0;
  for (let hi = a.length - 1; lo < hi;) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! < n) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Ranked {
  /** Position in the index. */
  at: number;
  /** 0 for a sample of the first tier (the same level, or any), 1 otherwise. */
  tier: number;
  score: number;
}

/** What a ranking compares the samples of an index with: a sample of it, or a draft. */
interface Query {
  /** Its bigrams the index knows, as numbers, ascending. */
  grams: Int32Array;
  /** How many distinct bigrams it has, the ones the index does not know included. */
  size: number;
  roles: number;
  chars: number;
  /** Its own position in the index (never ranked), or -1. */
  self: number;
  /** The tier of the sample at a position. */
  tierOf: (j: number) => number;
}

/** The `k` samples of an index closest to a query: first tier first, then by score, then in collection order. */
function nearest(index: SimilarityIndex, query: Query, k: number): SimilarSample[] {
  if (k <= 0) return [];
  const { samples, grams, postings } = index;
  const { grams: mine, size, self, tierOf } = query;
  const seen = new Uint8Array(samples.length);
  if (self >= 0) seen[self] = 1;
  const top: Ranked[] = [];
  const before = rankOrder(index);

  /** Whether a sample of this tier and score, at position j, would make the list. */
  const makesList = (j: number, tier: number, score: number) => {
    const last = top[k - 1];
    return (
      last === undefined ||
      tier < last.tier ||
      (tier === last.tier && (score > last.score || (score === last.score && compareIds(samples[j]!, samples[last.at]!) < 0)))
    );
  };

  /**
   * Ranks sample j. `most` is how many bigrams it can share with the query at most: it is counted
   * only when that many would let it make the list.
   */
  const consider = (j: number, most: number) => {
    const tier = tierOf(j);
    const last = top[k - 1];
    if (last !== undefined && tier > last.tier) return;
    const bound = scoreOf(index, query, j, most);
    if (!makesList(j, tier, bound)) return;
    const score = most === 0 ? bound : scoreOf(index, query, j);
    if (!makesList(j, tier, score)) return;
    const r: Ranked = { at: j, tier, score };
    let at = top.length;
    while (at > 0 && before(r, top[at - 1]!) < 0) at--;
    top.splice(at, 0, r);
    if (top.length > k) top.pop();
  };

  let p = 0;
  for (; p < mine.length; p++) {
    const last = top[k - 1];
    if (last !== undefined && last.tier === 0 && last.score > weightedSimilarity((mine.length - p) / size, 1, 1)) break;
    for (const j of postings[mine[p]!]!) {
      if (seen[j] === 0) {
        seen[j] = 1;
        // Met first at this bigram: it shares none of the p before, nor its own rarer ones.
        consider(j, Math.min(mine.length - p, grams[j]!.length - rank(grams[j]!, mine[p]!)));
      }
    }
  }
  // Every bigram walked: the samples not met share none, and may still make the list.
  if (p === mine.length) for (let j = 0; j < samples.length; j++) if (seen[j] === 0) consider(j, 0);
  return top.map((r) => similarOf(index, r));
}

/** The order of a ranking: first tier first, then by score, then in collection order. */
const rankOrder =
  ({ samples }: SimilarityIndex) =>
  (a: Ranked, b: Ranked): number =>
    a.tier - b.tier || b.score - a.score || compareIds(samples[a.at]!, samples[b.at]!);

const similarOf = ({ samples }: SimilarityIndex, { at, score }: Ranked): SimilarSample => ({
  id: samples[at]!.id,
  title: samples[at]!.title,
  level: samples[at]!.level,
  score,
});

/**
 * The score of sample j against a query: the checker's `similarity`, from the index. `shared` is
 * how many bigrams the two share, or a bound of it.
 */
function scoreOf(
  index: SimilarityIndex,
  query: Pick<Query, 'grams' | 'size' | 'roles' | 'chars'>,
  j: number,
  shared = common(query.grams, index.grams[j]!),
): number {
  const theirs = index.roles[j]!;
  const roleBoth = bitCount(query.roles & theirs);
  const roleEither = bitCount(query.roles) + bitCount(theirs) - roleBoth;
  return weightedSimilarity(
    shared === 0 ? 0 : shared / (query.size + index.grams[j]!.length - shared),
    roleEither === 0 ? 0 : roleBoth / roleEither,
    lengthRatio(query.chars, index.samples[j]!.chars),
  );
}

/** Sample i as a query: those of its level are its first tier, all samples alike when its level is unknown. */
function sampleQuery(index: SimilarityIndex, i: number): Query {
  const { level } = index.samples[i]!;
  const mine = index.grams[i]!;
  return {
    grams: mine,
    size: mine.length,
    roles: index.roles[i]!,
    chars: index.samples[i]!.chars,
    self: i,
    tierOf: (j) => (level === null || index.samples[j]!.level === level ? 0 : 1),
  };
}

/**
 * The `k` samples most similar to sample `id`: those of its level first (the checker ranks only
 * those when there are any), then, when its level has fewer than `k` others, those of other
 * levels; all samples alike when its level is unknown. Empty for an unknown id.
 */
export function similarSamples(index: SimilarityIndex, id: string, k = 5): SimilarSample[] {
  const i = index.positions.get(id);
  return i === undefined ? [] : nearest(index, sampleQuery(index, i), k);
}

/**
 * Beyond this many changed samples, `similarLists` ranks every list afresh: scoring each changed
 * sample against every sample would cost more than the index's pruned walk.
 */
export const MOST_CHANGED = 64;

/** Lists an earlier build made, and what changed since. */
export interface EarlierLists {
  /** Each sample's `k` most similar samples then, by id. */
  lists: ReadonlyMap<string, readonly string[]>;
  /** The samples added since, or whose features changed. A removed sample need not be named. */
  changed: ReadonlySet<string>;
}

/**
 * Every sample's `similarSamples(index, id, k)`, reusing lists an earlier build made with the same
 * `k`. A sample unchanged since, whose list then named no sample changed or removed since, keeps
 * that list's samples as candidates beside the changed ones: every other sample ranked below all
 * of its list then, and still does. A rebuild after one import thus scores k + 1 pairs per
 * sample instead of walking the index.
 */
export function similarLists(index: SimilarityIndex, k: number, earlier?: EarlierLists): Map<string, SimilarSample[]> {
  const { samples, positions } = index;
  const changed =
    earlier !== undefined && earlier.changed.size <= MOST_CHANGED ? [...earlier.changed].flatMap((id) => positions.get(id) ?? []) : null;
  const lists = new Map<string, SimilarSample[]>();
  samples.forEach(({ id }, i) => {
    const kept = changed !== null && !earlier!.changed.has(id) ? earlier!.lists.get(id) : undefined;
    const ats = kept?.map((other) => (earlier!.changed.has(other) ? undefined : positions.get(other)));
    if (ats === undefined || ats.includes(undefined)) {
      lists.set(id, similarSamples(index, id, k));
      return;
    }
    const query = sampleQuery(index, i);
    const ranked = [...new Set([...(ats as number[]), ...changed!])]
      .filter((j) => j !== i)
      .map((j): Ranked => ({ at: j, tier: query.tierOf(j), score: scoreOf(index, query, j) }))
      .sort(rankOrder(index))
      .slice(0, k);
    lists.set(
      id,
      ranked.map((r) => similarOf(index, r)),
    );
  });
  return lists;
}

/** The `k` samples of an index closest to a draft's features, by the checker's score (`similarity`), whatever their level. */
export function closestInIndex(index: SimilarityIndex, draft: Features, k: number): SimilarSample[] {
  const bigrams = new Set(draft.bigrams.match(/[\s\S]{2}/gu) ?? []);
  const known = [...bigrams].flatMap((b) => {
    const n = index.numbers.get(b);
    return n === undefined ? [] : [n];
  });
  return nearest(
    index,
    {
      grams: Int32Array.from(known).sort(),
      size: bigrams.size,
      roles: roleBits(draft.roles),
      chars: draft.chars,
      self: -1,
      tierOf: () => 0,
    },
    k,
  );
}
