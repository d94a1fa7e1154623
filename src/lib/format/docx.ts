import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type IRunOptions,
} from 'docx';
import { dateZipEntries } from './zipTime.ts';
import { GONGWEN, faceOf, pieceText, type Face, type GongwenDoc, type Piece } from './gongwen.ts';

/**
 * A GongwenDoc as a Word document after GB/T 9704-2012: A4, margins top 37 mm, bottom 35 mm,
 * left 28 mm, right 26 mm; the title, headings and body in the faces and sizes of `GONGWEN` as
 * Word's own Title and Heading 1–4 styles (so Word's navigation pane shows the outline); lines
 * exactly 28 pt apart, paragraphs indented two characters; page numbers `— 1 —` in 四号宋体, right on
 * odd pages and left on even ones. Slots are highlighted yellow.
 */

const twips = (pt: number) => Math.round(pt * 20);
/** Millimetres in twips, rounded (A4 is 11906 × 16838). */
const mm = (length: number) => Math.round((length * 1440) / 25.4);
const halfPoints = (pt: number) => pt * 2;
const font = (face: Face) => ({ ascii: face.name, hAnsi: face.name, eastAsia: face.name, cs: face.name });
const spacing = { line: twips(GONGWEN.lineSpacing), lineRule: LineRuleType.EXACT, before: 0, after: 0 };
/** Two characters, in characters for Word and WPS and in twips for readers that ignore those. */
const indent = { firstLineChars: GONGWEN.indentChars * 100, firstLine: twips(GONGWEN.indentChars * GONGWEN.body.size) };

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;

function headingStyle(depth: number) {
  return {
    run: { font: font(faceOf(depth)), size: halfPoints(GONGWEN.body.size), bold: false, italics: false, color: '000000' },
    paragraph: { spacing, indent, keepNext: true, keepLines: true },
  };
}

function runs(pieces: readonly Piece[], slots: boolean, face: Face | null): TextRun[] {
  return pieces.map((p) => {
    const options: IRunOptions = { text: pieceText(p, slots), ...(face ? { font: font(face) } : {}) };
    return new TextRun(typeof p !== 'string' && slots ? { ...options, highlight: 'yellow' } : options);
  });
}

function pageNumber(alignment: (typeof AlignmentType)[keyof typeof AlignmentType]): Footer {
  const run = { font: font(GONGWEN.pageNumber.face), size: halfPoints(GONGWEN.pageNumber.size) };
  const oneChar = twips(GONGWEN.pageNumber.size);
  return new Footer({
    children: [
      new Paragraph({
        alignment,
        indent: alignment === AlignmentType.RIGHT ? { right: oneChar } : { left: oneChar },
        children: [new TextRun({ ...run, children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
  });
}

/**
 * The .docx bytes of a GongwenDoc; `slots` shows slots as their labels, highlighted. `date` is
 * the document's created and modified time and its zip entries' time: the writer would take the
 * clock's, and two builds of the same content would differ.
 */
export async function gongwenDocx(
  doc: GongwenDoc,
  slots: boolean,
  properties: { title: string; date: Date },
): Promise<Uint8Array<ArrayBuffer>> {
  const paragraphs: Paragraph[] = [];
  for (const line of doc.title) paragraphs.push(new Paragraph({ heading: HeadingLevel.TITLE, children: runs(line, slots, null) }));
  if (doc.title.length > 0 && doc.paragraphs.length > 0) paragraphs.push(new Paragraph({ children: [] }));
  for (const p of doc.paragraphs) {
    const heading = p.heading === null ? undefined : HEADINGS[p.heading - 1];
    const children = p.runs.flatMap((r) => runs(r.pieces, slots, heading || r.depth === null ? null : faceOf(r.depth)));
    // Deeper than 四级 there is no heading style: a paragraph in the face of its depth.
    paragraphs.push(new Paragraph(heading ? { heading, children } : { children }));
  }

  const document = new Document({
    title: properties.title,
    creator: AUTHOR,
    lastModifiedBy: AUTHOR,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: font(GONGWEN.body.face), size: halfPoints(GONGWEN.body.size) },
          paragraph: { spacing, indent, alignment: AlignmentType.JUSTIFIED },
        },
        title: {
          run: { font: font(GONGWEN.title.face), size: halfPoints(GONGWEN.title.size), bold: false, color: '000000' },
          paragraph: { alignment: AlignmentType.CENTER, spacing, indent: { firstLine: 0, firstLineChars: 0 } },
        },
        heading1: headingStyle(1),
        heading2: headingStyle(2),
        heading3: headingStyle(3),
        heading4: headingStyle(4),
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(GONGWEN.page.width), height: mm(GONGWEN.page.height) },
            margin: {
              top: mm(GONGWEN.page.top),
              bottom: mm(GONGWEN.page.bottom),
              left: mm(GONGWEN.page.left),
              right: mm(GONGWEN.page.right),
              // The page number sits 7 mm below the text, its line about 5 mm high.
              footer: mm(GONGWEN.page.bottom - 7 - 5),
              header: mm(15),
            },
          },
        },
        footers: { default: pageNumber(AlignmentType.RIGHT), even: pageNumber(AlignmentType.LEFT) },
        children: paragraphs,
      },
    ],
  });
  // The writer dates the core properties and the zip entries by the clock: the first is replaced
  // by the same part dated `date`, the second set in place, so the entries are deflated once.
  const docx = new Uint8Array(await Packer.toArrayBuffer(document, undefined, [coreProperties(properties)]));
  dateZipEntries(docx, properties.date);
  return docx;
}

const AUTHOR = '范文库';
// Escaped as the writer escapes text (control characters XML cannot hold dropped), so the part is the one it would have written.
const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const xmlText = (s: string) => s.replace(/[&<>"'\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => XML_ENTITIES[c] ?? '');

/** The package's core properties part (`docProps/core.xml`) as the writer makes it, dated `date`. */
function coreProperties({ title, date }: { title: string; date: Date }): { path: string; data: string } {
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return {
    path: 'docProps/core.xml',
    data:
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      `<dc:title>${xmlText(title)}</dc:title><dc:creator>${AUTHOR}</dc:creator><cp:lastModifiedBy>${AUTHOR}</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
      `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
      '</cp:coreProperties>',
  };
}
