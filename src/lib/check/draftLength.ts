import type { Level } from '../offices.ts';

/** The lengths of a set of samples, compact enough to embed in a page: [count, shortest, median, longest]. */
export type LengthFigure = [number, number, number, number];

/** A figure per level, and `*` for all samples (a draft of unknown level, or of a level without samples). */
export type LengthStats = Partial<Record<Level | '*', LengthFigure>>;

/** A draft far shorter than the samples it is compared with, and those samples' figure. */
export interface ShortDraft {
  chars: number;
  /** The level compared with; null when compared with all samples. */
  level: Level | null;
  figure: LengthFigure;
}

/** Below this share of the median length of its samples, a draft is far shorter than they are. */
export const SHORT_SHARE = 0.5;

function figureOf(chars: number[]): LengthFigure {
  const sorted = chars.toSorted((a, b) => a - b);
  const n = sorted.length;
  const median = n % 2 === 1 ? sorted[(n - 1) / 2]! : Math.round((sorted[n / 2 - 1]! + sorted[n / 2]!) / 2);
  return [n, sorted[0]!, median, sorted[n - 1]!];
}

/** The figure of each level's samples (their non-whitespace characters, `chars`), and of all of them. */
export function lengthStats(samples: readonly { level: Level | null; chars: number }[]): LengthStats {
  const stats: LengthStats = {};
  if (samples.length === 0) return stats;
  const byLevel = new Map<Level, number[]>();
  for (const s of samples) {
    if (s.level === null) continue;
    const chars = byLevel.get(s.level);
    if (chars) chars.push(s.chars);
    else byLevel.set(s.level, [s.chars]);
  }
  for (const [level, chars] of byLevel) stats[level] = figureOf(chars);
  stats['*'] = figureOf(samples.map((s) => s.chars));
  return stats;
}

/**
 * Whether a draft of `chars` characters is far shorter than the samples of its level (all samples
 * when its level is unknown or has none): under half their median. A blank draft is not checked.
 */
export function shortDraft(chars: number, level: Level | null, stats: LengthStats): ShortDraft | null {
  const own = level === null ? undefined : stats[level];
  const figure = own ?? stats['*'];
  if (chars === 0 || figure === undefined || chars >= figure[2] * SHORT_SHARE) return null;
  return { chars, level: own ? level : null, figure };
}
