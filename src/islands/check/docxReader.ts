// The .docx reader, loaded only when a reader opens a .docx: fflate unzips word/document.xml
// and the browser's DOMParser reads it. Each paragraph becomes a line.
import { strFromU8, unzipSync } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

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

/** The lines of a Word document's body, one per paragraph; throws when the file is no .docx. */
export function docxLines(bytes: Uint8Array): string[] {
  let xml: Uint8Array | undefined;
  try {
    xml = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml'];
  } catch {
    throw new Error('不是有效的 Word 文档（.docx）');
  }
  if (!xml) throw new Error('不是 Word 文档：找不到 word/document.xml');
  const doc = new DOMParser().parseFromString(strFromU8(xml), 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0) throw new Error('Word 文档的正文无法读取');
  // A text box's content is there twice, as DrawingML and as a VML fallback: keep the first.
  return [...doc.getElementsByTagNameNS(W, 'p')].filter((p) => nearest(p, MC, 'Fallback') === null).map(paragraphText);
}
