// The .docx reader, loaded only when a reader opens a .docx. It reads no more of the file than it
// needs, through Blob slices: the zip's central directory, then word/document.xml, which fflate
// inflates with a cap on its output, so a zip bomb is refused before it can fill the memory, and a
// .docx full of photos opens without reading them. The browser's DOMParser reads the XML; each
// paragraph becomes a line.
import { Inflate } from 'fflate';

/**
 * Bytes of the central directory read and of word/document.xml inflated at most: 4 MB. The XML of
 * the site's own .docx downloads is 5 to 7 bytes a character of text, Word's (fonts and revision
 * ids on every run) several times that, so a long report of 30,000 characters stays well under it.
 * The cap also bounds how long DOMParser, on the main thread, can hold the page: it builds about
 * 1 MB a second on a busy machine.
 */
const PART_BYTES = 4 * 2 ** 20;
const DOCUMENT = 'word/document.xml';

/** Over PART_BYTES; the message says which part. */
export class TooLarge extends Error {}

const NOT_DOCX = '不是有效的 Word 文档（.docx）';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
const read = async (file: Blob, start: number, end: number) => new Uint8Array(await file.slice(start, end).arrayBuffer());

/** word/document.xml's entry in the central directory: how it is stored, its sizes, where its local header is. */
interface Entry {
  method: number;
  compressed: number;
  size: number;
  offset: number;
}

/** Find word/document.xml in the central directory, whose sizes are checked before anything is inflated. */
async function documentEntry(file: Blob): Promise<Entry> {
  // The end-of-central-directory record: 22 bytes and a comment of up to 65,535, at the very end.
  const tailStart = Math.max(0, file.size - 22 - 0xffff);
  const tail = await read(file, tailStart, file.size);
  let end = tail.length - 22;
  while (end >= 0 && u32(tail, end) !== 0x06054b50) end--;
  if (end < 0) throw new Error(NOT_DOCX);
  const size = u32(tail, end + 12);
  const start = u32(tail, end + 16);
  if (size > PART_BYTES) throw new TooLarge(`的压缩目录超过 ${PART_BYTES / 2 ** 20} MB`);
  if (start + size > file.size) throw new Error(NOT_DOCX);
  const dir = await read(file, start, start + size);
  const name = new TextEncoder().encode(DOCUMENT);
  for (let at = 0; at + 46 <= dir.length && u32(dir, at) === 0x02014b50;) {
    const nameLength = u16(dir, at + 28);
    const next = at + 46 + nameLength + u16(dir, at + 30) + u16(dir, at + 32);
    if (nameLength === name.length && name.every((b, i) => dir[at + 46 + i] === b)) {
      return { method: u16(dir, at + 10), compressed: u32(dir, at + 20), size: u32(dir, at + 24), offset: u32(dir, at + 42) };
    }
    at = next;
  }
  throw new Error(`不是 Word 文档：找不到 ${DOCUMENT}`);
}

const tooLargeXml = () => new TooLarge(`的正文（${DOCUMENT}）解压后超过 ${PART_BYTES / 2 ** 20} MB`);

/**
 * Inflate in small steps, counting the output: DEFLATE expands at most 1,032 times, so no step
 * can produce more than about 4 MB past the cap.
 */
function inflateCapped(data: Uint8Array): string {
  const STEP = 4 * 1024;
  const utf8 = new TextDecoder();
  let xml = '';
  let total = 0;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    if (total > PART_BYTES) throw tooLargeXml();
    xml += utf8.decode(chunk, { stream: true });
  });
  try {
    for (let at = 0; at < data.length; at += STEP) inflate.push(data.subarray(at, at + STEP), at + STEP >= data.length);
  } catch (e) {
    if (e instanceof TooLarge) throw e;
    throw new Error(NOT_DOCX);
  }
  return xml + utf8.decode();
}

/** word/document.xml as text: its declared sizes checked, then the actual output capped. */
async function documentXml(file: Blob): Promise<string> {
  const entry = await documentEntry(file);
  if (entry.size > PART_BYTES || entry.compressed > PART_BYTES) throw tooLargeXml();
  const header = await read(file, entry.offset, entry.offset + 30);
  if (header.length < 30 || u32(header, 0) !== 0x04034b50) throw new Error(NOT_DOCX);
  const start = entry.offset + 30 + u16(header, 26) + u16(header, 28);
  const data = await read(file, start, start + entry.compressed);
  if (data.length < entry.compressed) throw new Error(NOT_DOCX);
  if (entry.method === 0) return new TextDecoder().decode(data);
  if (entry.method === 8) return inflateCapped(data);
  throw new Error(NOT_DOCX);
}

/** The nearest ancestor (or the element itself) with this namespace and local name. */
function nearest(el: Element, ns: string, name: string): Element | null {
  for (let e: Element | null = el; e; e = e.parentElement) if (e.namespaceURI === ns && e.localName === name) return e;
  return null;
}

/**
 * A paragraph's text: its runs' text, tabs as tabs, breaks inside it as spaces. Text of a
 * paragraph nested in it (a text box) is that paragraph's own line.
 */
function paragraphText(p: Element): string {
  let text = '';
  for (const n of p.getElementsByTagNameNS(W, '*')) {
    if (nearest(n, W, 'p') !== p) continue;
    if (n.localName === 't') text += n.textContent ?? '';
    else if (n.localName === 'tab') text += '\t';
    else if (n.localName === 'br' || n.localName === 'cr') text += ' ';
  }
  return text;
}

/**
 * The lines of a Word document's body, one per paragraph. Throws TooLarge (its message follows
 * the file's name) or an Error saying in Chinese why the file is no .docx.
 */
export async function docxLines(file: Blob): Promise<string[]> {
  const doc = new DOMParser().parseFromString(await documentXml(file), 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0) throw new Error('Word 文档的正文无法读取');
  // A text box's content is there twice, as DrawingML and as a VML fallback: keep the first.
  return [...doc.getElementsByTagNameNS(W, 'p')].filter((p) => nearest(p, MC, 'Fallback') === null).map(paragraphText);
}
