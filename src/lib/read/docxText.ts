import { ImportError } from '../import/errors.ts';
import type { Normalisation, Reader, ReadText } from './reader.ts';
import { isOn, wordNames } from './wordml.ts';
import { WordNumbering } from './wordNumbering.ts';
import { scanXml, xmlAttrs, xmlText, XmlError } from './xml.ts';
import { bytesSource, zipDirectory, zipPart, type ByteSource } from './zip.ts';

/**
 * A Word document (.docx): the body's text as Word shows it, one line per paragraph (and per
 * line break), read by a linear scan of word/document.xml. Word's automatic numbering is written
 * out (`一、` before `工作回顾`); deleted text, field instructions, hidden text and the second copy
 * of a text box are left out. Headers, footers, footnotes, endnotes and comments are other parts
 * and no body text: they are not read, and a footnote's reference mark is not written.
 */

/** Bytes of the central directory and of each part inflated at most (see docs/checker.md). */
export const PART_BYTES = 4 * 2 ** 20;
const DOCUMENT = 'word/document.xml';

export const NOT_DOCX = '不是有效的 Word 文档（.docx）';
const EMPTY = '文件是空的（0 字节）';
const ENCRYPTED = 'Word 文档设有打开密码（已加密），无法读取：请在 Word 或 WPS 中取消密码后另存，再导入';
const OLE = `${NOT_DOCX}：这是旧版 Office 文件（如 .doc），请在 Word 或 WPS 中另存为 .docx`;
const NO_DOCUMENT = `不是 Word 文档：找不到 ${DOCUMENT}`;
const UNREADABLE = 'Word 文档的正文无法读取（XML 不完整）';

/** An OLE compound file (.doc, or a .docx Word has encrypted with a password). */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The stream an encrypted .docx keeps its key data in, as its UTF-16LE directory entry spells it. */
const ENCRYPTION_INFO = new Uint8Array([...'EncryptionInfo'].flatMap((c) => [c.charCodeAt(0), 0]));

/** Whether an OLE compound file holds an EncryptionInfo stream: a scan in 1 MB slices. */
async function isEncrypted(src: ByteSource): Promise<boolean> {
  const STEP = 2 ** 20;
  for (let at = 0; at < src.size; at += STEP) {
    const chunk = await src.read(at, Math.min(src.size, at + STEP + ENCRYPTION_INFO.length));
    for (let i = chunk.indexOf(0x45); i >= 0 && i + ENCRYPTION_INFO.length <= chunk.length; i = chunk.indexOf(0x45, i + 1))
      if (ENCRYPTION_INFO.every((b, k) => chunk[i + k] === b)) return true;
  }
  return false;
}

/** A part's text: UTF-8, or UTF-16 when it starts with a byte order mark. */
function partText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder().decode(bytes);
}

/** The text of word/document.xml and of the numbering and styles parts (absent: null). */
async function wordParts(src: ByteSource, file: string): Promise<{ document: string; numbering: string | null; styles: string | null }> {
  if (src.size === 0) throw new ImportError(file, 1, EMPTY);
  const head = await src.read(0, 8);
  if (OLE_MAGIC.every((b, i) => head[i] === b)) throw new ImportError(file, 1, (await isEncrypted(src)) ? ENCRYPTED : OLE);
  const dir = await zipDirectory(src, file, PART_BYTES, NOT_DOCX);
  const part = async (name: string, label: string): Promise<string | null> => {
    const entry = dir.get(name);
    if (entry === undefined) return null;
    if (entry.flags & 1) throw new ImportError(file, 1, ENCRYPTED);
    return partText(await zipPart(src, entry, file, PART_BYTES, label, NOT_DOCX));
  };
  const document = await part(DOCUMENT, `正文（${DOCUMENT}）`);
  if (document === null) throw new ImportError(file, 1, dir.size === 0 ? NOT_DOCX : NO_DOCUMENT);
  const numbering = await part('word/numbering.xml', '编号定义（word/numbering.xml）');
  const styles = await part('word/styles.xml', '样式（word/styles.xml）');
  return { document, numbering, styles };
}

/** A paragraph being read: its text so far, its place among the lines, its numbering properties. */
interface Paragraph {
  text: string;
  slot: number;
  style: string | null;
  numId: string | null;
  ilvl: number | null;
  numbered: boolean;
  /** Runs open around the paragraph: more when it is in a text box, in a run of another paragraph. */
  runs: number;
  /** A page or column break seen: a line break if text follows in the paragraph. */
  pendingBreak: boolean;
}

/** What the scan does at an element, by its WordprocessingML local name. */
type Kind =
  'p' | 'pPr' | 'pStyle' | 'numPr' | 'numId' | 'ilvl' | 'r' | 'rPr' | 'vanish' | 't' | 'tab' | 'br' | 'cr' | 'hyphen' | 'fldChar' | 'skip';

const KINDS: Record<string, Kind> = {
  p: 'p',
  pPr: 'pPr',
  pStyle: 'pStyle',
  numPr: 'numPr',
  numId: 'numId',
  ilvl: 'ilvl',
  r: 'r',
  rPr: 'rPr',
  vanish: 'vanish',
  t: 't',
  tab: 'tab',
  ptab: 'tab',
  br: 'br',
  cr: 'cr',
  noBreakHyphen: 'hyphen',
  fldChar: 'fldChar',
  // Deleted and moved-away text, field instructions, and the properties a revision replaced.
  del: 'skip',
  moveFrom: 'skip',
  delText: 'skip',
  instrText: 'skip',
  delInstrText: 'skip',
  pPrChange: 'skip',
  rPrChange: 'skip',
  sectPr: 'skip',
};

/** The body's paragraphs as text, with numbering written out; `counts` tallies what was changed. */
function bodyText(
  xml: string,
  numbering: WordNumbering,
  counts: Record<'auto-number' | 'text-box-copy', number>,
): { slots: Array<{ text: string; para: number }> } {
  const n = wordNames(xml);
  const kinds = new Map(Object.entries(KINDS).map(([local, kind]) => [n.w(local), kind]));
  const [ALTERNATE, CHOICE, FALLBACK] = [n.mc('AlternateContent'), n.mc('Choice'), n.mc('Fallback')];
  const VAL = n.w('val');
  const slots: Array<{ text: string; para: number }> = [];
  const open: Paragraph[] = [];
  let paragraphs = 0;
  // Inside an element whose content is left out: its depth, and whether it held paragraphs.
  let skip = 0;
  let skippedCopy = false;
  let skippingCopy = false;
  /** Per open mc:AlternateContent: whether a copy was taken already. */
  const alternates: boolean[] = [];
  let inPPr = 0;
  let inNumPr = false;
  let inRun = 0;
  let inRPr = false;
  let hidden = false;
  let inT = false;
  /** Open fields, each in its instruction (true) or its result (false). */
  const fields: boolean[] = [];
  let instructions = 0;

  const visible = () => open.length > 0 && !hidden && instructions === 0;
  const emit = (s: string) => {
    const p = open.at(-1)!;
    if (p.pendingBreak && p.text !== '') p.text += '\n';
    p.pendingBreak = false;
    p.text += s;
  };
  const number = (p: Paragraph) => {
    if (p.numbered) return;
    p.numbered = true;
    const mark = numbering.next(p.style, p.numId, p.ilvl);
    if (mark === null || mark === '') return;
    p.text = mark + p.text;
    counts['auto-number']++;
  };

  scanXml(xml, {
    open(name, raw, selfClosing) {
      if (skip > 0) {
        if (!selfClosing) skip++;
        if (skippingCopy && kinds.get(name) === 'p') skippedCopy = true;
        return;
      }
      if (name === ALTERNATE) {
        if (!selfClosing) alternates.push(false);
        return;
      }
      if (name === CHOICE || name === FALLBACK) {
        // Word keeps a text box twice: as DrawingML (the choice) and as VML (the fallback). Take one.
        const taken = alternates.length > 0 && alternates[alternates.length - 1];
        if (taken) {
          if (!selfClosing) {
            skip = 1;
            skippingCopy = true;
            skippedCopy = false;
          }
        } else if (alternates.length > 0) alternates[alternates.length - 1] = true;
        return;
      }
      const kind = kinds.get(name);
      if (kind === undefined) return;
      switch (kind) {
        case 'skip':
          if (!selfClosing) skip = 1;
          return;
        case 'p':
          paragraphs++;
          open.push({
            text: '',
            slot: slots.length,
            style: null,
            numId: null,
            ilvl: null,
            numbered: false,
            runs: inRun,
            pendingBreak: false,
          });
          slots.push({ text: '', para: paragraphs });
          return;
        case 'pPr':
          if (open.length > 0 && inRun === open.at(-1)!.runs) inPPr++;
          return;
        case 'numPr':
          inNumPr = inPPr > 0;
          return;
        case 'pStyle':
        case 'numId':
        case 'ilvl': {
          if (inPPr === 0) return;
          const p = open.at(-1)!;
          const v = xmlAttrs(raw).get(VAL) ?? null;
          if (kind === 'pStyle') p.style = v;
          else if (inNumPr && kind === 'numId') p.numId = v;
          else if (inNumPr) p.ilvl = v === null ? null : Number.parseInt(v, 10) || 0;
          return;
        }
        case 'r':
          if (!selfClosing) inRun++;
          hidden = false;
          return;
        case 'rPr':
          inRPr = inRun > 0 && inPPr === 0 && !selfClosing;
          return;
        case 'vanish':
          if (inRPr) hidden = isOn(xmlAttrs(raw).get(VAL));
          return;
        case 't':
          inT = !selfClosing && inRun > 0;
          return;
        case 'tab':
          if (inRun > 0 && inPPr === 0 && !inRPr && visible()) emit('\t');
          return;
        case 'br':
        case 'cr': {
          if (inRun === 0 || inPPr > 0 || !visible()) return;
          const type = kind === 'br' ? xmlAttrs(raw).get(n.w('type')) : undefined;
          if (type === 'page' || type === 'column') open.at(-1)!.pendingBreak = true;
          else emit('\n');
          return;
        }
        case 'hyphen':
          if (inRun > 0 && visible()) emit('-');
          return;
        case 'fldChar': {
          const type = xmlAttrs(raw).get(n.w('fldCharType'));
          if (type === 'begin') {
            fields.push(true);
            instructions++;
          } else if (type === 'separate' && fields.at(-1) === true) {
            fields[fields.length - 1] = false;
            instructions--;
          } else if (type === 'end' && fields.length > 0) {
            if (fields.pop()) instructions--;
          }
          return;
        }
      }
    },
    close(name) {
      if (skip > 0) {
        skip--;
        if (skip === 0 && skippingCopy) {
          if (skippedCopy) counts['text-box-copy']++;
          skippingCopy = false;
        }
        return;
      }
      if (name === ALTERNATE) {
        alternates.pop();
        return;
      }
      switch (kinds.get(name)) {
        case 'p': {
          const p = open.pop();
          if (p === undefined) return;
          number(p);
          slots[p.slot]!.text = p.text;
          return;
        }
        case 'pPr':
          if (inPPr > 0 && --inPPr === 0) number(open.at(-1)!);
          return;
        case 'numPr':
          inNumPr = false;
          return;
        case 'r':
          if (inRun > 0) inRun--;
          hidden = false;
          return;
        case 'rPr':
          inRPr = false;
          return;
        case 't':
          inT = false;
          return;
      }
    },
    text(raw, cdata) {
      if (inT && skip === 0 && visible()) emit(cdata ? raw : xmlText(raw));
    },
  });
  if (open.length > 0) throw new XmlError('unclosed paragraph');
  return { slots };
}

/** Read a .docx from any source of bytes: an array in memory, or a browser file read in slices. */
export async function readDocxFrom(src: ByteSource, file: string): Promise<ReadText> {
  const parts = await wordParts(src, file);
  const counts = { 'auto-number': 0, 'text-box-copy': 0 };
  let slots: Array<{ text: string; para: number }>;
  try {
    slots = bodyText(parts.document, new WordNumbering(parts.numbering, parts.styles), counts).slots;
  } catch (e) {
    if (e instanceof XmlError) throw new ImportError(file, 1, UNREADABLE);
    throw e;
  }
  const lines: string[] = [];
  const of: number[] = [];
  for (const { text, para } of slots) {
    for (const line of text.split('\n')) {
      lines.push(line);
      of.push(para);
    }
  }
  const normalisations: Normalisation[] = (['auto-number', 'text-box-copy'] as const)
    .filter((kind) => counts[kind] > 0)
    .map((kind) => ({ kind, count: counts[kind] }));
  return {
    format: 'docx',
    text: lines.join('\n'),
    encoding: null,
    bom: false,
    lineEnding: 'lf',
    normalisations,
    url: null,
    origins: { unit: 'paragraph', of },
  };
}

export const readDocx: Reader = (bytes, file) => readDocxFrom(bytesSource(bytes), file);
