import type { FoundHeading } from './headings.ts';

/** A heading with its depth, and whether it belongs to an enumeration restarted inside its own item. */
export interface DepthResult {
  depths: number[];
  /** Indexes of headings that open an enumeration nested inside an item of the same family. */
  nestedRestarts: number[];
}

/**
 * Depths by mark family, in the order in which families first appear in the text
 * (`一、`=1, `（一）`=2, `1.`=3…): each new family goes one below the deepest so far, and keeps
 * its depth everywhere after, even where the levels between are missing (`一是` under `二、`
 * stays below `（一）`). Dash lead lines are the exception: they structure whatever they first
 * appear in, so they take one below the heading just before them (depth 1 when they open the
 * text). An unnumbered heading line heads a part, so it is depth 1.
 *
 * An enumeration that starts again at 一 inside a paragraph whose item of the same family
 * is still open is nested one level below that item; it runs to the paragraph's end.
 */
export function assignDepths(headings: readonly FoundHeading[]): DepthResult {
  const familyDepth = new Map<string, number>();
  const depths: number[] = [];
  const nestedRestarts: number[] = [];
  // The nested run of the current paragraph: its depth.
  let nested: { paragraph: number; depth: number } | null = null;
  headings.forEach((h, i) => {
    if (h.family === 'plain') {
      depths.push(1);
      return;
    }
    if (nested && nested.paragraph === h.paragraph && h.family === 'enum') {
      depths.push(nested.depth);
      return;
    }
    nested = null;
    const known = familyDepth.get(h.family);
    const prev = i > 0 ? headings[i - 1]! : null;
    if (known !== undefined && h.family === 'enum' && h.number === 1 && prev?.family === 'enum' && prev.paragraph === h.paragraph) {
      const outer = depths[i - 1]!;
      nested = { paragraph: h.paragraph, depth: outer + 1 };
      nestedRestarts.push(i);
      depths.push(outer + 1);
      return;
    }
    if (known !== undefined) {
      depths.push(known);
      return;
    }
    const deepest = Math.max(0, ...familyDepth.values());
    const depth = h.family === 'dash' ? (prev ? depths[i - 1]! + 1 : 1) : deepest + 1;
    familyDepth.set(h.family, depth);
    depths.push(depth);
  });
  return { depths, nestedRestarts };
}
