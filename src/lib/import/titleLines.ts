import { fold } from '../structure/fold.ts';
import { hardWrapWidth, WRAP_SLACK, widthOf } from '../structure/paragraphs.ts';
import { DATE_LINE } from './dates.ts';

/** Marks that open a heading or list item: such a line is body, never a title. */
export const NUMBERED = /^[\s\u3000]*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、]|——)/u;

/**
 * The running number a site prints before each article of a series: `第1篇：`, `第２篇 `,
 * or `第3篇` on a line of its own. It is part of the source, never of the title.
 */
export const ARTICLE_NUMBER = /^[\s\u3000]*第[\d一二三四五六七八九十]+篇(?:[：:、.．\s\u3000]+|$)/u;

/** A line's text without a leading `第N篇：`, in the source's own characters. */
export function withoutArticleNumber(line: string): string {
  const m = ARTICLE_NUMBER.exec(fold(line));
  return m ? line.slice(m[0].length) : line;
}

const MAX_TITLE_LINES = 3;
const MAX_TITLE_CHARS = 40;
const MAX_CLAUSE_LINE = 20;

/**
 * A title's second or third line completes a headline or names the unit or period
 * (`不断推动办公室工作高质量发展`, `2019年工作总结及2020年工作计划`); a longer line with a
 * comma in it is the body's first sentence.
 */
const continuesTitle = (line: string) => {
  const t = line.trim();
  return !/[，,]/u.test(t) || [...t].length <= MAX_CLAUSE_LINE;
};

/**
 * Whether a line reads as (part of) a title: short, not a sentence (no 。！？；, no
 * trailing comma), not a salutation ending in a colon, not numbered, not a date alone
 * (`(2019年1月8日)` under a title dates the text). A leading `第N篇：`
 * is not counted, and a line that is only `第N篇` belongs to the title block.
 */
export function isTitleLike(line: string): boolean {
  const t = withoutArticleNumber(line).trim();
  if (t.length === 0) return ARTICLE_NUMBER.test(fold(line));
  if ([...t].length > MAX_TITLE_CHARS) return false;
  if (/[。！？；;：:]/.test(t)) return false;
  if (DATE_LINE.test(fold(t))) return false;
  // A line ending in a comma breaks off a sentence (a wrapped body line): no title ends so.
  if (/[，,、]$/u.test(t)) return false;
  return !NUMBERED.test(fold(t));
}

/**
 * A subtitle under a headline: `——XX县政府办公室2020年工作总结`. A dash line is otherwise a
 * lead line of the body, so it counts only right after a title line and when it names the
 * kind of text (总结, 汇报, 报告, 计划, 述职).
 */
export function isSubtitle(line: string): boolean {
  const t = fold(line).trim();
  return /^——(?!—)/u.test(t) && [...t].length <= MAX_TITLE_CHARS && !/[。！？；;：:]/u.test(t) && /总结|汇报|报告|计划|述职/u.test(t);
}

/**
 * How many title lines begin at `start` (0-based, before `end`): up to three adjacent
 * title-like lines. In a hard-wrapped text (a PDF extract) the body's first lines are as
 * wide as the wrap and may well look like a title: full-width lines belong to the title only
 * when they open it and run into a short title-like line that ends it.
 */
export function titleLinesAt(lines: readonly string[], start: number, end: number): number {
  const wrap = hardWrapWidth(lines.slice(start, end).join('\n'));
  const full = (i: number) => wrap !== null && widthOf(lines[i]!.trimEnd()) >= wrap - WRAP_SLACK;
  const last = Math.min(end, start + MAX_TITLE_LINES);
  let n = 0;
  while (start + n < last && (isTitleLike(lines[start + n]!) || (n > 0 && isSubtitle(lines[start + n]!)))) {
    if (n > 0 && !continuesTitle(lines[start + n]!)) break;
    if (full(start + n)) {
      if (n > 0) break;
      let k = start;
      while (k < last && full(k) && isTitleLike(lines[k]!)) k++;
      n = k < last && isTitleLike(lines[k]!) ? k - start + 1 : 0;
      break;
    }
    n++;
  }
  // `第N篇` with no title after it is no title: it stays in the body.
  const numberOnly = (l: string) => withoutArticleNumber(l).trim() === '';
  return lines.slice(start, start + n).every(numberOnly) ? 0 : n;
}
