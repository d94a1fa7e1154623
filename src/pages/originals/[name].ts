import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getCollection } from 'astro:content';
import { originalName, originalPath } from '../../build/collection.ts';

/**
 * Each Word or PDF source as it was received, where the import kept it (src/build/collection.ts).
 * Paths only in the props: the bytes of thousands of originals are read one page at a time.
 */
export const getStaticPaths = (async () =>
  (await getCollection('sources')).flatMap(({ data: source }) => {
    const path = originalPath(source);
    if (path === null) return [];
    const cacheKey = createHash('sha256').update(readFileSync(path)).digest('base64url');
    return [{ params: { name: originalName(source)! }, props: { path }, cacheKey }];
  })) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { path } }) => new Response(new Uint8Array(readFileSync(path)));
