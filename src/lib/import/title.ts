import { fold } from '../structure/fold.ts';
import { withoutArticleNumber } from './titleLines.ts';

/** Ends with an organ name: a title line that is only the unit (`党政办公室`). Matched folded. */
const UNIT_LINE = /(?:办公室|办|局|委|府|处|部|厅|中心)$/u;

/**
 * One title from its source lines: a unit line runs into the period line with no
 * separator (`党政办公室` + `2019年工作总结…`); other lines (a two-line headline) are
 * joined with one space, so no punctuation is added that the source does not have; a
 * `——` subtitle follows its headline directly. A site's running number (`第1篇：`, or
 * `第1篇` on its own line) is left out.
 */
export function joinTitleLines(lines: readonly string[]): string {
  return lines
    .map((l) => withoutArticleNumber(l).trim())
    .filter((l) => l !== '')
    .reduce((acc, line, i) => (i === 0 ? line : acc + (UNIT_LINE.test(fold(acc)) || line.startsWith('——') ? '' : ' ') + line), '');
}

/** The title as the source gives it (its title lines joined), or null when it has none. */
export const givenTitle = (titleLines: readonly string[]) => (titleLines.length > 0 ? joinTitleLines(titleLines) : null);

/** A title for a text that has none: organ + year + half-year label + 工作总结. */
export function constructTitle(organ: string | null, year: number | null, half: string | null): string {
  return `${organ ?? ''}${year ? `${year}年` : ''}${half ?? ''}工作总结`;
}
