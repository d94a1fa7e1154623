import { gongwenHtml, gongwenText, type GongwenDoc, type Paragraph, type Piece, type Run } from './gongwen.ts';

/**
 * What the copy actions put on the clipboard. A sample becomes a CopyDoc once, at build time
 * (`view/copy.ts`): its title lines and non-blank body lines as 公文 paragraphs, and its headings
 * for the outline, every piece either text as written or a slot holding the text it replaces. Any
 * range of the body (a section, a part, the whole) then reads as the original, as a template or
 * as an outline. This module runs in the browser too: it imports nothing of the engine.
 */

/** One non-blank body line as a paragraph, at the body offset of its first non-space character. */
export interface CopyBlock extends Paragraph {
  at: number;
}

/** One heading of the outline: its mark and text as written, at the body offset of its mark. */
export interface CopyHeading {
  at: number;
  depth: number;
  pieces: Piece[];
}

export interface CopyDoc {
  title: Piece[][];
  blocks: CopyBlock[];
  outline: CopyHeading[];
}

export const COPY_MODES = ['original', 'template', 'outline'] as const;
export type CopyMode = (typeof COPY_MODES)[number];

/** The button and the confirmation of each action, as readers see them. */
export const COPY_LABELS: Record<CopyMode, { action: string; done: string }> = {
  original: { action: '复制原文', done: '已复制原文' },
  template: { action: '复制为模板', done: '已复制模板' },
  outline: { action: '复制提纲', done: '已复制提纲' },
};

const pieceLength = (p: Piece) => (typeof p === 'string' ? p : p.text).length;

/** The pieces of a run that starts at `at`, cut to `[from, to)`; a slot is kept when it starts in the range. */
function cutPieces(pieces: readonly Piece[], at: number, from: number, to: number): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const end = at + pieceLength(p);
    if (typeof p !== 'string') {
      if (at >= from && at < to) out.push(p);
    } else if (end > from && at < to) {
      out.push(p.slice(Math.max(0, from - at), Math.min(p.length, to - at)));
    }
    at = end;
  }
  return out;
}

/** The part of a doc in the body range `[from, to)`, with or without its title. */
export function sliceDoc(doc: CopyDoc, from: number, to: number, title: boolean): CopyDoc {
  const blocks: CopyBlock[] = [];
  for (const b of doc.blocks) {
    let at = b.at;
    const runs: Run[] = [];
    for (const r of b.runs) {
      const length = r.pieces.reduce((n, p) => n + pieceLength(p), 0);
      const pieces = cutPieces(r.pieces, at, from, to);
      if (pieces.length > 0) runs.push({ depth: r.depth, pieces });
      at += length;
    }
    if (runs.length === 0) continue;
    // A block cut at its start is no longer a heading line, nor opened by its heading run.
    const whole = b.at >= from;
    blocks.push({
      at: Math.max(b.at, from),
      heading: whole ? b.heading : null,
      runs: whole ? runs : runs.map((r) => ({ depth: null, pieces: r.pieces })),
    });
  }
  return {
    title: title ? doc.title : [],
    blocks,
    outline: doc.outline.filter((h) => h.at >= from && h.at < to),
  };
}

/** What a mode lays out: the paragraphs, or the headings as an outline. */
export function gongwenOf(doc: CopyDoc, mode: CopyMode): GongwenDoc {
  if (mode !== 'outline')
    return { title: doc.title, paragraphs: doc.blocks.map(({ heading, runs }) => ({ heading, runs })), outline: false };
  return {
    title: doc.title,
    paragraphs: doc.outline.map((h) => ({ heading: h.depth, runs: [{ depth: h.depth, pieces: h.pieces }] })),
    outline: true,
  };
}

/** The clipboard's `text/plain` and `text/html` for a range of a doc in a mode; the outline shows slots too. */
export function copyContent(doc: CopyDoc, range: CopyRange, mode: CopyMode): { text: string; html: string } {
  const laid = gongwenOf(sliceDoc(doc, range.from, range.to, range.title), mode);
  const slots = mode !== 'original';
  return { text: gongwenText(laid, slots), html: gongwenHtml(laid, slots) };
}

export interface CopyRange {
  from: number;
  to: number;
  /** Whether the title lines come first (the whole document). */
  title: boolean;
}

/** Something with copy actions: the whole text, a part or a section. */
export interface CopyTarget extends CopyRange {
  /** What it is, for the actions' group label (`全文`, `主要成绩`, `（一）稳步推进机关制度建设`). */
  label: string;
  /** Whether it has headings, so that 复制提纲 has something to copy. */
  outline: boolean;
}
