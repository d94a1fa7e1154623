/**
 * `npm run bench:check-scale`: the draft checker's sample features at scale, without building the
 * site. For `--samples N,…` (default 2000,10000) synthetic samples recombined from the committed
 * ones (fixed seed), it prints what the /check/ page carried before the features were sharded
 * (every sample's features as JSON in the page) and what it carries now (the shard list), the
 * shard files (compact arrays with chained bigrams beside the same samples as the page carried them,
 * keyed objects; raw and gzip), the bytes
 * a draft of the longest committed sample's level fetches and a draft of unknown level, and the
 * CPU time of `checkDraft` on the longest committed sample: ranked over every sample's features as
 * the page did (`closestSamples`), and over the shards of its level as the worker does (their
 * bigram indexes built once, as the worker builds them on fetch; median of `--runs`, default 9).
 */
import { cpuMs } from './bench/cpuTime.ts';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { entryOf } from '../src/build/collection.ts';
import { checkDraft } from '../src/lib/check/report.ts';
import { checkerFeatures } from '../src/lib/check/checkerFeatures.ts';
import { closestInShards, decodeShard, featureShards, shardsFor, type LoadedShard } from '../src/lib/check/shards.ts';
import type { Features } from '../src/lib/check/similar.ts';
import { similarityIndex } from '../src/lib/view/similarSamples.ts';
import { realSamples, syntheticSamples } from './bench/corpus.ts';
import { kb, ms } from './bench/scriptCost.ts';

const { values } = parseArgs({
  options: { samples: { type: 'string', default: '2000,10000' }, runs: { type: 'string', default: '9' } },
});
const runs = Number(values.runs);

const seeds = realSamples();
const longest = seeds.map((b) => b.sample).reduce((a, b) => (b.chars > a.chars ? b : a));
const draft = [...longest.titleLines, longest.text].join('\n');

const size = (s: string) => ({ raw: Buffer.byteLength(s), gzip: gzipSync(s).length });
const sizes = (xs: readonly string[]) =>
  xs.map(size).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
const line = (label: string, s: { raw: number; gzip: number }) =>
  `  ${label.padEnd(44)} ${kb(s.raw).padStart(10)} ${kb(s.gzip).padStart(10)} gzip`;
/** CPU time of `f`, median of `runs` after a first, cold run. */
function cpu(f: () => void): number {
  f();
  return cpuMs(f, runs);
}

// The synthetic samples beyond the seeds: the corpus bench:scale builds.
const all = syntheticSamples(seeds, Math.max(...values.samples.split(',').map(Number)));
for (const n of values.samples.split(',').map(Number)) {
  const features = checkerFeatures([...seeds, ...all.slice(0, n - seeds.length)].map((b) => entryOf(b.sample)));
  const shards = featureShards(features);
  const files = shards.map(({ shard }) => JSON.stringify(shard));
  const keyed = shards.map(({ shard }) => JSON.stringify(decodeShard(shard)));
  const list = JSON.stringify(shards.map(({ info }) => ({ ...info, url: `/check/features/${info.name}.json` })));
  const mine: Features = { level: longest.level, roles: '', bigrams: '', chars: 1 };
  const ofLevel = shardsFor(
    mine,
    shards.map((s) => s.info),
  ).map((info) => files[shards.findIndex((s) => s.info === info)]!);

  const loaded: LoadedShard[] = [];
  const indexMs = cpu(() => {
    loaded.length = 0;
    for (const { info, shard } of shards) loaded.push({ info, index: similarityIndex(decodeShard(JSON.parse(JSON.stringify(shard)))) });
  });
  const rank = (f: Features) =>
    closestInShards(
      f,
      shardsFor(
        f,
        loaded.map((s) => s.info),
      ).map((info) => loaded.find((s) => s.info === info)!),
    );
  const linear = cpu(() => checkDraft(draft, features));
  const sharded = cpu(() => checkDraft(draft, rank));
  const unknown = cpu(() => checkDraft(draft, (f) => rank({ ...f, level: null })));
  const alone = cpu(() => checkDraft(draft, []));

  console.log(`${features.length} samples, ${shards.length} shards (${shards.map((s) => `${s.info.name} ${s.info.count}`).join(', ')})`);
  console.log(line('before: every sample’s features in the page', size(JSON.stringify(features))));
  console.log(line('now: the shard list in the page', size(list)));
  console.log(line('shard files, compact (served)', sizes(files)));
  console.log(line('the same as the page carried them (keyed objects)', sizes(keyed)));
  console.log(
    line(
      'largest shard file',
      files.map(size).reduce((a, b) => (b.gzip > a.gzip ? b : a)),
    ),
  );
  console.log(line(`fetched for a ${longest.level} draft (${ofLevel.length} files)`, sizes(ofLevel)));
  console.log(line(`fetched for a draft of unknown level (${files.length} files)`, sizes(files)));
  console.log(
    `  checkDraft of the longest seed (${longest.id}, ${longest.chars} chars), CPU median of ${runs}: ` +
      `ranked over all features ${ms(linear)}, over its level's shard indexes ${ms(sharded)}, ` +
      `over every shard index (level unknown) ${ms(unknown)}, not ranked ${ms(alone)}; ` +
      `indexing every shard once ${ms(indexMs)}`,
  );
}
