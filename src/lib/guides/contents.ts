import type { MarkdownHeading } from 'astro';

/** One entry of a guide's in-page contents: a heading and the headings under it. */
export interface ContentsEntry {
  /** The heading's id on the page (Astro's slug), the link's fragment. */
  id: string;
  text: string;
  children: ContentsEntry[];
}

/** The deepest heading listed: a guide's sections (h2) and their subsections (h3); deeper ones would crowd it. */
export const CONTENTS_MAX_DEPTH = 3;

/** A guide with fewer listed headings is short enough to read without contents. */
export const CONTENTS_MIN_HEADINGS = 3;

/**
 * The contents of a guide from the headings `render()` gives (in page order): h2 are the top
 * entries, each deeper heading nests under the nearest shallower one before it (a skipped level
 * nests one step, not two), a heading before any shallower one is a top entry. h1 (the page's
 * title, not the guide's prose) and headings deeper than `CONTENTS_MAX_DEPTH` are left out. Empty
 * when fewer than `CONTENTS_MIN_HEADINGS` headings are listed.
 */
export function contentsTree(headings: readonly MarkdownHeading[]): ContentsEntry[] {
  const listedHeadings = headings.filter((h) => h.depth >= 2 && h.depth <= CONTENTS_MAX_DEPTH);
  if (listedHeadings.length < CONTENTS_MIN_HEADINGS) return [];
  const top: ContentsEntry[] = [];
  // The open ancestors, shallowest first, each with its heading depth.
  const open: { depth: number; entry: ContentsEntry }[] = [];
  for (const h of listedHeadings) {
    const entry: ContentsEntry = { id: h.slug, text: h.text, children: [] };
    while (open.length > 0 && open[open.length - 1]!.depth >= h.depth) open.pop();
    (open.length > 0 ? open[open.length - 1]!.entry.children : top).push(entry);
    open.push({ depth: h.depth, entry });
  }
  return top;
}
