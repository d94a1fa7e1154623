import type { SampleEntry } from '../content/schema.ts';
import type { CopyBlock, CopyDoc, CopyTarget } from '../format/copy.ts';
import type { Piece, Run } from '../format/gongwen.ts';
import type { Heading } from '../structure/model.ts';
import { findSlots, unitNamesOf, type Slot } from '../format/template.ts';

/** A sample as the copy actions read it: a CopyDoc, and the ranges a page offers to copy. */

/** Pieces of `[from, to)`: text, and each slot starting in the range whole. */
function piecesOf(text: string, slots: readonly Slot[], from: number, to: number): Piece[] {
  const out: Piece[] = [];
  let at = from;
  for (const s of slots) {
    if (s.start < from || s.start >= to) continue;
    if (s.start > at) out.push(text.slice(at, s.start));
    out.push({ slot: s.type, text: text.slice(s.start, s.end) });
    at = s.end;
  }
  if (to > at) out.push(text.slice(at, to));
  return out;
}

/** Whether only indentation stands between the start of its line and `offset`. */
function startsLine(text: string, offset: number): boolean {
  return text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset).trim() === '';
}

/** Where a heading's run ends: after its text and the `。` or `：` that closes an inline heading. */
function runEnd(text: string, h: Heading): number {
  return h.inline && /[。：]/u.test(text[h.textEnd] ?? '') ? h.textEnd + 1 : h.textEnd;
}

/** A sample as a CopyDoc: the engine's headings and the template's slots over its title lines and body. */
export function copyDoc(sample: Pick<SampleEntry, 'text' | 'titleLines' | 'titleInferred' | 'organ' | 'structure'>): CopyDoc {
  const { text, structure } = sample;
  const unit = unitNamesOf(sample);
  const slots = findSlots(text, { unit, skip: structure.outline.map((h) => [h.start, h.textStart] as const) });
  const leading = new Map(structure.outline.filter((h) => startsLine(text, h.start)).map((h) => [h.start, h]));

  const blocks: CopyBlock[] = [];
  let lineStart = 0;
  for (const raw of text.split('\n')) {
    const start = lineStart + raw.length - raw.trimStart().length;
    const end = start + raw.trim().length;
    lineStart += raw.length + 1;
    if (end === start) continue;
    const h = leading.get(start);
    if (h && !h.inline) {
      blocks.push({ at: start, heading: h.depth, runs: [{ depth: h.depth, pieces: piecesOf(text, slots, start, end) }] });
    } else if (h) {
      const cut = Math.min(runEnd(text, h), end);
      const runs: Run[] = [{ depth: h.depth, pieces: piecesOf(text, slots, start, cut) }];
      if (cut < end) runs.push({ depth: null, pieces: piecesOf(text, slots, cut, end) });
      blocks.push({ at: start, heading: null, runs });
    } else {
      blocks.push({ at: start, heading: null, runs: [{ depth: null, pieces: piecesOf(text, slots, start, end) }] });
    }
  }

  const titleLines = sample.titleInferred ? [] : sample.titleLines.map((l) => l.trim()).filter((l) => l !== '');
  return {
    title: titleLines.map((line) => piecesOf(line, findSlots(line, { unit }), 0, line.length)),
    blocks,
    outline: structure.outline.map((h) => ({ at: h.start, depth: h.depth, pieces: piecesOf(text, slots, h.start, h.textEnd) })),
  };
}

const SHORT = 24;
const short = (s: string) => (s.length > SHORT ? `${s.slice(0, SHORT)}…` : s);

/**
 * The copy targets of a sample: the whole text, each part (keyed by its id), and each section whose
 * heading opens its line (keyed by that line), unless the section is its part's whole text.
 */
export function copyTargets(
  sample: Pick<SampleEntry, 'text' | 'structure'>,
  partLabels: readonly string[],
): { doc: CopyTarget; parts: Map<string, CopyTarget>; sections: Map<number, CopyTarget> } {
  const { text, structure } = sample;
  const hasHeadings = (from: number, to: number) => structure.outline.some((h) => h.start >= from && h.start < to);
  const parts = new Map(
    structure.parts.map((p, i) => [
      p.id,
      { from: p.start, to: p.end, title: false, label: partLabels[i]!, outline: hasHeadings(p.start, p.end) },
    ]),
  );
  const sections = new Map<number, CopyTarget>();
  structure.outline.forEach((h, i) => {
    if (!startsLine(text, h.start)) return;
    const part = structure.parts.find((p) => h.start >= p.start && h.start < p.end);
    if (part && part.heading === i && h.sectionEnd >= part.end) return;
    sections.set(h.line, { from: h.start, to: h.sectionEnd, title: false, label: short(h.marker + h.text), outline: true });
  });
  return { doc: { from: 0, to: text.length, title: true, label: '全文', outline: structure.outline.length > 0 }, parts, sections };
}
