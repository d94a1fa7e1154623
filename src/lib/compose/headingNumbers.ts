import { fold } from '../structure/fold.ts';
import { enumerationMarks, lineMarkAt, type Mark } from '../structure/markers.ts';
import { markerFor } from '../structure/numbering.ts';

/**
 * The numbers a draft's headings carry once its sections are arranged. Sections come from
 * different samples, each numbered on its own: `二、` of one sample followed by `二、` of
 * another must read `二、三、`. A heading keeps its depth (as in its sample) and its mark's family
 * and form (`（一）`, `1、`, `一是`): only the number changes. Siblings are the headings of one
 * depth and one family under the same parent, the parent being the nearest heading above of a
 * lower depth, whichever section it is in; top-level headings are siblings across the whole
 * draft, as the engine's numbering check reads a text. So a sub-level restarts under each new
 * parent and continues under the same one, and two families at one depth (`（一）` in one
 * sample, `1、` in another) number apart, as the checker then reads them (one depth per family).
 */

/** The numbering mark a heading opens with (`二、`, `（三）`, `一是`, `——`), read as the engine reads marks; null when it has none. */
export function headingMark(heading: string): Mark | null {
  const folded = fold(heading);
  return lineMarkAt(heading, folded, 0) ?? enumerationMarks(heading, folded, 0, heading.length).find((m) => m.at === 0) ?? null;
}

export interface DraftHeading {
  depth: number;
  mark: Mark | null;
}

/**
 * The mark each heading of a draft carries, in order: the k-th heading of its sequence gets the
 * k-th mark of its own form (`markerFor`); null where the mark as written stays (in its place
 * already, unnumbered, a dash, or 最后).
 */
export function draftMarks(headings: readonly DraftHeading[]): (string | null)[] {
  const counts = new Map<string, number>();
  // Indexes of the headings still open above the current one, by increasing depth.
  const open: number[] = [];
  return headings.map((h, i) => {
    while (open.length > 0 && headings[open.at(-1)!]!.depth >= h.depth) open.pop();
    const parent = open.at(-1) ?? null;
    open.push(i);
    const mark = h.mark;
    // A dash has no number; 最后 ends a sequence with its word.
    if (mark === null || mark.number === null) return null;
    const key = h.depth === 1 ? `top/${mark.family}` : `${parent ?? '-'}/${h.depth}/${mark.family}`;
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    return n === mark.number ? null : markerFor(mark, n);
  });
}
