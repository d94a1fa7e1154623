import type { Family, Heading, Part, Placeholder, Role, Structure } from '../structure/model.ts';
import { partLabels, roleLabel } from './labels.ts';

/** Plain source text, or a run of placeholder characters (`XX`, `*`) shown as a chip. */
export type Piece = { kind: 'text'; text: string } | { kind: 'placeholder'; text: string };

/** A heading as written (mark, any spaces, text), with the pieces it is made of. */
export interface HeadingSegment {
  kind: 'heading';
  id: string;
  depth: number;
  inline: boolean;
  family: Family;
  pieces: Piece[];
}

/** What a line is made of, in order: joined, the segments give back the line. */
export type Segment = Piece | HeadingSegment;

/** One non-blank body line, trimmed of its indentation as `sourceLines` trims it. */
export interface LineView {
  /** 1-based line in the source file. */
  line: number;
  /** The line as shown: without leading and trailing whitespace. */
  text: string;
  /** Offset in the body where the shown text starts. */
  start: number;
  segments: Segment[];
  /**
   * The heading that is the whole line (not inline), rendered as an `<h2>`…`<h6>`; null for a
   * paragraph. `level` is its HTML heading level: one below the closest shallower heading element
   * before it, 2 when there is none, at most 6. That is depth + 1 when the whole-line headings
   * nest without gaps, and never skips a level when they do not.
   */
  block: { heading: HeadingSegment; level: HeadingLevel } | null;
}

/** One part of the body with its lines. */
export interface PartView {
  id: string;
  role: Role;
  /** The role's name, numbered when the role has several parts (`主要成绩 2`). */
  label: string;
  /** 1-based source line where the part starts. */
  line: number;
  lines: LineView[];
}

type Span<T> = { start: number; end: number; value: T };

/** Pieces of `[from, to)`: text, with placeholder runs (clipped to the range) as chips. */
function piecesOf(body: string, from: number, to: number, placeholders: readonly Span<Placeholder>[]): Piece[] {
  const out: Piece[] = [];
  let at = from;
  for (const p of placeholders) {
    const start = Math.max(p.start, at);
    const end = Math.min(p.end, to);
    if (end <= start) continue;
    if (start > at) out.push({ kind: 'text', text: body.slice(at, start) });
    out.push({ kind: 'placeholder', text: body.slice(start, end) });
    at = end;
  }
  if (to > at) out.push({ kind: 'text', text: body.slice(at, to) });
  return out;
}

/** Merge adjacent text pieces, so a line renders as few text nodes as it can. */
function merged<T extends Segment>(segments: T[]): T[] {
  const out: T[] = [];
  for (const s of segments) {
    const last = out.at(-1);
    if (s.kind === 'text' && last?.kind === 'text') out[out.length - 1] = { kind: 'text', text: last.text + s.text } as T;
    else out.push(s);
  }
  return out;
}

type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/**
 * Every non-blank line of a body with its segments: plain text, headings (marker and text as
 * written) and placeholder chips. Offsets in `structure` are offsets into `body`; body line i
 * is source line `firstLine + i`.
 */
export function lineViews(body: string, firstLine: number, structure: Pick<Structure, 'outline' | 'placeholders'>): LineView[] {
  const headings: Span<Heading>[] = structure.outline
    .map((h) => ({ start: h.start, end: h.textEnd, value: h }))
    .sort((a, b) => a.start - b.start);
  const placeholders: Span<Placeholder>[] = structure.placeholders
    .map((p) => ({ start: p.start, end: p.start + p.token.length, value: p }))
    .sort((a, b) => a.start - b.start);

  const out: LineView[] = [];
  let lineStart = 0;
  let h = 0;
  let p = 0;
  // Heading elements so far that a later one may sit under: depth and level, deepest last.
  const open: Array<{ depth: number; level: HeadingLevel }> = [];
  body.split('\n').forEach((raw, i) => {
    const offset = lineStart;
    lineStart += raw.length + 1;
    const text = raw.trim();
    const start = offset + raw.length - raw.trimStart().length;
    const end = start + text.length;
    // Headings and placeholders are sorted: skip those of earlier lines, collect this line's.
    while (h < headings.length && headings[h]!.end <= start) h++;
    while (p < placeholders.length && placeholders[p]!.end <= start) p++;
    if (text === '') return;
    const mine = headings.slice(h).filter((x) => x.start < end);
    const marks = placeholders.slice(p).filter((x) => x.start < end);

    const segments: Segment[] = [];
    let at = start;
    for (const x of mine) {
      const from = Math.max(x.start, at, start);
      const to = Math.min(x.end, end);
      if (to <= from) continue;
      if (from > at) segments.push(...piecesOf(body, at, from, marks));
      const hd = x.value;
      segments.push({
        kind: 'heading',
        id: hd.id,
        depth: hd.depth,
        inline: hd.inline,
        family: hd.family,
        pieces: merged(piecesOf(body, from, to, marks)),
      });
      at = to;
    }
    if (end > at) segments.push(...piecesOf(body, at, end, marks));

    const first = segments.find((s): s is HeadingSegment => s.kind === 'heading');
    let block: LineView['block'] = null;
    if (first && !first.inline) {
      while (open.length > 0 && open.at(-1)!.depth >= first.depth) open.pop();
      const level = Math.min(open.length > 0 ? open.at(-1)!.level + 1 : 2, 6) as HeadingLevel;
      block = { heading: first, level };
      open.push({ depth: first.depth, level });
    }
    out.push({ line: firstLine + i, text, start, segments: merged(segments), block });
  });
  return out;
}

/** The text a segment shows: a heading's pieces joined, or the piece's text. */
export function segmentText(segment: Segment): string {
  return segment.kind === 'heading' ? segment.pieces.map((p) => p.text).join('') : segment.text;
}

/** Lines grouped by part, in order; parts tile the body, so every line is in one part. */
export function partViews(lines: readonly LineView[], parts: readonly Part[]): PartView[] {
  const labels = partLabels(parts);
  return parts.map((part, i) => ({
    id: part.id,
    role: part.role,
    label: labels[i]!,
    line: part.line,
    // The last part takes any line at or after its start, so no line is lost to a gap.
    lines: lines.filter((l) => l.start >= part.start && (l.start < part.end || i === parts.length - 1)),
  }));
}

/** A sample's body as the page renders it: parts of lines of segments. */
export function bodyView(sample: {
  text: string;
  source: { bodyStart: number };
  structure: Pick<Structure, 'outline' | 'placeholders' | 'parts'>;
}): PartView[] {
  const lines = lineViews(sample.text, sample.source.bodyStart, sample.structure);
  if (sample.structure.parts.length === 0) {
    return lines.length === 0 ? [] : [{ id: 'opening', role: 'opening', label: roleLabel('opening'), line: lines[0]!.line, lines }];
  }
  // Lines before the first part (none when parts tile the body) go with the first part.
  const views = partViews(lines, sample.structure.parts);
  const before = lines.filter((l) => l.start < sample.structure.parts[0]!.start);
  if (before.length > 0) views[0]!.lines.unshift(...before);
  return views;
}
