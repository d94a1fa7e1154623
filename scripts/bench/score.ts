import type { QueryRun } from './measure.ts';

/**
 * Sample-level accuracy over a set of queries, micro-averaged over (query, sample) pairs:
 * recall = TP / (TP + FN), precision = TP / (TP + FP), each 1 when its denominator is 0 (a
 * query that occurs nowhere and returns nothing is perfect; one that returns pages has
 * precision 0). Full recall: queries that returned every sample that contains them; exact:
 * queries that returned exactly those samples.
 */
export interface Score {
  queries: number;
  tp: number;
  fp: number;
  fn: number;
  recall: number;
  precision: number;
  fullRecall: number;
  exact: number;
  /** Navigation to results shown, ms: median and 95th percentile (nearest rank). */
  loadMedianMs: number;
  loadP95Ms: number;
  /** A new query in a loaded page to results shown, ms. */
  queryMedianMs: number;
  queryP95Ms: number;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function diff(run: QueryRun): { missing: string[]; extra: string[] } {
  const returned = new Set(run.returned);
  const truth = new Set(run.query.truth);
  return { missing: run.query.truth.filter((id) => !returned.has(id)), extra: run.returned.filter((id) => !truth.has(id)) };
}

export function score(runs: readonly QueryRun[]): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let fullRecall = 0;
  let exact = 0;
  for (const r of runs) {
    const { missing, extra } = diff(r);
    fn += missing.length;
    fp += extra.length;
    tp += r.query.truth.length - missing.length;
    if (missing.length === 0) fullRecall++;
    if (missing.length === 0 && extra.length === 0) exact++;
  }
  return {
    queries: runs.length,
    tp,
    fp,
    fn,
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    fullRecall,
    exact,
    loadMedianMs: percentile(
      runs.map((r) => r.loadMs),
      50,
    ),
    loadP95Ms: percentile(
      runs.map((r) => r.loadMs),
      95,
    ),
    queryMedianMs: percentile(
      runs.map((r) => r.queryMs ?? NaN),
      50,
    ),
    queryP95Ms: percentile(
      runs.map((r) => r.queryMs ?? NaN),
      95,
    ),
  };
}
