import { searchable } from '../../src/lib/search/encode.ts';
import type { SearchRecord } from '../../src/lib/search/records.ts';
import { below, mulberry32 } from './random.ts';

export const QUERY_SEED = 20240605;
export const RANDOM_QUERIES = 60;
export const RANDOM_MAX_LENGTH = 12;

/** `given`: phrases named on the command line (`--phrase`), to look at a case again. */
export type QuerySet = 'formulaic' | 'random' | 'nowhere' | 'given';
export const QUERY_SETS: readonly QuerySet[] = ['formulaic', 'random', 'nowhere', 'given'];

export interface Query {
  set: QuerySet;
  phrase: string;
  /** Ids of the samples whose searchable text contains `searchable(phrase)`, sorted. */
  truth: string[];
}

/** Formulaic phrases of these summaries; those that occur in the corpus are kept. */
export const FORMULAIC = [
  '以文辅政',
  '承上启下',
  '存在的问题',
  '“三服务”',
  '身在兵位，胸为帅谋',
  '互联网+政务服务',
  '下一步',
  '工作总结',
  '参谋助手',
  '督查督办',
  '综合协调',
  '办文办会办事',
  '不忘初心',
  '牢记使命',
  '高质量发展',
  '主题教育',
  '疫情防控',
  '服务大局',
  '调查研究',
  '信息报送',
  '文稿起草',
  '公文处理',
  '求真务实',
  '上下联动',
  '以人民为中心',
  '真抓实干',
  'XX',
];

/** Phrases meant to occur nowhere: new words, formulaic phrases these texts happen not to use, near misses of real ones. */
export const NOWHERE = [
  '区块链',
  '元宇宙',
  '人工智能大模型',
  '碳达峰碳中和',
  '乡村振兴战略',
  '一网通办',
  '数字政府建设',
  '凝心聚力',
  '立足本职',
  '以文辅会',
  '政辅文以',
  '办公室精神文明建设',
  '“四服务”',
  '互联网+政务务服',
  '。。',
  'XXXXXXXXXX',
  '2035年远景目标',
];

export function truthOf(records: readonly SearchRecord[], phrase: string): string[] {
  const needle = searchable(phrase);
  return records
    .filter((r) => r.text.includes(needle))
    .map((r) => r.meta.id)
    .sort();
}

/**
 * The query set over a corpus: formulaic phrases that occur in it, `RANDOM_QUERIES` distinct
 * substrings of its searchable texts of 1–12 characters (punctuation and digits included, so
 * a substring may cross a sentence or a paragraph), phrases that occur nowhere in it, and
 * the `given` phrases. Also returns the candidates left out because they did (not) occur.
 */
export function querySet(
  records: readonly SearchRecord[],
  given: readonly string[] = [],
  seed = QUERY_SEED,
): { queries: Query[]; dropped: { set: QuerySet; phrase: string; samples: number }[] } {
  const queries: Query[] = [];
  const dropped: { set: QuerySet; phrase: string; samples: number }[] = [];
  for (const phrase of FORMULAIC) {
    const truth = truthOf(records, phrase);
    if (truth.length > 0) queries.push({ set: 'formulaic', phrase, truth });
    else dropped.push({ set: 'formulaic', phrase, samples: 0 });
  }
  const rng = mulberry32(seed);
  const seen = new Set<string>();
  for (let tries = 0; seen.size < RANDOM_QUERIES && tries < RANDOM_QUERIES * 100; tries++) {
    const text = records[below(rng, records.length)]!.text;
    const length = 1 + below(rng, RANDOM_MAX_LENGTH);
    if (text.length < length) continue;
    // By code point, so a character outside the BMP is never cut in half.
    const chars = Array.from(text);
    const start = below(rng, chars.length - length + 1);
    const phrase = chars.slice(start, start + length).join('');
    if (seen.has(phrase)) continue;
    seen.add(phrase);
    queries.push({ set: 'random', phrase, truth: truthOf(records, phrase) });
  }
  for (const phrase of NOWHERE) {
    const truth = truthOf(records, phrase);
    if (truth.length === 0) queries.push({ set: 'nowhere', phrase, truth });
    else dropped.push({ set: 'nowhere', phrase, samples: truth.length });
  }
  for (const phrase of given) queries.push({ set: 'given', phrase, truth: truthOf(records, phrase) });
  return { queries, dropped };
}
