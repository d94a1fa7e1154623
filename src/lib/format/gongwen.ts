import { slotLabel, type SlotType } from './slot.ts';

/**
 * A document laid out as a 公文 after GB/T 9704-2012 (党政机关公文格式), and its renderings as
 * text and as HTML that Word and WPS keep when it is pasted: the title in 二号方正小标宋 (宋体
 * where it is missing), 一级标题 in 三号黑体, 二级 in 三号楷体, 三级, 四级 and the body in 三号仿宋,
 * lines exactly 28 pt apart, every paragraph indented two characters.
 */

/** Text as written, or a span a template shows as a slot (`【数量】`). */
export type Piece = string | { slot: SlotType; text: string };

/** Text in one font: a heading's mark and text at the start of its paragraph (its depth), or body text (null). */
export interface Run {
  depth: number | null;
  pieces: Piece[];
}

/** A paragraph: a whole-line heading (`heading` is its depth) or a body paragraph, which may open with a heading run. */
export interface Paragraph {
  heading: number | null;
  runs: Run[];
}

export interface GongwenDoc {
  /** Title lines, each centred on its own line; empty when there is no title. */
  title: Piece[][];
  paragraphs: Paragraph[];
  /** An outline: headings only, each line indented by its depth in plain text. */
  outline: boolean;
}

/** A typeface: the name Word and WPS know it by, then names other systems know it by. */
export interface Face {
  name: string;
  fallbacks: readonly string[];
}

const FANGSONG: Face = { name: '仿宋', fallbacks: ['仿宋_GB2312', 'FangSong', 'STFangsong'] };

/** Sizes in points: 二号 22 pt, 三号 16 pt, 四号 14 pt. Lengths of the page in millimetres. */
export const GONGWEN = {
  title: { face: { name: '方正小标宋简体', fallbacks: ['FZXiaoBiaoSong-B05S', '宋体', 'SimSun', 'STSong'] } as Face, size: 22 },
  headings: [
    { name: '黑体', fallbacks: ['SimHei', 'STHeiti'] },
    { name: '楷体', fallbacks: ['楷体_GB2312', 'KaiTi', 'STKaiti'] },
  ] as Face[],
  body: { face: FANGSONG, size: 16 },
  lineSpacing: 28,
  indentChars: 2,
  page: { width: 210, height: 297, top: 37, bottom: 35, left: 28, right: 26 },
  pageNumber: { face: { name: '宋体', fallbacks: ['SimSun'] } as Face, size: 14 },
} as const;

/** The face of a run at a heading depth (1 黑体, 2 楷体, deeper 仿宋) or of body text (null). */
export function faceOf(depth: number | null): Face {
  return depth === null ? GONGWEN.body.face : (GONGWEN.headings[depth - 1] ?? GONGWEN.body.face);
}

/** A piece as it reads: as written, or its slot's label when slots are shown. */
export function pieceText(piece: Piece, slots: boolean): string {
  return typeof piece === 'string' ? piece : slots ? slotLabel(piece.slot) : piece.text;
}

const runsText = (runs: readonly Run[], slots: boolean) => runs.map((r) => r.pieces.map((p) => pieceText(p, slots)).join('')).join('');

/** Plain text: title lines, a blank line, then paragraphs opened by two ideographic spaces (an outline indents by depth). */
export function gongwenText(doc: GongwenDoc, slots: boolean): string {
  const indent = '\u3000'.repeat(GONGWEN.indentChars);
  const title = doc.title.map((line) => line.map((p) => pieceText(p, slots)).join(''));
  const body = doc.paragraphs.map(
    (p) => (doc.outline ? indent.repeat(Math.max(0, (p.heading ?? 1) - 1)) : indent) + runsText(p.runs, slots),
  );
  return [...title, ...(title.length > 0 && body.length > 0 ? [''] : []), ...body].join('\n');
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Every name quoted: LibreOffice reads an unquoted CJK name as no name at all (`仿宋_GB2312` as `GB2312`). */
const family = (face: Face) => [face.name, ...face.fallbacks].map((f) => `'${f}'`).join(',');

/** Inline CSS a word processor reads when the HTML is pasted: sizes in points, exact line spacing. */
const LINE = `margin:0;line-height:${GONGWEN.lineSpacing}pt;mso-line-height-rule:exactly`;
const BODY_STYLE = `${LINE};text-align:justify;text-indent:${GONGWEN.indentChars * GONGWEN.body.size}pt;font-size:${GONGWEN.body.size}pt`;
const TITLE_STYLE = `${LINE};text-align:center;font-size:${GONGWEN.title.size}pt;font-family:${family(GONGWEN.title.face)}`;
/** A slot stands out where it is pasted: highlighted in Word and WPS, shaded elsewhere. */
const SLOT_STYLE = 'background:#ffff00;mso-highlight:yellow';

function piecesHtml(pieces: readonly Piece[], slots: boolean): string {
  return pieces
    .map((p) =>
      typeof p !== 'string' && slots
        ? `<span style="${SLOT_STYLE}">${escapeHtml(slotLabel(p.slot))}</span>`
        : escapeHtml(pieceText(p, slots)),
    )
    .join('');
}

/** HTML with GB/T 9704 styling inline on every paragraph, so a paste into Word or WPS keeps the 公文 look. */
export function gongwenHtml(doc: GongwenDoc, slots: boolean): string {
  const out: string[] = [];
  for (const line of doc.title) out.push(`<p style="${TITLE_STYLE}">${piecesHtml(line, slots)}</p>`);
  if (doc.title.length > 0 && doc.paragraphs.length > 0)
    out.push(`<p style="${BODY_STYLE};font-family:${family(GONGWEN.body.face)}">&nbsp;</p>`);
  for (const p of doc.paragraphs) {
    const face = faceOf(p.heading);
    const runs = p.runs
      .map((r) => {
        const html = piecesHtml(r.pieces, slots);
        return faceOf(r.depth) === face ? html : `<span style="font-family:${family(faceOf(r.depth))}">${html}</span>`;
      })
      .join('');
    out.push(`<p style="${BODY_STYLE};font-family:${family(face)}">${runs}</p>`);
  }
  return `<div>${out.join('')}</div>`;
}
