import type { GongwenDoc, Piece } from '../format/gongwen.ts';
import { SLOT_TYPES, slotLabel, type SlotType } from '../format/slot.ts';
import type { Draft, DraftSection } from './deskDraft.ts';
import { draftMarks, headingMark } from './headingNumbers.ts';

/**
 * A draft composed into one document: the title, then every section's paragraphs in the
 * reader's order, headings renumbered across the draft (`draftMarks`), each slot of a template
 * section filled by its override or its type's value, or left as a slot. The preview, the
 * clipboard, the .docx and the checker all read this one composition.
 */

/** The title a draft starts with: a template the slot values fill. */
export const DEFAULT_TITLE = `${slotLabel('单位')}${slotLabel('年份')}年工作总结`;

/** One slot of the composed document. */
export interface ComposedSlot {
  slot: SlotType;
  /** `title/<n>` or `<section key>/<n>`: the n-th slot of the title or of a section, whatever the order of sections. */
  key: string;
  /** What the slot stands for in its sample (`164`), or its label in the title. */
  text: string;
  /** What fills it (its override, else its type's value), or null while it is unfilled. */
  value: string | null;
  overridden: boolean;
}

export type ComposedPiece = string | ComposedSlot;

export interface ComposedRun {
  depth: number | null;
  pieces: ComposedPiece[];
}

export interface ComposedParagraph {
  heading: number | null;
  runs: ComposedRun[];
  /** Index of the section it belongs to. */
  section: number;
}

/** How many slots of a type the document has, and how many of them are still unfilled. */
export interface SlotTally {
  type: SlotType;
  count: number;
  unfilled: number;
}

export interface Composed {
  title: ComposedPiece[];
  paragraphs: ComposedParagraph[];
  /** Every slot type the document uses, in the order of `SLOT_TYPES`. */
  slots: SlotTally[];
  unfilled: number;
}

export const slotKey = (scope: string, n: number): string => `${scope}/${n}`;

// Slot labels hold no character special in a pattern.
const LABEL = new RegExp(`【(${SLOT_TYPES.join('|')})】`, 'gu');

/** A title as pieces: each slot label the reader left in it (`【单位】`) is a slot. */
function titlePieces(title: string): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  for (const m of title.matchAll(LABEL)) {
    if (m.index > at) out.push(title.slice(at, m.index));
    out.push({ slot: m[1] as SlotType, text: m[0] });
    at = m.index + m[0].length;
  }
  if (at < title.length) out.push(title.slice(at));
  return out;
}

/** A mark to rewrite: where it is (a body offset in its sample), as written, and the mark it gets. */
interface Change {
  at: number;
  written: string;
  mark: string;
}

/** The marks to rewrite in each section, in order. */
function renumbering(sections: readonly DraftSection[]): Change[][] {
  const headings = sections.flatMap((s, k) =>
    s.outline.map((h) => {
      const first = h.pieces[0];
      return { section: k, at: h.at, depth: h.depth, mark: typeof first === 'string' ? headingMark(first) : null };
    }),
  );
  const marks = draftMarks(headings);
  const bySection = sections.map((): Change[] => []);
  headings.forEach((h, i) => {
    const mark = marks[i];
    if (mark && h.mark) bySection[h.section]!.push({ at: h.at, written: h.mark.text, mark });
  });
  return bySection;
}

/** Text at body offset `at` with the marks that start in it rewritten. */
function remark(text: string, at: number, changes: readonly Change[]): string {
  let out = text;
  // From the last, so that a rewritten mark of another length leaves the offsets before it alone.
  for (let k = changes.length - 1; k >= 0; k--) {
    const c = changes[k]!;
    const i = c.at - at;
    // A mark broken over two lines (a hard-wrapped `三\n是`) is left as written.
    if (i >= 0 && i < text.length && out.startsWith(c.written, i)) out = out.slice(0, i) + c.mark + out.slice(i + c.written.length);
  }
  return out;
}

const pieceLength = (p: Piece) => (typeof p === 'string' ? p : p.text).length;

export function composeDraft(draft: Draft): Composed {
  const tallies = new Map<SlotType, SlotTally>();
  const fill = (slot: SlotType, key: string, text: string): ComposedSlot => {
    const override = draft.overrides[key]?.trim() || null;
    const value = override ?? (draft.values[slot]?.trim() || null);
    const tally = tallies.get(slot) ?? { type: slot, count: 0, unfilled: 0 };
    tally.count++;
    if (value === null) tally.unfilled++;
    tallies.set(slot, tally);
    return { slot, key, text, value, overridden: override !== null };
  };

  let t = 0;
  const title = titlePieces(draft.title ?? DEFAULT_TITLE).map((p) =>
    typeof p === 'string' ? p : fill(p.slot, slotKey('title', t++), p.text),
  );
  const changes = renumbering(draft.sections);
  const paragraphs: ComposedParagraph[] = draft.sections.flatMap((s, k) => {
    let n = 0;
    return s.blocks.map((b) => {
      let at = b.at;
      const runs = b.runs.map((r) => ({
        depth: r.depth,
        pieces: r.pieces.map((p): ComposedPiece => {
          const start = at;
          at += pieceLength(p);
          if (typeof p === 'string') return remark(p, start, changes[k]!);
          const key = slotKey(s.key, n++);
          return s.mode === 'template' ? fill(p.slot, key, p.text) : p.text;
        }),
      }));
      return { heading: b.heading, runs, section: k };
    });
  });

  const slots = SLOT_TYPES.flatMap((t) => tallies.get(t) ?? []);
  return { title, paragraphs, slots, unfilled: slots.reduce((n, t) => n + t.unfilled, 0) };
}

/** A composed piece as the output formats take it: text, a filled slot as its value, an unfilled one as a slot. */
const pieceOf = (p: ComposedPiece): Piece => (typeof p === 'string' ? p : (p.value ?? { slot: p.slot, text: p.text }));

/** The composed document for the clipboard, the .docx and the checker: slots still unfilled show as their labels. */
export function composedGongwen(c: Composed): GongwenDoc {
  return {
    title: c.title.length > 0 ? [c.title.map(pieceOf)] : [],
    paragraphs: c.paragraphs.map((p) => ({
      heading: p.heading,
      runs: p.runs.map((r) => ({ depth: r.depth, pieces: r.pieces.map(pieceOf) })),
    })),
    outline: false,
  };
}
