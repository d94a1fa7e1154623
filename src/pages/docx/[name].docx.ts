import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getCollection } from 'astro:content';
import { gongwenOf } from '../../lib/format/copy.ts';
import { copyDoc } from '../../lib/view/copyDoc.ts';
import { gongwenDocx } from '../../lib/format/docx.ts';
import { docxName } from '../../lib/view/downloads.ts';
import { CONTENT_PATH, sourceDate } from '../../build/sourceDate.ts';
import { cacheKeyOf } from '../../build/cacheKey.ts';

// One date for every file of the build, not the clock's: the code's, so importing a sample changes no other document.
const date = sourceDate(process.env, { outside: CONTENT_PATH });

/** Each sample as a Word document, built once with the site: the original and its template. */
export const getStaticPaths = (async () => {
  const samples = (await getCollection('samples')).map((e) => e.data);
  return samples.flatMap((sample) =>
    (['original', 'template'] as const).map((mode) => ({
      params: { name: docxName(sample.id, mode) },
      props: { sample, mode },
      cacheKey: cacheKeyOf({ sample, mode, date }),
    })),
  );
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props: { sample, mode } }) => {
  const bytes = await gongwenDocx(gongwenOf(copyDoc(sample), mode), mode === 'template', { title: sample.title, date });
  return new Response(bytes, { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } });
};
