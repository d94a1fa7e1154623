import { FAMILY_SPECS, isWordForm } from './families.ts';
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

/** The mark `form` (`（N）`, `N.`, `N是`) would carry with the number `n`, in its family's numerals. */
export function markerFor(h: Pick<NumberedHeading, 'family' | 'form'>, n: number): string {
  return FAMILY_SPECS[h.family].format(h.form, n);
}

/**
 * The numbered sequences of a text, as indexes into `headings` in order: the top-level
 * headings across the whole text, and deeper ones by part, parent and depth. Marks of
 * families that are not sequenced (dash lines, unnumbered headings) belong to none, nor do
 * marks without a number, but for a closing 最后.
 */
export function numberingScopes(headings: readonly NumberedHeading[]): number[][] {
  const scopes = new Map<string, number[]>();
  headings.forEach((h, i) => {
    if (!FAMILY_SPECS[h.family].sequenced || (h.number === null && !isWordForm(h.form))) return;
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
          h.number === 1
            ? (['numbering-restart', '重新从头编号'] as const)
            : h.number <= previous
              ? (['numbering-repeat', `重复了已用过的序号「${h.marker}」`] as const)
              : (['numbering-skip', `跳过了序号「${markerFor(h, expected)}」`] as const);
        found.push({ kind, lines: [h.line], detail: `${quote(h)}${what}，按顺序应为「${want}」`, expected: want });
      }
      previous = h.number;
    }
  }
  return found.sort((a, b) => a.lines[0]! - b.lines[0]!);
}
