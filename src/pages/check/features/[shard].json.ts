import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getCollection } from 'astro:content';
import { checkerFeatures } from '../../../lib/check/checkerFeatures.ts';
import { featureShards } from '../../../lib/check/shards.ts';
import { cacheKeyOf } from '../../../build/cacheKey.ts';

/** The samples' features for the draft checker, one file per shard (src/lib/check/shards.ts). */
export const getStaticPaths = (async () =>
  featureShards(checkerFeatures((await getCollection('samples')).map((e) => e.data))).map(({ info, shard }) => ({
    params: { shard: info.name },
    props: { shard },
    cacheKey: cacheKeyOf(shard),
  }))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { shard } }) =>
  new Response(JSON.stringify(shard), { headers: { 'Content-Type': 'application/json' } });
