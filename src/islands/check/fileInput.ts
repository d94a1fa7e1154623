// An opened file's text, read in the browser: .txt through the importer's decoder (UTF-8,
// UTF-16, GB18030), .docx through a reader loaded on first use. Sizes are checked before
// anything large is read (limits.ts).
import { decode } from '../../lib/import/decode.ts';
import { DRAFT_CHARS, TXT_BYTES, charCount, megabytes } from './limits.ts';

type Read = { text: string } | { error: string };

async function docxText(file: File): Promise<Read> {
  const reader = await import('./docxReader.ts').catch(() => null);
  if (reader === null) return { error: '读取 Word 文档的程序没能加载，请检查网络后重试' };
  try {
    const text = (await reader.docxLines(file)).join('\n');
    if (text.length > DRAFT_CHARS)
      return { error: `文件过大：${file.name} 的正文有 ${charCount(text.length)}字，草稿检查最多检查 ${charCount(DRAFT_CHARS)}字` };
    return { text };
  } catch (e) {
    if (e instanceof reader.TooLarge) return { error: `文件过大：${file.name} 的${e.what}` };
    throw e;
  }
}

/** The draft text of a file, or a message in Chinese saying why it cannot be read. */
export async function fileText(file: File): Promise<Read> {
  try {
    if (/\.docx$/iu.test(file.name)) return await docxText(file);
    if (/\.doc$/iu.test(file.name))
      return { error: `${file.name} 是旧版 Word 文档（.doc），请在 Word 或 WPS 中另存为 .docx 或 .txt 后再打开` };
    if (file.size > TXT_BYTES)
      return { error: `文件过大：${file.name} 有 ${megabytes(file.size)}，草稿检查最多打开 ${megabytes(TXT_BYTES)} 的文本文件` };
    return { text: decode(new Uint8Array(await file.arrayBuffer()), file.name).text };
  } catch (e) {
    // The decoder and the .docx reader say in Chinese what is wrong (ImportError); reading
    // itself fails with a DOMException (the file was moved, deleted or is locked).
    const why =
      e instanceof DOMException ? '文件无法读取，可能已被移动、删除或正被其他程序使用' : e instanceof Error ? e.message : '无法读取';
    return { error: `${file.name}：${why}` };
  }
}
