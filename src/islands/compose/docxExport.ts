import { gongwenDocx } from '../../lib/format/docx.ts';
import type { GongwenDoc } from '../../lib/format/gongwen.ts';
import { docxFileName } from '../../lib/view/downloads.ts';

/**
 * The composed document as a .docx download, written in the browser by the same writer (and so
 * the same styles) as the build-time .docx files. Loaded with a dynamic import the first time a
 * reader exports: the `docx` library is many times the size of the rest of the page's script.
 * Slots still unfilled stay as their labels, highlighted.
 */
export async function downloadDocx(doc: GongwenDoc, title: string): Promise<string> {
  // Dated now: a reader's draft is written when it is exported (build-time files carry the commit's date).
  const bytes = await gongwenDocx(doc, true, { title, date: new Date() });
  const blob = new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
  const name = docxFileName(title === '' ? '工作总结' : title, 'original');
  const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: name });
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the browser has started the download.
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  return name;
}
