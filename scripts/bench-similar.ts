/**
 * `npm run bench:similar`: the 相似范文 lists of every sample page, as the build computes them,
 * over `--samples N` synthetic samples (default 2000, recombined from the committed ones with a
 * fixed seed). Prints the CPU time to build the bigram index and to rank the lists of all pages
 * (median of `--runs`, default 5), and, for comparison, to score every pair with `similarity`
 * (once; skipped above 2000 samples).
 */
import { cpuMs } from './bench/cpuTime.ts';
import { parseArgs } from 'node:util';
import { entryOf } from '../src/build/collection.ts';
import { sampleFeatures, similarity, type SampleFeatures } from '../src/lib/check/similar.ts';
import { similarityIndex, similarSamples } from '../src/lib/view/similarSamples.ts';
import { realSamples, syntheticSamples } from './bench/corpus.ts';

const { values } = parseArgs({
  options: { samples: { type: 'string', default: '2000' }, runs: { type: 'string', default: '5' } },
});
const n = Number(values.samples);
const runs = Number(values.runs);

const features = syntheticSamples(realSamples(), n).map((b) => sampleFeatures(entryOf(b.sample)));
const time = (f: () => void) => cpuMs(f, runs);

const index = time(() => similarityIndex(features));
const built = similarityIndex(features);
const lists = time(() => {
  for (const s of features) similarSamples(built, s.id, 5);
});
console.log(`${n} samples: index ${index.toFixed(1)} ms, all pages' lists ${lists.toFixed(1)} ms (CPU)`);
if (n <= 2000) {
  const started = process.cpuUsage();
  for (const a of features) for (const b of features) if (a !== b) similarity(a, b);
  const used = process.cpuUsage(started);
  console.log(`${n} samples: every pair with similarity() ${((used.user + used.system) / 1000).toFixed(1)} ms (CPU)`);
}
