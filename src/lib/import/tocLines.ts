import { fold } from '../structure/fold.ts';
import { NUMBERED } from './titleLines.ts';

/**
 * The lines of a 目录: a title, then a page number after a run of spaces or leader dots
 * (`一、工作回顾……1`, `第3篇 XX镇工作总结   12`).
 *
 * Read by scanning from both ends of the line rather than by one regular expression: such a
 * pattern (`^\s*(.*?)(?:[ \t]+|[.…]{2,})(\d+)\s*$`) backtracks over every way to share a run of
 * spaces or dots between its parts, which took minutes on one line of a few thousand spaces.
 * The functions accept exactly the lines those patterns accepted, with the same parts
 * (tests/lib/import/tocLines.test.ts compares them).
 */

const isSpace = (c: string) => /\s/u.test(c);
const isGap = (c: string) => c === '\t' || c === ' ' || c === '\u3000';
const isLeader = (c: string) => '.．…·・'.includes(c);
const isDigit = (c: string) => (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
/** Characters a title (`.` in a pattern) cannot span. */
const isLineBreak = (c: string) => c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029';

/** The shape every 目录 line ends in: digits `[digits, end)`, then only whitespace. */
function pageNumberAtEnd(line: string): { digits: number; end: number } | null {
  let end = line.length;
  while (end > 0 && isSpace(line[end - 1]!)) end--;
  let digits = end;
  while (digits > 0 && isDigit(line[digits - 1]!)) digits--;
  return digits < end ? { digits, end } : null;
}

/** Start of the run of characters of one kind that ends at `end`. */
function runStart(line: string, end: number, inRun: (c: string) => boolean): number {
  let start = end;
  while (start > 0 && inRun(line[start - 1]!)) start--;
  return start;
}

/** Length of the line's indentation. */
function leadingSpace(line: string): number {
  let i = 0;
  while (i < line.length && isSpace(line[i]!)) i++;
  return i;
}

/** Whether `line[from, to)` holds a line separator, which no title may hold. */
function breakIn(line: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isLineBreak(line[i]!)) return true;
  return false;
}

/**
 * A 目录 entry: the title before the spaces or leader dots (untrimmed, as the line has it
 * after its indentation) and the page number as written; null when the line ends in no page
 * number after such a run.
 */
export function tocEntry(line: string): { title: string; page: string } | null {
  const tail = pageNumberAtEnd(line);
  if (tail === null || tail.digits === 0) return null;
  const page = line.slice(tail.digits, tail.end);
  const before = line[tail.digits - 1]!;
  const leaders = isLeader(before);
  if (!leaders && !isGap(before)) return null;
  const run = runStart(line, tail.digits, leaders ? isLeader : isGap);
  const indent = leadingSpace(line);
  // The indentation is taken whole unless the run of spaces before the number is part of it
  // (the line is only a number): then the title is empty and the run keeps one space.
  if (run < indent) return { title: '', page };
  if (leaders && tail.digits - run < 2) return null;
  return breakIn(line, indent, run) ? null : { title: line.slice(indent, run), page };
}

/**
 * A line with a page number after a tab or after leader dots (`一、工作回顾……1`): how a 目录
 * without a `目录` header shows itself. Spaces alone are not enough here, since body lines may
 * end in a figure after a space.
 */
export function isLeaderLine(line: string): boolean {
  const tail = pageNumberAtEnd(line);
  const indent = leadingSpace(line);
  if (tail === null || indent === line.length) return false;
  // The title's first character (a whole surrogate pair) opens it.
  const first = indent + (line.codePointAt(indent)! > 0xffff ? 2 : 1);
  // Only whitespace may stand between the tab or the leaders and the number: a tab within that
  // whitespace, or leaders right before it.
  const gap = runStart(line, tail.digits, isSpace);
  const tab = line.indexOf('\t', Math.max(gap, first));
  if (tab >= 0 && tab < tail.digits && !breakIn(line, first, tab)) return true;
  if (gap === 0 || !isLeader(line[gap - 1]!)) return false;
  const from = Math.max(runStart(line, gap, isLeader), first);
  return gap - from >= 2 && !breakIn(line, first, from);
}

const MAX_OUTLINE_LINE = 40;

/**
 * A numbered heading line with no page number (`一、2023年工作回顾`, `（二）存在的问题`): what a
 * site prints as the text's outline above its title, with neither a `目录` header nor leader
 * dots. Short, and no sentence: a body paragraph that opens with a mark ends in 。 or runs on.
 */
export function isOutlineLine(line: string): boolean {
  const t = fold(line).trim();
  return NUMBERED.test(t) && [...t].length <= MAX_OUTLINE_LINE && !/[。！？；;：:，,]/u.test(t);
}
