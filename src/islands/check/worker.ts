// The engine off the page's main thread (analysis.ts): one job in, one answer out. The samples'
// features come in shards (src/lib/check/shards.ts), fetched on demand by name only and kept for
// the worker's life; the draft never leaves it.
import { checkDraft } from '../../lib/check/report.ts';
import { closestInShards, decodeShard, shardsFor, type EncodedShard, type LoadedShard } from '../../lib/check/shards.ts';
import type { Features } from '../../lib/check/similar.ts';
import { similarityIndex } from '../../lib/view/similarSamples.ts';
import type { Answer, Job, Message, Shard } from './analysis.ts';

/** Shards fetched or being fetched, by name; a failed fetch is dropped, so the next job tries again. */
const loaded = new Map<string, Promise<LoadedShard>>();
/** The names of the shards fetched and indexed. */
const ready = new Set<string>();

function load(shard: Shard): Promise<LoadedShard> {
  let got = loaded.get(shard.name);
  if (got === undefined) {
    got = fetch(shard.url).then(async (response) => {
      if (!response.ok) throw new Error(`${response.status}`);
      const index = similarityIndex(decodeShard((await response.json()) as EncodedShard));
      ready.add(shard.name);
      return { info: shard, index };
    });
    got.catch(() => loaded.delete(shard.name));
    loaded.set(shard.name, got);
  }
  return got;
}

const SHARDS_FAILED = '相近范文没能加载，请检查网络后再试';

onmessage = async ({ data: { version, text, shards } }: MessageEvent<Job>) => {
  let answer: Answer;
  try {
    // The draft's features are known only once it is analyzed: rank after, among the shards they need.
    let features: Features | undefined;
    const report = checkDraft(text, (draft) => {
      features = draft;
      return { sameLevel: false, samples: [] };
    });
    const needed = shardsFor(features!, shards);
    // Only the network is awaited now: the page shows the report meanwhile, and may post a newer
    // draft without stopping this worker. The clone is taken before `similar` is set below.
    if (needed.some((s) => !ready.has(s.name))) postMessage({ version, early: report } satisfies Message);
    try {
      report.similar = closestInShards(features!, await Promise.all(needed.map(load)));
      answer = { version, report };
    } catch {
      answer = { version, report, warning: SHARDS_FAILED };
    }
  } catch (e) {
    answer = { version, error: e instanceof Error ? e.message : String(e) };
  }
  postMessage(answer);
};
