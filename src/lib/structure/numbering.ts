import { chineseNumeral } from './markers.ts';
import { quoteHeading as quote } from './quote.ts';
import type { Anomaly, Family } from './model.ts';

/** What the numbering checks need to know of a heading. */
export interface NumberedHeading {
  family: Family;
  form: string;
  marker: string;
  text: string;
  number: number | null;
  depth: number;
  line: number;
  part: number;
  parent: number | null;
}

const CHINESE_FAMILIES: ReadonlySet<Family> = new Set(['cn', 'cn-paren']);

/** The mark `form` (`（N）`, `N.`, `N是`) would carry with the number `n`, in its family's numerals. */
export function markerFor(h: Pick<NumberedHeading, 'family' | 'form'>, n: number): string {
  if (h.form === '首先是' || h.form === '首先，') return `${['首先', '其次', '再次'][n - 1] ?? '最后'}${h.form.slice(2)}`;
  if (h.family === 'circled') return String.fromCharCode('①'.charCodeAt(0) + n - 1);
  const numeral = CHINESE_FAMILIES.has(h.family) || h.family === 'enum' ? chineseNumeral(n) : String(n);
  return h.form.replace('N', numeral);
}

/**
 * The numbered sequences of a text, as indexes into `headings` in order: the top-level
 * headings across the whole text, and deeper ones by part, parent and depth. Dash lines
 * and unnumbered headings belong to none.
 */
export function numberingScopes(headings: readonly NumberedHeading[]): number[][] {
  const scopes = new Map<string, number[]>();
  headings.forEach((h, i) => {
    if (h.number === null && h.form !== '首先是' && h.form !== '首先，') return;
    if (h.family === 'dash' || h.family === 'plain') return;
    const key = h.depth === 1 ? 'top' : `${h.part}/${h.parent ?? '-'}/${h.depth}`;
    const list = scopes.get(key) ?? [];
    list.push(i);
    scopes.set(key, list);
  });
  return [...scopes.values()];
}

/**
 * Marks that break their sequence: among siblings (top-level headings across the whole
 * text; deeper ones under the same parent in the same part), each number should be one
 * more than the one before, starting at 1. A number already used is a repeat; a jump is a
 * skip; a return to 1 is a restart. Each anomaly carries the mark the heading should have.
 */
export function numberingAnomalies(headings: readonly NumberedHeading[]): Anomaly[] {
  const found: Anomaly[] = [];
  for (const members of numberingScopes(headings)) {
    let previous = 0;
    for (const i of members) {
      const h = headings[i]!;
      if (h.number === null) continue; // 最后: ends a sequence, whatever its length
      const expected = previous + 1;
      if (h.number !== expected) {
        const want = markerFor(h, expected);
        const [kind, what] =
          h.number === 1 ? (['numbering-restart', '重新从头编号'] as const)
          : h.number <= previous ? (['numbering-repeat', `重复了已用过的序号「${h.marker}」`] as const)
          : (['numbering-skip', `跳过了序号「${markerFor(h, expected)}」`] as const);
        found.push({ kind, lines: [h.line], detail: `${quote(h)}${what}，按顺序应为「${want}」`, expected: want });
      }
      previous = h.number;
    }
  }
  return found.sort((a, b) => a.lines[0]! - b.lines[0]!);
}
