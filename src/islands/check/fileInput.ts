// An opened file's text, read in the browser: .txt through the importer's decoder (UTF-8,
// UTF-16, GB18030), .docx through a reader loaded on first use.
import { decode } from '../../lib/import/decode.ts';

/** The draft text of a file, or a message in Chinese saying why it cannot be read. */
export async function fileText(file: File): Promise<{ text: string } | { error: string }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    if (/\.docx$/iu.test(file.name)) {
      const reader = await import('./docxReader.ts').catch(() => null);
      if (reader === null) return { error: '读取 Word 文档的程序没能加载，请检查网络后重试' };
      return { text: reader.docxLines(bytes).join('\n') };
    }
    if (/\.doc$/iu.test(file.name)) return { error: `${file.name} 是旧版 Word 文档（.doc），请在 Word 或 WPS 中另存为 .docx 或 .txt 后再打开` };
    return { text: decode(bytes, file.name).text };
  } catch (e) {
    // The decoder and the .docx reader say in Chinese what is wrong (ImportError, Error).
    return { error: `${file.name}：${e instanceof Error ? e.message : '无法读取'}` };
  }
}
