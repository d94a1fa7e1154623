import { markerFor } from './numbering.ts';
import { quoteHeading as quote } from './quote.ts';
import type { Anomaly, Family, Role } from './model.ts';

/** What the heading checks need to know of a heading. */
export interface CheckedHeading {
  family: Family;
  form: string;
  marker: string;
  text: string;
  inline: boolean;
  depth: number;
  line: number;
  role: Role;
  parent: number | null;
}

const anomaly = (kind: Anomaly['kind'], hs: readonly CheckedHeading[], detail: string): Anomaly => ({
  kind,
  lines: [...new Set(hs.map((h) => h.line))].sort((a, b) => a - b),
  detail,
  expected: null,
});

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** The members of a group that differ from its most common value. */
function minority<T>(items: readonly T[], value: (t: T) => string): { common: string; odd: T[] } | null {
  const counts = groupBy(items, value);
  if (counts.size < 2) return null;
  const common = [...counts].sort((a, b) => b[1].length - a[1].length)[0]![0];
  return { common, odd: items.filter((t) => value(t) !== common) };
}

/** A form as readers know it: its first mark (`（一）`, `1.`, `首先是`). */
const formLabel = (h: CheckedHeading) => (h.form === '' ? '无序号标题' : markerFor(h, 1));

/**
 * Sibling headings that use different forms of marks: all top-level headings of the text
 * (`——` lines beside an unnumbered one), and below that the headings of one depth within
 * parts of one role (`首先是` beside `一是`, `(一)` beside `（一）`).
 */
export function mixedMarkers(headings: readonly CheckedHeading[]): Anomaly[] {
  const groups = groupBy(headings, (h) => (h.depth === 1 ? '1' : `${h.depth}/${h.role}`));
  return [...groups.values()].flatMap((group) => {
    const m = minority(group, (h) => h.form);
    if (!m) return [];
    const forms = [...new Set(m.odd.map(formLabel))].join('」「');
    const common = formLabel(group.find((h) => h.form === m.common)!);
    return [
      anomaly('mixed-markers', m.odd, `第 ${group[0]!.depth} 层标题多用「${common}」，${m.odd.map(quote).join('、')}却用「${forms}」`),
    ];
  });
}

const HALF_WIDTH_IN_HEADING = /[\u4e00-\u9fff”’][,;:]|[,;:][\u4e00-\u9fff“‘]/u;
/** Longer than this, an item's first sentence is no longer a lead phrase. */
const LEAD_PHRASE_MAX = 20;
const RUN_ON_MIN = 40;

/**
 * Headings of one depth closed inconsistently: some whole-line headings end with `。` and
 * others with nothing; a half-width `,`/`;` in one where its siblings use full-width marks;
 * an item whose lead phrase is closed by a comma, so that its first sentence runs on far
 * past the short lead phrases of its sibling items.
 */
export function headingPunctuation(headings: readonly CheckedHeading[]): Anomaly[] {
  const found: Anomaly[] = [];
  const byDepth = groupBy(headings, (h) => String(h.depth));
  for (const group of byDepth.values()) {
    const whole = group.filter((h) => !h.inline && h.family !== 'enum');
    const ends = minority(whole, (h) => (/[。.]$/u.test(h.text) ? '。' : ''));
    if (ends)
      found.push(
        anomaly(
          'heading-punctuation',
          whole,
          `第 ${group[0]!.depth} 层标题结尾不一致：${ends.odd.map(quote).join('、')}${ends.common === '。' ? '没有句号' : '以句号结尾'}，其余${ends.common === '。' ? '以句号结尾' : '没有句号'}`,
        ),
      );
    const half = group.filter((h) => HALF_WIDTH_IN_HEADING.test(h.text));
    if (half.length > 0 && group.some((h) => /[，；：]/u.test(h.text) && !HALF_WIDTH_IN_HEADING.test(h.text)))
      found.push(anomaly('heading-punctuation', half, `${half.map(quote).join('、')}用了半角标点，同层其他标题用全角`));
  }
  const runs = groupBy(
    headings.map((h, i) => ({ h, i })).filter(({ h }) => h.family === 'enum' && h.inline),
    ({ h }) => `${h.parent ?? '-'}/${h.depth}/${h.role}`,
  );
  const isShort = (h: CheckedHeading) => [...h.text].length <= LEAD_PHRASE_MAX && !/[，,]/u.test(h.text);
  for (const run of runs.values()) {
    if (run.length < 3) continue;
    // Counted once per run: whether all the others are short is then a subtraction.
    const short = run.filter(({ h }) => isShort(h)).length;
    for (const { h } of run) {
      const lead = h.text.split(/[，,]/u)[0]!;
      const othersShort = short - (isShort(h) ? 1 : 0) === run.length - 1;
      if (othersShort && [...h.text].length >= RUN_ON_MIN && [...lead].length <= LEAD_PHRASE_MAX)
        found.push(
          anomaly('heading-punctuation', [h], `${quote(h)}的引导语「${lead}」后用了逗号而不是句号，同组其他条目的引导语都以句号结束`),
        );
    }
  }
  return found;
}

/** A heading that stops where a word is unfinished: `…的主动` (主动性), or on a trailing `、`/`，`. */
const TRUNCATED = /的(?:主动|积极|针对|前瞻|创造|系统|规范|时效|准确|科学|完整|实用|操作|可行|自觉|能动|预见|灵活|紧迫|重要)$|[、，,]$/u;

export function truncatedHeadings(headings: readonly CheckedHeading[]): Anomaly[] {
  return headings
    .filter((h) => TRUNCATED.test(h.text.replace(/[。.]$/u, '')))
    .map((h) => anomaly('heading-text', [h], `标题${quote(h)}像是没写完`));
}
