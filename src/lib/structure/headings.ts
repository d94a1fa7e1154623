import type { LineIndex } from './lines.ts';
import { enumerationMarks, lineMarkAt, type Mark } from './markers.ts';
import type { Paragraph } from './paragraphs.ts';
import type { Family } from './model.ts';

/** A heading as found in the text, before depths and roles are known. */
export interface FoundHeading {
  family: Family;
  form: string;
  marker: string;
  number: number | null;
  start: number;
  textStart: number;
  textEnd: number;
  text: string;
  inline: boolean;
  line: number;
  /** Index of the paragraph holding the mark. */
  paragraph: number;
}

const IDEOGRAPH = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’]/u;

/** A sentence end: `。`, or a half-width `.`/`．` between Chinese characters (texts typed with half-width punctuation). */
function isSentenceEnd(folded: string, i: number): boolean {
  const c = folded[i];
  if (c === '。') return true;
  return (c === '.' || c === '．') && IDEOGRAPH.test(folded[i - 1] ?? '') && IDEOGRAPH.test(folded[i + 1] ?? '');
}

const SPACES = /[ \t\u3000\u00a0\n]/u;
/** Whitespace as `trim` and `\s` know it. */
const WHITESPACE = /\s/u;
/** Separators dropped from the end of an item's text when the next item follows on the same line. */
const SEPARATOR = /[；;，,、\s]/u;
/** Words by which a short unnumbered line heads a part (`2020年的工作计划`, `存在的问题`). */
const PART_WORDS = /计划|打算|思路|谋划|安排|问题|不足|差距|总结|回顾|成绩|主要工作|做法|体会|经验/u;
const LINE_END_PUNCTUATION = /[。！？!?；;：:，,、]$/u;

/** The sentence ends in `folded[from, to)`, in order. */
function sentenceEnds(folded: string, from: number, to: number): number[] {
  const ends: number[] = [];
  for (let i = from; i < to; i++) if (isSentenceEnd(folded, i)) ends.push(i);
  return ends;
}

/** The first of `ends` (ascending) at or after `from`, or -1. */
function firstAtOrAfter(ends: readonly number[], from: number): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return ends[lo] ?? -1;
}

/**
 * Where `text[from, to)` ends once a trailing run of `drop` characters is cut off. A loop, not
 * `replace(/[…]+$/u)`: that pattern retries from every character of a run it cannot finish,
 * quadratic in the run.
 */
function trimmedEnd(text: string, from: number, to: number, drop: RegExp): number {
  // An empty range (`to` before `from`) ends where it starts, as an empty slice would.
  let end = Math.max(from, to);
  while (end > from && drop.test(text[end - 1]!)) end--;
  return end;
}

/** Heading text as written, without the line breaks of a hard-wrapped text. */
const unwrap = (s: string) => s.replace(/\n[ \t\u3000\u00a0]*/gu, '');

/**
 * A short unnumbered line that names a part, with nothing else in its paragraph. Never the
 * body's first paragraph: that is where a title sits when the source gave it no line of its
 * own (a flattened text: `　　XX镇政府办公室2021年工作总结　　2021年，…`).
 */
function isPlainHeading(body: string, folded: string, p: Paragraph, isFirst: boolean, isLast: boolean): boolean {
  const text = body.slice(p.start, p.end).trim();
  return (
    !isFirst &&
    !isLast &&
    !text.includes('\n') &&
    [...text].length <= 25 &&
    !LINE_END_PUNCTUATION.test(text) &&
    !/[。！？]/u.test(text) &&
    PART_WORDS.test(folded.slice(p.start, p.end))
  );
}

interface Placed extends Mark {
  at: number;
}

/**
 * Every heading in the body: a paragraph that opens with a numbering mark (`一、`, `（一）`,
 * `1.`, `（1）`, `①`, `——`), an enumeration item anywhere a sentence may start (`一是`,
 * `首先是`, `一要`), or a short unnumbered line naming a part. A heading alone in its
 * paragraph (at most one `。`, at its very end) is whole-line and keeps that `。`; otherwise
 * it is inline and its text runs to the first sentence end or to the next item on the line.
 */
export function findHeadings(body: string, folded: string, paragraphs: readonly Paragraph[], lines: LineIndex): FoundHeading[] {
  const found: FoundHeading[] = [];
  // 其次/再次/最后 continue an enumeration only when 首先 opened it.
  let lastEnumForm: string | null = null;
  paragraphs.forEach((p, k) => {
    let at = p.start;
    while (at < p.end && SPACES.test(body[at]!)) at++;
    const marks: Placed[] = [];
    const lead = lineMarkAt(body, folded, at);
    if (lead) marks.push({ ...lead, at });
    for (const e of enumerationMarks(body, folded, at, p.end)) {
      const continues = e.text.startsWith('首先') || !/^(其次|再次|最后)/u.test(e.text) || lastEnumForm === e.form;
      if (!continues) continue;
      marks.push(e);
      lastEnumForm = e.form;
    }
    if (marks.length === 0) {
      if (isPlainHeading(body, folded, p, k === 0, k === paragraphs.length - 1)) {
        const text = body.slice(at, p.end).trimEnd();
        found.push({
          family: 'plain',
          form: '',
          marker: '',
          number: null,
          start: at,
          textStart: at,
          textEnd: at + text.length,
          text,
          inline: false,
          line: lines.lineOf(at),
          paragraph: k,
        });
      }
      return;
    }
    // Found once per paragraph, not once per item: a paragraph may hold thousands of items.
    const ends = sentenceEnds(folded, at, p.end);
    const contentEnd = trimmedEnd(body, at, p.end, WHITESPACE);
    marks.forEach((mark, i) => {
      let textStart = mark.at + mark.text.length;
      while (textStart < p.end && SPACES.test(body[textStart]!) && body[textStart] !== '\n') textStart++;
      const next = marks[i + 1]?.at ?? p.end;
      const end = firstAtOrAfter(ends, textStart);
      const restEnd = Math.max(textStart, contentEnd);
      const whole = i === 0 && mark.at === at && marks.length === 1 && (end < 0 || end === restEnd - 1);
      let textEnd: number;
      if (whole) textEnd = restEnd;
      else if (end >= 0 && end < next) textEnd = end;
      // Before the next item on the line, its separator goes; at the paragraph's end, only spaces.
      else textEnd = trimmedEnd(body, textStart, next, next < p.end ? SEPARATOR : WHITESPACE);
      found.push({
        family: mark.family,
        form: mark.form,
        marker: unwrap(mark.text),
        number: mark.number,
        start: mark.at,
        textStart,
        textEnd,
        text: unwrap(body.slice(textStart, textEnd)),
        inline: !whole,
        line: lines.lineOf(mark.at),
        paragraph: k,
      });
    });
  });
  return found;
}
