import { fold } from '../structure/fold.ts';
import { withoutPdfSpaces } from './pdfSpaces.ts';
import { withoutArticleNumber } from './titleLines.ts';

/** Ends with an organ name: a title line that is only the unit (`党政办公室`). Matched folded. */
const UNIT_LINE = /(?:办公室|办|局|委|府|处|部|厅|中心)$/u;

/** Words a hard wrap may cut in two (`…述职报` + `告`): their halves join with no space. */
const TITLE_WORDS = ['总结', '报告', '汇报', '计划', '讲话', '要点', '办公室', '工作'];

/** Whether one of TITLE_WORDS runs across the end of `before` into `after`. */
function wordAcross(before: string, after: string): boolean {
  const tail = fold(before.slice(-2));
  const pair = tail + fold(after.slice(0, 2));
  return TITLE_WORDS.some((w) => {
    for (let i = pair.indexOf(w); i >= 0; i = pair.indexOf(w, i + 1)) if (i < tail.length && i + w.length > tail.length) return true;
    return false;
  });
}

/**
 * One title from its source lines: a unit line runs into the period line with no
 * separator (`党政办公室` + `2019年工作总结…`), and so does a line that a hard wrap broke inside a
 * word (`…述职报` + `告`); other lines (a two-line headline) are joined with one space, so no
 * punctuation is added that the source does not have; a `——` subtitle follows its headline
 * directly. A site's running number (`第1篇：`, or `第1篇` on its own line) is left out, and so
 * are the spaces a PDF puts around figures (`2023 年`).
 */
export function joinTitleLines(lines: readonly string[]): string {
  // Spaces inside each line only: the space between two lines is the join's own.
  return lines
    .map((l) => withoutPdfSpaces(withoutArticleNumber(l).trim()))
    .filter((l) => l !== '')
    .reduce(
      (acc, line, i) =>
        i === 0 ? line : acc + (UNIT_LINE.test(fold(acc)) || line.startsWith('——') || wordAcross(acc, line) ? '' : ' ') + line,
      '',
    );
}

/** The title as the source gives it (its title lines joined), or null when it has none. */
export const givenTitle = (titleLines: readonly string[]) => (titleLines.length > 0 ? joinTitleLines(titleLines) : null);

/** A title for a text that has none: organ + year + half-year label + 工作总结. */
export function constructTitle(organ: string | null, year: number | null, half: string | null): string {
  return `${organ ?? ''}${year ? `${year}年` : ''}${half ?? ''}工作总结`;
}

/** What a title ends in: the kind of text it names. */
const TITLE_END = /(?:工作总结|总结|述职报告|工作报告|汇报|工作计划|计划|讲话|要点)/gu;
/** A sentence's first words, not a title's: `现将2019年工作总结如下`. */
const SENTENCE_START = /^(?:现将|现就|根据|按照|对照|对|把|将)/u;
const SENTENCE_GOES_ON = /^(?:如下|报告如下|情况|工作|会议|材料)/u;
/** A title names its unit, its year or a person's report. */
const NAMES_WHAT = /(?:19|20)\d{2}|办|室|局|委|府|处|个人|述职/u;
const MIN_RUN_IN_TITLE = 6;
const MAX_RUN_IN_TITLE = 40;

/**
 * The title at the head of a text flattened into one line, run into its first sentence with
 * nothing between (`2021年度区政府办工作总结2021年是…`): the longest head, before the first
 * punctuation, that ends in the kind of text it is and names a unit or year; null when the
 * body's first line opens otherwise. Quoted as written.
 */
export function runInTitle(body: string): string | null {
  const line = body.split('\n').find((l) => l.trim() !== '') ?? '';
  const start = line.length - line.trimStart().length;
  const folded = fold(line).slice(start);
  const clause = /^[^。，,；;：:！？!?“”"（）()]*/u.exec(folded)![0];
  let end = -1;
  for (const m of clause.matchAll(TITLE_END)) if (m.index + m[0].length < folded.length) end = m.index + m[0].length;
  if (end < 0) return null;
  const head = clause.slice(0, end);
  const chars = [...head].length;
  if (chars < MIN_RUN_IN_TITLE || chars > MAX_RUN_IN_TITLE) return null;
  if (SENTENCE_START.test(head) || SENTENCE_GOES_ON.test(folded.slice(end)) || !NAMES_WHAT.test(head)) return null;
  return withoutPdfSpaces(line.slice(start, start + end));
}
