import type { Composed, ComposedPiece } from '../../lib/compose/compose.ts';
import { GONGWEN, faceOf, type Face } from '../../lib/format/gongwen.ts';
import { slotLabel } from '../../lib/format/slot.ts';
import { el } from '../dom.ts';

/**
 * The composed document as it will print, in the faces and sizes the copy actions and the .docx
 * use (`GONGWEN`): title 22 pt 小标宋 centred, 一级 黑体, 二级 楷体, the rest 仿宋, 16 pt, lines
 * exactly 28 pt apart, paragraphs indented two characters. Each slot is a button that overrides
 * that one slot; an unfilled one shows its label in a `mark[data-slot]`.
 */

/** A face for CSS: its names, then the generic family the page falls back on. */
const family = (face: Face, generic: string) => [face.name, ...face.fallbacks].map((f) => `"${f}"`).join(',') + `,${generic}`;
const fontOf = (depth: number | null) => family(faceOf(depth), depth === 1 ? 'sans-serif' : 'serif');

function slotButton(p: Exclude<ComposedPiece, string>): HTMLButtonElement {
  const what = slotLabel(p.slot);
  const button = el('button', { type: 'button', class: 'cp-slot', 'data-slot-key': p.key, title: `单独修改这一处${what}` });
  if (p.value === null) button.append(el('mark', { 'data-slot': p.slot }, what));
  else {
    button.dataset.filled = p.slot;
    if (p.overridden) button.dataset.overridden = '';
    button.append(p.value);
  }
  return button;
}

const piecesOf = (pieces: readonly ComposedPiece[]) => pieces.map((p) => (typeof p === 'string' ? p : slotButton(p)));

export function renderPreview(target: HTMLElement, c: Composed): void {
  Object.assign(target.style, {
    fontSize: `${GONGWEN.body.size}pt`,
    lineHeight: `${GONGWEN.lineSpacing}pt`,
    textIndent: `${GONGWEN.indentChars}em`,
  });
  const out: HTMLElement[] = [];
  if (c.title.length > 0) {
    const title = el('p', { class: 'cp-title' }, ...piecesOf(c.title));
    Object.assign(title.style, { fontFamily: family(GONGWEN.title.face, 'serif'), fontSize: `${GONGWEN.title.size}pt` });
    out.push(title);
  }
  for (const p of c.paragraphs) {
    const para = el('p', { 'data-item': String(p.section) });
    para.style.fontFamily = fontOf(p.heading);
    if (p.heading !== null) para.dataset.depth = String(p.heading);
    for (const r of p.runs) {
      if (r.depth === null || r.depth === p.heading) para.append(...piecesOf(r.pieces));
      else {
        const run = el('span', { 'data-depth': String(r.depth) }, ...piecesOf(r.pieces));
        run.style.fontFamily = fontOf(r.depth);
        para.append(run);
      }
    }
    out.push(para);
  }
  target.replaceChildren(...out);
}
