import { FAMILY_SPECS } from '../structure/families.ts';
import { markerFor, numberingScopes, type NumberedHeading } from '../structure/numbering.ts';
import { partAt } from '../structure/parts.ts';
import type { Structure } from '../structure/model.ts';

/** One heading of a numbered sequence: its mark as written and the mark it should carry. */
export interface Renumbered {
  line: number;
  marker: string;
  expected: string;
  text: string;
}

/** A sequence of sibling headings with at least one mark out of order, and every mark it should carry. */
export interface Renumbering {
  depth: number;
  items: Renumbered[];
}

/**
 * The proposed renumbering of every sequence that is out of order: among the siblings the
 * engine's numbering check compares (`numberingScopes`), the k-th numbered heading carries the
 * k-th mark of its own form, as its family writes it (`一、二、三、二、` → `一、二、三、四、`; `（一）（二）（四）` →
 * `（一）（二）（三）`). A closing 最后 ends a sequence and keeps its word.
 */
export function renumbering(structure: Pick<Structure, 'outline' | 'parts'>): Renumbering[] {
  const headings: NumberedHeading[] = structure.outline.map((h) => ({
    ...h,
    form: FAMILY_SPECS[h.family].form(h.marker),
    part: partAt(structure.parts, h.start),
  }));
  const found: Renumbering[] = [];
  for (const members of numberingScopes(headings)) {
    let k = 0;
    const items = members.map((i) => {
      const h = headings[i]!;
      // A mark in its place stays as written (`１．` is not turned into `1．`).
      const n = h.number === null ? null : ++k;
      const expected = n === null || n === h.number ? h.marker : markerFor(h, n);
      return { line: h.line, marker: h.marker, expected, text: h.text };
    });
    if (items.some((x) => x.expected !== x.marker)) found.push({ depth: headings[members[0]!]!.depth, items });
  }
  return found.sort((a, b) => a.items[0]!.line - b.items[0]!.line);
}
