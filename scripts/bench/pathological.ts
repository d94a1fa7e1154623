/**
 * Inputs that once froze the engine (regex backtracking, loops of paragraphs × headings), as
 * families that grow with a count `n`. `n` is the size at which each froze or was measured
 * by the red-team pass (issue 14); `bench:robust` runs each at 1×, 4× and 16× that, and the
 * engine's tests run them at small counts.
 */
import { readFileSync } from 'node:fs';

export interface Family {
  name: string;
  /** What the text is, in a few words. */
  what: string;
  /** The count of the 1× point. */
  n: number;
  make(n: number): string;
}

const CN = '一二三四五六七八九';
const repeat = (n: number, piece: (i: number) => string) => Array.from({ length: n }, (_, i) => piece(i)).join('');

/** A real summary (seed 003) with its lines run together as a web page copy loses them. */
const FLATTENED = readFileSync(new URL('../../corpus/seeds/003_cf19231f015c7d44.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l !== '')
  .join('　　');

export const FAMILIES: readonly Family[] = [
  { name: 'toc-spaces', what: '`目录` + a line of spaces ending in a letter', n: 6_000, make: (n) => `目录\n${' '.repeat(n)}x` },
  { name: 'enum-run', what: '`一是甲；` repeated on one line', n: 32_000, make: (n) => '一是甲；'.repeat(n) },
  { name: 'dots', what: '`x` + dots', n: 100_000, make: (n) => `x${'.'.repeat(n)}` },
  { name: 'short-lines', what: 'lines `甲。`', n: 100_000, make: (n) => '甲。\n'.repeat(n) },
  { name: 'heading-lines', what: 'lines `一、甲`', n: 20_000, make: (n) => '一、甲\n'.repeat(n) },
  { name: 'siblings', what: 'one `一、` over `（一）` lines', n: 20_000, make: (n) => `一、总体情况\n${'（一）甲。\n'.repeat(n)}` },
  {
    name: 'deep-nesting',
    what: 'six mark families nested, repeated',
    n: 5_000,
    make: (n) =>
      repeat(n, (i) => `${CN[i % 9]}、甲\n（${CN[i % 9]}）乙\n${(i % 9) + 1}．丙\n（${(i % 9) + 1}）丁\n①戊\n一是己；二是庚。\n`),
  },
  { name: 'mark-run', what: '`一、` repeated on one line', n: 50_000, make: (n) => '一、'.repeat(n) },
  { name: 'paren-line', what: '`（一）甲` repeated on one line', n: 25_000, make: (n) => '（一）甲'.repeat(n) },
  { name: 'flattened', what: 'a summary flattened into one line, repeated', n: 30, make: (n) => repeat(n, () => `${FLATTENED}　　`) },
  { name: 'enum-words', what: '`首先，甲；其次，乙；` repeated', n: 5_000, make: (n) => '首先，甲；其次，乙；'.repeat(n) },
  { name: 'separator-run', what: 'an item whose text holds a run of commas', n: 50_000, make: (n) => `一是甲${'，'.repeat(n)}乙；二是丙` },
  { name: 'open-quotes', what: 'unclosed `《“` on one line', n: 10_000, make: (n) => '《“'.repeat(n) },
  { name: 'stray-spaces', what: '`《甲》甲 乙` repeated on one line', n: 10_000, make: (n) => '《甲》甲 乙'.repeat(n) },
  { name: 'punct-lines', what: 'lines of punctuation only', n: 20_000, make: (n) => '。，；：！？\n'.repeat(n) },
  { name: 'crlf', what: 'CR and LF alternating', n: 30_000, make: (n) => '甲\r\n\r'.repeat(n) },
  {
    name: 'toc-entries',
    what: '`目录` with one entry per body line',
    n: 5_000,
    make: (n) => `目录\n${repeat(n, (i) => `第${i}项工作……${i}\n`)}${repeat(n, (i) => `第${i}项工作。\n`)}`,
  },
  { name: 'long-title', what: 'a first line without punctuation', n: 100_000, make: (n) => `${'甲'.repeat(n)}\n正文。` },
  {
    name: 'many-samples',
    what: 'a compilation of tiny samples',
    n: 5_000,
    make: (n) => '本文系投稿，仅供学习参考，请勿照搬照抄！\n标题\n正文。\n'.repeat(n),
  },
];
