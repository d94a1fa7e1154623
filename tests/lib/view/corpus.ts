/** Synthetic corpora for the browse engine's tests. */
import { realSamples, syntheticSamples } from '../../../scripts/bench/corpus.ts';
import type { Sample } from '../../../src/lib/content/schema.ts';
import { GENRES } from '../../../src/lib/import/genre.ts';
import { GROUPS } from '../../../src/lib/offices.ts';

/** The most samples a test takes: made once (the structure engine runs on each), then cut. */
const MOST = 1000;
let made: Sample[] | undefined;

/** `n` ≤ 1000 samples recombined from the committed seeds (they keep the seeds' metadata). */
export function seedLike(n: number): Sample[] {
  if (n > MOST) throw new Error(`at most ${MOST} synthetic samples`);
  made ??= syntheticSamples(realSamples(), MOST).map((b) => b.sample);
  return made.slice(0, n);
}

/**
 * `n` synthetic samples whose metadata is spread (fixed, by index) over many organs, years, levels,
 * periods and perspectives, unknown values too, so that facets have many values and pairs of
 * them many combinations: a harder case for counts and for the page bound than the seeds.
 */
export function spread(n: number, organs = Math.ceil(n / 3)): Sample[] {
  return seedLike(n).map((s, i) => ({
    ...s,
    level: i % 17 === 0 ? null : GROUPS.filter((g) => g !== 'individual')[(i * 7) % 5]!,
    perspective: i % 5 === 0 ? 'individual' : 'unit',
    organ: i % 13 === 0 ? null : `第${(i * 31) % organs}办公室`,
    year: i % 11 === 0 ? null : 2010 + ((i * 3) % 15),
    period: i % 19 === 0 ? null : i % 4 === 0 ? 'half-year' : 'annual',
    genre: GENRES[(i * 3) % GENRES.length]!,
  }));
}

/** Worst case for the page bound: every sample its own organ and year, and an individual's summary (two levels). */
export const allDistinct = (n: number): Sample[] =>
  seedLike(n).map((s, i) => ({ ...s, level: 'county', perspective: 'individual', organ: `机关${i}`, year: 1000 + i, period: 'annual' }));
