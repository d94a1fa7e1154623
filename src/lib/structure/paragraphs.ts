import { fold } from './fold.ts';
import { FAMILY_SPECS } from './families.ts';
import { LINE_MARK_START, lineMarkAt } from './markers.ts';
import type { Family } from './model.ts';

/**
 * A paragraph of the body: `[start, end)` offsets. Usually one line; several lines of a
 * hard-wrapped text (PDF extract) joined; or a piece of one line when a whole document
 * arrives flattened into a single line.
 */
export interface Paragraph {
  start: number;
  end: number;
}

interface Line {
  start: number;
  end: number;
  /** Start after indentation. */
  content: number;
  width: number;
}

const INDENT = /^[ \t\u3000\u00a0]*/u;

/** Display width: CJK and full-width characters count 2, others 1. */
export function widthOf(s: string): number {
  let w = 0;
  // By code unit, not `for…of`: that makes a string of every character of every line.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    w += c > 0x2e7f ? 2 : 1;
    // A surrogate pair is one character (wide, as its first half says).
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff) i++;
  }
  return w;
}

function linesOf(body: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const raw of body.split('\n')) {
    const end = start + raw.length;
    const trimmed = raw.trimEnd();
    const content = start + (INDENT.exec(raw)?.[0].length ?? 0);
    // The width of the line as printed: indentation takes room in a wrapped line too.
    out.push({ start, end, content, width: widthOf(trimmed) });
    start = end + 1;
  }
  return out;
}

/** Lines at least this close to the wrap width count as full: the wrap broke them. */
export const WRAP_SLACK = 4;

const TERMINAL = /[。！？!?；;：:…”」』）)]$/u;

/**
 * A hard-wrapped text: lines break at a fixed width mid-sentence. Most lines are about as
 * wide as the widest, and many of those end without closing punctuation. Paragraphs of
 * typed text vary in length and run to hundreds of characters.
 */
function wrapWidth(body: string, lines: readonly Line[]): number | null {
  const content = lines.filter((l) => l.width > 0);
  if (content.length < 6) return null;
  const widths = content.map((l) => l.width).sort((a, b) => a - b);
  const wide = widths[Math.floor(widths.length * 0.9)]!;
  if (wide > 160) return null;
  const full = content.filter((l) => l.width >= wide - WRAP_SLACK);
  const open = full.filter((l) => !TERMINAL.test(body.slice(l.content, l.end).trimEnd()));
  return full.length >= content.length * 0.3 && open.length >= full.length * 0.5 ? wide : null;
}

/** The display width at which a text is hard-wrapped (a PDF extract), or null when it is not. */
export function hardWrapWidth(text: string): number | null {
  return wrapWidth(text, linesOf(text));
}

/** A line that only holds a page number of a PDF extract: `- 2 -`, `— 12 —`, `第 3 页`, `3`. */
const PAGE_NUMBER =
  /^[ \t\u3000\u00a0]*(?:[-－—–]+[ \u3000]*\d{1,3}[ \u3000]*[-－—–]+|第[ \u3000]*\d{1,3}[ \u3000]*页(?:[ \u3000]*共[ \u3000]*\d{1,3}[ \u3000]*页)?|\d{1,3})[ \t\u3000\u00a0]*$/u;

const SENTENCE_END = /[。！？!?；;：:]/u;

/** A place where a flattened line is cut: the piece before ends at `end`, the next starts at `start`. */
interface Cut {
  end: number;
  start: number;
}

/** Indentation left between paragraphs when line breaks were lost: two or more spaces (`　　`). */
const INDENT_RUN = /[ \t\u3000\u00a0]{2,}/gu;

/** Words that end in 一 before a 是 that is no enumeration: `统一是`, `唯一是`, `之一是`. */
const ONE_IN_WORD = /[统唯同万划整单之第专归合逐]/u;

/**
 * In a flattened piece whose heading text runs from `from` (after its mark), where `一是`
 * follows the heading with no sentence end between (`二、存在的问题一是…；二是…`) and a `二是`
 * comes after it: the offset of that `一是`, where the heading's line ended. Else null.
 */
function runInItemStart(folded: string, from: number, to: number): number | null {
  const piece = folded.slice(from, to);
  const one = piece.indexOf('一是');
  const heading = piece.slice(0, one);
  if (one <= 0 || ONE_IN_WORD.test(piece[one - 1]!) || SENTENCE_END.test(heading) || /[。．.]/u.test(heading)) return null;
  return /[。；;，,][ \t\u3000]*二是/u.test(piece.slice(one)) ? from + one : null;
}

/**
 * Cut points inside one long line that holds a whole flattened document: each place where
 * a line mark starts, continuing its family's sequence when the family is sequenced, and
 * for a top-level family (`一、`, dash lines) right after a sentence end or a colon. Returns
 * [] unless the line has at least two such marks, one of them top-level, so an ordinary
 * paragraph with inline `（1）…（2）…` items is never cut.
 *
 * A heading running straight into `一是…二是…` is cut before `一是` (see runInItemStart).
 * In a line so cut, a run of two or more spaces inside the text is the indentation of a
 * paragraph whose line break was lost (a web page copied as `　　一、…　　今年以来…`), and it
 * is cut there too. Without such runs a whole-line heading followed by unnumbered body
 * text cannot be told from an inline heading, nor a closing paragraph from the item before it.
 */
function flattenedCuts(body: string, folded: string, line: Line): Cut[] {
  const marks: number[] = [];
  const last = new Map<Family, number>();
  for (let i = line.content + 1; i < line.end; i++) {
    const c = folded[i]!;
    if (!LINE_MARK_START.test(c)) continue;
    const mark = lineMarkAt(body, folded, i);
    if (!mark) continue;
    const before = folded.slice(line.content, i).trimEnd();
    const prev = before.at(-1) ?? '';
    if (/[\d.．A-Za-z一二三四五六七八九十零〇百千万第]/u.test(prev)) continue;
    const afterSentence = SENTENCE_END.test(prev) || prev === '' || prev === '”';
    const spec = FAMILY_SPECS[mark.family];
    if (spec.top && !afterSentence) continue;
    if (spec.sequenced) {
      const n = mark.number ?? 0;
      const expected = (last.get(mark.family) ?? 0) + 1;
      if (n !== expected && n !== 1) continue;
      last.set(mark.family, n);
    }
    marks.push(i);
    i += mark.text.length - 1;
  }
  const topLevel = marks.some((at) => FAMILY_SPECS[lineMarkAt(body, folded, at)!.family].top);
  if (marks.length < 2 || !topLevel) return [];
  const cuts: Cut[] = marks.map((at) => ({ end: at, start: at }));
  marks.forEach((at, k) => {
    const item = runInItemStart(folded, at + lineMarkAt(body, folded, at)!.text.length, marks[k + 1] ?? line.end);
    if (item !== null) cuts.push({ end: item, start: item });
  });
  const text = body.slice(0, line.end).trimEnd();
  INDENT_RUN.lastIndex = line.content;
  for (let m = INDENT_RUN.exec(text); m; m = INDENT_RUN.exec(text)) {
    const start = m.index + m[0].length;
    if (m.index > line.content && start < text.length) cuts.push({ end: m.index, start });
  }
  cuts.sort((a, b) => a.start - b.start || a.end - b.end);
  return cuts.filter((c, k) => k === 0 || c.start !== cuts[k - 1]!.start);
}

/** The body's paragraphs in order; blank lines belong to none. */
export function paragraphsOf(body: string): Paragraph[] {
  const folded = fold(body);
  const lines = linesOf(body);
  const width = wrapWidth(body, lines);
  // A double-spaced extract: a blank line after every line, so blank lines part nothing.
  const content = lines.flatMap((l, k) => (l.width > 0 ? [k] : []));
  const step = width !== null && content.length > 1 && content.every((k, i) => i === 0 || k - content[i - 1]! === 2) ? 2 : 1;
  const pageNumber = (l: Line) => PAGE_NUMBER.test(body.slice(l.start, l.end));
  // Where some lines are indented and others not, indentation opens a paragraph (首行缩进):
  // a wrapped line never starts with it, even after a line that happens to be full.
  const indented = (l: Line) => l.content > l.start;
  const indentOpens = width !== null && content.some((k) => indented(lines[k]!)) && content.some((k) => !indented(lines[k]!));
  const out: Paragraph[] = [];
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    if (line.width === 0) continue;
    if (width !== null) {
      let last = k;
      // A line as wide as the wrap width continues into the next, unless that one opens with a
      // mark; a page number printed between the two (`- 2 -`) goes with the paragraph it cuts.
      for (;;) {
        let next = last + step;
        while (next + step < lines.length && lines[next]!.width > 0 && pageNumber(lines[next]!)) next += step;
        if (
          next < lines.length &&
          lines[last]!.width >= width - WRAP_SLACK &&
          lines[next]!.width > 0 &&
          !(indentOpens && indented(lines[next]!)) &&
          lineMarkAt(body, folded, lines[next]!.content) === null
        )
          last = next;
        else break;
      }
      out.push({ start: line.content, end: lines[last]!.end });
      k = last;
      continue;
    }
    let from = line.content;
    for (const cut of flattenedCuts(body, folded, line)) {
      if (body.slice(from, cut.end).trim() !== '') out.push({ start: from, end: cut.end });
      from = cut.start;
    }
    out.push({ start: from, end: line.end });
  }
  return out;
}
