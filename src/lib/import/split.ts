import { fold } from '../structure/fold.ts';
import { ImportError } from './errors.ts';
import { isNotice } from './notice.ts';
import { titleLinesAt, withoutArticleNumber } from './titleLines.ts';
import { isLeaderLine, isOutlineLine, tocEntry } from './tocLines.ts';

/** One entry of a compilation's 目录: the listed title and its page number. */
export interface TocEntry {
  title: string;
  page: number | null;
  line: number;
}

/** A sample cut out of a source file, before metadata inference. */
export interface RawSample {
  /** 1-based position inside a compilation; null for a single-sample file. */
  index: number | null;
  /** Inclusive 1-based line range in the source, notice and title lines included. */
  lines: [number, number];
  sourceNote: string | null;
  titleLines: string[];
  /** First line of the body (after notice and title lines). */
  bodyStart: number;
  /** The body lines joined by `\n`, verbatim. Empty when the sample is only a title. */
  body: string;
}

/** Lines of a source that belong to no sample, e.g. a compilation's 目录. */
export interface OutsideBlock {
  kind: 'toc' | 'preamble';
  lines: [number, number];
  text: string;
}

export interface SplitSource {
  kind: 'single' | 'compilation';
  /** Lines counted as a reader does: a final line end closes the last line, not a new empty one. */
  lineCount: number;
  finalNewline: boolean;
  samples: RawSample[];
  toc: TocEntry[];
  outside: OutsideBlock[];
}

const TOC_HEADER = /^[\s\u3000]*目[\s\u3000]*录[\s\u3000]*$/u;

const isBlank = (line: string) => line.trim() === '';
const squash = (s: string) => s.replace(/[\s\u3000]+/gu, '');

function cutSample(lines: readonly string[], from: number, to: number, index: number | null): RawSample {
  // from/to are 0-based inclusive indexes into lines.
  let at = from;
  let sourceNote: string | null = null;
  if (isNotice(lines[at]!)) {
    sourceNote = lines[at]!;
    at++;
  }
  const nTitle = titleLinesAt(lines, at, to + 1);
  const titleLines = lines.slice(at, at + nTitle);
  at += nTitle;
  return {
    index,
    lines: [from + 1, to + 1],
    sourceNote,
    titleLines,
    bodyStart: at + 1,
    body: lines.slice(at, to + 1).join('\n'),
  };
}

function parseToc(lines: readonly string[], header: number, end: number): TocEntry[] {
  const entries: TocEntry[] = [];
  for (let i = header + 1; i < end; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    const m = tocEntry(line);
    const page = m ? Number(m.page.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))) : null;
    entries.push({ title: (m ? m.title : line).trim(), page, line: i + 1 });
  }
  return entries;
}

// A site's `第N篇` before a title, on its line or its own, is no part of the title listed.
const listedTitle = (entry: TocEntry) => squash(withoutArticleNumber(entry.title));

/** The titles a 目录 may list a sample by: its title lines together, or its first line. */
function sampleTitles(sample: RawSample): string[] {
  const lines = sample.titleLines.map(withoutArticleNumber).filter((l) => l.trim() !== '');
  return [squash(lines.join('')), squash(lines[0] ?? '')];
}

const titleMatches = (listed: string, titles: readonly string[]) => listed !== '' && titles.includes(listed);

const isEntry = (line: string) => tocEntry(line) !== null;
const MIN_HEADERLESS_ENTRIES = 2;

/** Index of the first line of `sorted` (in code unit order) not below `key`. */
function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * How many lines of `sorted` (in code unit order) start with `prefix`, counting at most two:
 * the lines that do come together, from the first line not below `prefix`.
 */
function startingWith(sorted: readonly string[], prefix: string): number {
  const at = lowerBound(sorted, prefix);
  let n = 0;
  while (n < 2 && at + n < sorted.length && sorted[at + n]!.startsWith(prefix)) n++;
  return n;
}

/**
 * The 目录 a single text (no notice lines) prints before its title: a `目录` header and the
 * lines after it that carry page numbers, or, with no header, at least two lines with leader
 * dots and page numbers (`一、工作回顾……1`) or numbered heading lines alone (the outline a site
 * prints above the title: `一、2023年工作回顾`). Blank lines after it go with it. Its entries are
 * the text's own headings, so each must open a later line (title or body); returns the
 * 0-based line where the text starts, or null when the file has no such 目录.
 *
 * A 目录 whose header is there but whose entries are not found in the text lists other
 * texts: a compilation without notice lines, which cannot be cut into samples. That throws.
 */
function ownToc(file: string, lines: readonly string[], firstContent: number, header: number): { end: number } | null {
  if (firstContent < 0) return null;
  const from = header >= 0 ? header + 1 : firstContent;
  let end = from;
  const entries: number[] = [];
  while (
    end < lines.length &&
    (isBlank(lines[end]!) || (header >= 0 ? isEntry(lines[end]!) : isLeaderLine(lines[end]!) || isOutlineLine(lines[end]!)))
  ) {
    if (!isBlank(lines[end]!)) entries.push(end);
    end++;
  }
  // With a header but no page numbers: the 目录 runs to the first blank line.
  if (header >= 0 && entries.length === 0) {
    while (end < lines.length && !isBlank(lines[end]!)) entries.push(end++);
    while (end < lines.length && isBlank(lines[end]!)) end++;
  }
  if (header < 0 && (entries.length < MIN_HEADERLESS_ENTRIES || end >= lines.length)) return null;
  if (entries.length === 0) throw new ImportError(file, header + 1, '目录是空的');
  if (end >= lines.length) throw new ImportError(file, header + 1, '只有目录，没有正文');
  // Sorted, so that each entry is looked up instead of compared with every later line.
  const later = lines
    .slice(end)
    .map((l) => squash(fold(l)))
    .sort();
  const missing = entries.find((i) => {
    const listed = squash(fold(tocEntry(lines[i]!)?.title ?? lines[i]!));
    const found = listed === '' ? 0 : startingWith(later, listed);
    // A printed outline (no page numbers, no header) lists each heading the text has once: a
    // run of numbered lines that recur is the text's own repetition, not its outline.
    return found === 0 || (header < 0 && !isLeaderLine(lines[i]!) && found > 1);
  });
  if (missing === undefined) return { end };
  if (header < 0) return null;
  const listed = (tocEntry(lines[missing]!)?.title ?? lines[missing]!).trim();
  throw new ImportError(
    file,
    header + 1,
    `有目录，但找不到各篇开头的说明行（本文系…仅供学习参考…），无法拆分成篇：目录第 ${missing + 1} 行的《${listed}》不是正文中的标题`,
  );
}

/** The first disagreement between the 目录 and the samples found, naming its line. */
function tocProblem(file: string, toc: readonly TocEntry[], samples: readonly RawSample[]): ImportError | null {
  const name = (x: RawSample) => x.titleLines.join('') || '（无标题）';
  // Squashed once: an entry may be compared with every sample.
  const listed = toc.map(listedTitle);
  const titles = samples.map(sampleTitles);
  for (let e = 0, s = 0; e < toc.length || s < samples.length; e++, s++) {
    const entry = toc[e];
    const sample = samples[s];
    if (entry && sample && titleMatches(listed[e]!, titles[s]!)) continue;
    const sampleListedLater = sample !== undefined && listed.slice(e + 1).some((l) => titleMatches(l, titles[s]!));
    const entryFoundLater = entry !== undefined && titles.slice(s + 1).some((t) => titleMatches(listed[e]!, t));
    if (entry && (!sample || sampleListedLater)) return new ImportError(file, entry.line, `目录列出的《${entry.title}》在正文中找不到`);
    if (sample && (!entry || entryFoundLater))
      return new ImportError(file, sample.lines[0], `正文第 ${s + 1} 篇《${name(sample)}》不在目录中`);
    return new ImportError(
      file,
      entry!.line,
      `目录第 ${e + 1} 项《${entry!.title}》与正文第 ${s + 1} 篇《${name(sample!)}》（第 ${sample!.lines[0]} 行）不一致`,
    );
  }
  return null;
}

/**
 * Split a decoded source into samples. A file whose samples start with notice lines
 * (`本文系…仅供学习参考…`) is cut at each notice; lines before the first notice must be a
 * 目录 whose entries match the samples. A file without notices is one sample; a 目录 of its
 * own headings printed before its title is kept outside it.
 * Throws the first problem found, as an ImportError naming file and line.
 */
export function splitSource(text: string, file: string): SplitSource {
  const finalNewline = text.endsWith('\n');
  const lines = (finalNewline ? text.slice(0, -1) : text).split('\n');
  const base = { lineCount: lines.length, finalNewline };
  const starts = lines.flatMap((line, i) => (isNotice(line) ? [i] : []));
  const firstContent = lines.findIndex((l) => !isBlank(l));
  const tocHeader = firstContent >= 0 && TOC_HEADER.test(lines[firstContent]!) ? firstContent : -1;

  if (starts.length === 0) {
    const own = ownToc(file, lines, firstContent, tocHeader);
    if (own === null) return { ...base, kind: 'single', samples: [cutSample(lines, 0, lines.length - 1, null)], toc: [], outside: [] };
    return {
      ...base,
      kind: 'single',
      samples: [cutSample(lines, own.end, lines.length - 1, null)],
      toc: [],
      outside: [{ kind: 'toc', lines: [1, own.end], text: lines.slice(0, own.end).join('\n') }],
    };
  }

  const first = starts[0]!;
  const outside: OutsideBlock[] = [];
  let toc: TocEntry[] = [];
  if (first > 0) {
    const preamble = lines.slice(0, first);
    if (tocHeader >= 0 && tocHeader < first) {
      toc = parseToc(lines, tocHeader, first);
      outside.push({ kind: 'toc', lines: [1, first], text: preamble.join('\n') });
    } else if (preamble.every(isBlank)) {
      outside.push({ kind: 'preamble', lines: [1, first], text: preamble.join('\n') });
    } else {
      throw new ImportError(file, firstContent + 1, '第一篇的说明行之前有文字，它既不是目录，也不属于任何一篇');
    }
  }

  const compilation = starts.length > 1 || toc.length > 0;
  const samples = starts.map((from, k) => cutSample(lines, from, (starts[k + 1] ?? lines.length) - 1, compilation ? k + 1 : null));
  for (const sample of samples) {
    if (sample.titleLines.length === 0 && compilation)
      throw new ImportError(file, sample.lines[0] + 1, '说明行后面应是这一篇的标题行，这里没有标题');
  }
  if (toc.length > 0) {
    const problem = tocProblem(file, toc, samples);
    if (problem) throw problem;
  } else if (tocHeader >= 0) {
    throw new ImportError(file, tocHeader + 1, '目录是空的');
  }
  return { ...base, kind: compilation ? 'compilation' : 'single', samples, toc, outside };
}
