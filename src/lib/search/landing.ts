/**
 * Where a reader arriving from a search result lands among a phrase's matches on a sample page,
 * and how 上一处 / 下一处 step through them. Matches are given by their start offsets in the page's
 * searchable text, in document order.
 */

/**
 * The match to land on: the first one starting at or after `from` (where the linked section
 * starts; 0 without a section), or the last one when the section holds none (a stale link).
 */
export function landingMatch(starts: readonly number[], from: number): number {
  const i = starts.findIndex((s) => s >= from);
  return i === -1 ? starts.length - 1 : i;
}

/** The match `delta` steps from match `k` of `n`, wrapping around at either end. */
export function stepMatch(k: number, n: number, delta: number): number {
  return (((k + delta) % n) + n) % n;
}

/** The navigator's counter for match `k` (from 0) of `n`: as shown (`2 / 5`) and as spoken. */
export function matchCounter(k: number, n: number): { shown: string; spoken: string } {
  return { shown: `${k + 1} / ${n}`, spoken: `第 ${k + 1} 处，共 ${n} 处` };
}
