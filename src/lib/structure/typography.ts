import { paragraphsOf } from './paragraphs.ts';
import type { Anomaly } from './model.ts';

const HAN = '\\u3400-\\u9fff';
const CJK_PUNCT = '\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20“”‘’';
/** A half-width `, ; : ( ) ? !` touching Chinese text. */
const HALF_WIDTH = new RegExp(`[${HAN}${CJK_PUNCT}][,;:()?!]|[,;:()?!][${HAN}${CJK_PUNCT}]`, 'gu');
/** U+30FB KATAKANA MIDDLE DOT, typed where U+00B7 `·` is standard; search does not match one with the other. */
const KATAKANA_DOT = /\u30fb/gu;
/** A space between two characters of running text, outside 《》 and quotes: `24 小时`, `“三会一课” 制度`. */
const STRAY_SPACE = new RegExp(`[${HAN}\\d”’）)][ \\u3000]+[${HAN}\\d“‘（(]`, 'gu');

const excerpt = (line: string, at: number) => line.slice(Math.max(0, at - 6), at + 8).trim();

const OPENING = /[《“「]/gu;
const CLOSING: Record<string, string> = { '《': '》', '“': '”', '「': '」' };

/**
 * Offsets inside 《》, “” or 「」 on a line, where spaces belong to a quoted name or slogan: each
 * opening mark to the first closing one after it, in order. Scanned with the next closing mark
 * of each kind remembered, where `/《[^》]*》|…/g` would look for it from every unclosed `《`.
 */
export function quotedRanges(line: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const nextClosing = new Map<string, number>();
  OPENING.lastIndex = 0;
  for (let m = OPENING.exec(line); m; m = OPENING.exec(line)) {
    const closing = CLOSING[m[0]]!;
    let j = nextClosing.get(closing);
    if (j === undefined || (j >= 0 && j <= m.index)) nextClosing.set(closing, (j = line.indexOf(closing, m.index + 1)));
    if (j < 0) continue;
    ranges.push([m.index, j + 1]);
    OPENING.lastIndex = j + 1;
  }
  return ranges;
}

/** Whether `at` is strictly inside one of `ranges` (in order, disjoint): the last one opening before it. */
function inside(ranges: ReadonlyArray<[number, number]>, at: number): boolean {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]![0] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && at < ranges[lo - 1]![1];
}

/**
 * Whitespace a careful editor removes: indentation on some paragraphs only, trailing
 * spaces, lines holding only whitespace, a space inside running text (not inside a quoted
 * name or slogan), a no-break space.
 *
 * Indentation is read on the first line of each paragraph only, since the continuation lines
 * of a hard-wrapped text (PDF extract) are never indented; and the indentation a flattened
 * line keeps before each paragraph is no stray space.
 */
export function whitespaceAnomalies(body: string, firstLine: number): Anomaly[] {
  const lines = body.split('\n');
  const found: Anomaly[] = [];
  const paragraphStarts = new Set(paragraphsOf(body).map((p) => p.start));
  const lineStarts: number[] = [];
  lines.reduce((at, l) => (lineStarts.push(at), at + l.length + 1), 0);
  const content = lines.map((l, i) => ({ l, line: firstLine + i, at: lineStarts[i]! })).filter(({ l }) => l.trim() !== '');
  const firsts = content.filter(({ l, at }) => paragraphStarts.has(at + l.length - l.trimStart().length));
  const indented = firsts.filter(({ l }) => /^[ \t\u3000\u00a0]/u.test(l));
  const flush = firsts.filter(({ l }) => !/^[ \t\u3000\u00a0]/u.test(l));
  if (indented.length > 0 && flush.length > 0) {
    const [odd, how] = indented.length <= flush.length ? [indented, '有缩进'] : [flush, '没有缩进'];
    found.push({
      kind: 'whitespace',
      lines: odd.map((x) => x.line),
      detail: `段首缩进不一致：${odd.length} 段${how}，其余 ${firsts.length - odd.length} 段相反`,
      expected: null,
    });
  }
  const trailing = content.filter(({ l }) => /[ \t\u3000\u00a0]$/u.test(l));
  const blankish = lines.map((l, i) => ({ l, line: firstLine + i })).filter(({ l }) => l !== '' && l.trim() === '');
  if (trailing.length + blankish.length > 0)
    found.push({
      kind: 'whitespace',
      lines: [...trailing, ...blankish].map((x) => x.line).sort((a, b) => a - b),
      detail: `${trailing.length > 0 ? `${trailing.length} 行末尾有多余空格` : ''}${trailing.length > 0 && blankish.length > 0 ? '；' : ''}${blankish.length > 0 ? `${blankish.length} 行只有空白字符` : ''}`,
      expected: null,
    });
  const stray: Array<{ line: number; text: string }> = [];
  const nbsp: number[] = [];
  content.forEach(({ l, line, at }) => {
    const quoted = quotedRanges(l);
    const start = l.length - l.trimStart().length;
    for (const m of l.matchAll(STRAY_SPACE)) {
      const indents = paragraphStarts.has(at + m.index + m[0].length - 1);
      if (m.index >= start && !indents && !inside(quoted, m.index + 1)) stray.push({ line, text: excerpt(l, m.index + 1) });
    }
    if (l.includes('\u00a0')) nbsp.push(line);
  });
  if (stray.length > 0)
    found.push({
      kind: 'whitespace',
      lines: [...new Set(stray.map((s) => s.line))],
      detail: `正文中多出空格：${stray.map((s) => `「${s.text}」`).join('、')}`,
      expected: null,
    });
  if (nbsp.length > 0) found.push({ kind: 'whitespace', lines: nbsp, detail: '含不换行空格（U+00A0）', expected: null });
  return found;
}

/** Half-width punctuation among full-width text, and U+30FB where `·` is standard. */
export function punctuationAnomalies(body: string, firstLine: number): Anomaly[] {
  const found: Anomaly[] = [];
  const half: Array<{ line: number; text: string; mark: string }> = [];
  const dots: Array<{ line: number; text: string }> = [];
  body.split('\n').forEach((l, i) => {
    for (const m of l.matchAll(HALF_WIDTH)) {
      const at = /[,;:()?!]/u.test(m[0][0]!) ? m.index : m.index + 1;
      half.push({ line: firstLine + i, text: excerpt(l, at), mark: l[at]! });
    }
    for (const m of l.matchAll(KATAKANA_DOT)) dots.push({ line: firstLine + i, text: excerpt(l, m.index) });
  });
  if (half.length > 0) {
    const marks = [...new Set(half.map((h) => `「${h.mark}」`))].join('');
    const shown = [...new Set(half.map((h) => `「${h.text}」`))];
    found.push({
      kind: 'punctuation',
      lines: [...new Set(half.map((h) => h.line))],
      detail: `中文里夹用半角标点${marks} ${half.length} 处：${shown.slice(0, 4).join('、')}${shown.length > 4 ? '等' : ''}`,
      expected: null,
    });
  }
  if (dots.length > 0)
    found.push({
      kind: 'punctuation',
      lines: [...new Set(dots.map((d) => d.line))],
      detail: `用了片假名中点「・」（U+30FB），规范写法是「·」（U+00B7）：${dots.map((d) => `「${d.text}」`).join('、')}`,
      expected: null,
    });
  return found;
}
