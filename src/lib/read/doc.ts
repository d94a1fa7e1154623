import { ImportError } from '../import/errors.ts';
import { CorruptCompoundFile, isCompoundFile, readCompoundFile, type CompoundFile } from './compoundFile.ts';
import type { Reader } from './reader.ts';

/**
 * Word 97–2003 (.doc): the compound file is read by `compoundFile.ts`, the text by this module from the
 * piece table ([MS-DOC] 2.4.1): the FIB says how many characters the main story has (`ccpText`)
 * and where the Clx is in the table stream; the Clx's pieces say where each run of characters
 * lies in the WordDocument stream, as cp1252 bytes ("compressed") or UTF-16.
 *
 * Body text only: the main story, not headers, footers, footnotes, comments or text boxes, which
 * follow it. One line per paragraph and per table cell; a field's code is dropped and its result
 * kept; a line break inside a paragraph becomes a space, as in the checker's .docx reader.
 */

const CP1252 = new TextDecoder('windows-1252');
const UTF16 = new TextDecoder('utf-16le');

// Word's marks in the text ([MS-DOC] 2.8.25).
const PARAGRAPH = 0x0d;
const CELL = 0x07;
const LINE_BREAK = 0x0b;
const PAGE_BREAK = 0x0c;
const FIELD_BEGIN = 0x13;
const FIELD_SEPARATOR = 0x14;
const FIELD_END = 0x15;
const NON_BREAKING_HYPHEN = 0x1e;

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Why bytes that are no compound file are no .doc, in the words a user needs. */
function notCompoundFile(bytes: Uint8Array): string {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return '不是 Word 97–2003 文档：这是 zip 文件，可能是改了扩展名的 .docx';
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return '不是 Word 97–2003 文档：这是 RTF 文件';
  return '不是 Word 97–2003 文档：缺少复合文档文件头';
}

/** The text of the main story, CPs [0, ccpText), from the pieces that cover it. */
function mainStory(word: Uint8Array, table: Uint8Array, fcClx: number, lcbClx: number, ccpText: number, file: string): string {
  const corrupt = (what: string) => new ImportError(file, 1, `文件已损坏：${what}`);
  if (fcClx + lcbClx > table.length) throw corrupt('分段表（Clx）超出表格流');
  const clx = new DataView(table.buffer, table.byteOffset + fcClx, lcbClx);
  let at = 0;
  // Prc blocks (formatting) come first; the Pcdt (0x02) holds the piece table.
  while (at < lcbClx && clx.getUint8(at) === 0x01) {
    if (at + 3 > lcbClx) throw corrupt('分段表（Clx）被截断');
    at += 3 + clx.getInt16(at + 1, true);
  }
  if (at + 5 > lcbClx || clx.getUint8(at) !== 0x02) throw corrupt('找不到分段表（Pcdt）');
  const lcb = clx.getUint32(at + 1, true);
  const plc = at + 5;
  const count = (lcb - 4) / 12;
  if (!Number.isInteger(count) || count < 1 || plc + lcb > lcbClx) throw corrupt('分段表（PlcPcd）长度不对');

  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const cpStart = clx.getUint32(plc + i * 4, true);
    const cpEnd = clx.getUint32(plc + (i + 1) * 4, true);
    if (cpEnd < cpStart) throw corrupt('分段表的字符位置没有递增');
    if (cpStart >= ccpText) break;
    const length = Math.min(cpEnd, ccpText) - cpStart;
    const fcField = clx.getUint32(plc + (count + 1) * 4 + i * 8 + 2, true);
    const compressed = (fcField & 0x40000000) !== 0;
    const fc = compressed ? (fcField & ~0x40000000) / 2 : fcField;
    const bytes = compressed ? length : length * 2;
    if (fc + bytes > word.length) throw corrupt('文字段超出 WordDocument 流');
    const run = word.subarray(fc, fc + bytes);
    parts.push(compressed ? CP1252.decode(run) : UTF16.decode(run));
  }
  const text = parts.join('');
  if (text.length < ccpText) throw corrupt('分段表没有覆盖全部正文');
  return text;
}

/**
 * Lines of the main story: one per paragraph or cell; field codes dropped (also fields nested in
 * a code), results kept, also where they span paragraphs (a table of contents); the row-end mark
 * after a row's last cell gives no line. `of[i]` is the 1-based paragraph (paragraph or cell
 * mark) line `i` starts in. Plain characters are copied a run at a time, not one by one.
 */
function linesOf(story: string): { lines: string[]; of: number[] } {
  const lines: string[] = [];
  const of: number[] = [];
  // Per open field: still in its code (true) or in its result (false).
  const fields: boolean[] = [];
  let inCode = 0;
  let line = '';
  let run = -1;
  let paragraph = 1;
  let afterCell = false;
  for (let i = 0; i <= story.length; i++) {
    const c = i < story.length ? story.charCodeAt(i) : PARAGRAPH;
    if ((c >= 0x20 || c === 0x09) && inCode === 0) {
      if (run < 0) run = i;
      continue;
    }
    if (run >= 0) {
      line += story.slice(run, i);
      run = -1;
    }
    if (c === FIELD_BEGIN) {
      fields.push(true);
      inCode++;
    } else if (c === FIELD_SEPARATOR) {
      if (fields.at(-1) === true) {
        fields[fields.length - 1] = false;
        inCode--;
      }
    } else if (c === FIELD_END) {
      if (fields.pop() === true) inCode--;
    } else if (c === PARAGRAPH || c === CELL || c === PAGE_BREAK) {
      // The end of the story closes its last paragraph, if that one has no mark.
      if (i === story.length && line === '') break;
      if (!(c === CELL && afterCell && line === '')) {
        lines.push(line);
        of.push(paragraph);
      }
      line = '';
      if (c !== PAGE_BREAK) paragraph++;
      afterCell = c === CELL;
    } else if (inCode === 0 && c === LINE_BREAK) {
      line += ' ';
    } else if (inCode === 0 && c === NON_BREAKING_HYPHEN) {
      line += '-';
    }
    // Other control characters are anchors of pictures, drawings, note and comment marks: no text.
  }
  return { lines, of };
}

export const readDoc: Reader = async (bytes, file) => {
  if (bytes.length === 0) throw new ImportError(file, 1, '文件为空（0 字节）');
  if (!isCompoundFile(bytes)) throw new ImportError(file, 1, notCompoundFile(bytes));

  const broken = () => new ImportError(file, 1, '文件已损坏：复合文档结构（扇区表、目录）无法读取');
  let container: CompoundFile;
  try {
    container = readCompoundFile(bytes);
  } catch (e) {
    if (e instanceof CorruptCompoundFile) throw broken();
    throw e;
  }
  const stream = (name: string): Uint8Array | null => {
    try {
      return container.stream(name);
    } catch (e) {
      if (e instanceof CorruptCompoundFile) throw broken();
      throw e;
    }
  };

  const word = stream('WordDocument');
  if (word === null) {
    // A password-protected .docx is a compound file holding the encrypted package.
    if (stream('EncryptedPackage') !== null)
      throw new ImportError(file, 1, '文件已加密（设有打开密码），无法读取；请在 Word 中取消密码后另存');
    throw new ImportError(file, 1, '不是 Word 文档：复合文档中没有 WordDocument 流（可能是 Excel 或 PowerPoint 文件）');
  }
  if (word.length < 0x1aa) throw new ImportError(file, 1, '文件已损坏：WordDocument 流太短，没有完整的文件信息块（FIB）');
  const fib = new DataView(word.buffer, word.byteOffset, word.length);
  if (fib.getUint16(0x00, true) !== 0xa5ec) throw new ImportError(file, 1, '不是 Word 文档：WordDocument 流的标识不对');
  if (fib.getUint16(0x02, true) < 0x00c1)
    throw new ImportError(file, 1, 'Word 6.0/95 格式的文档，暂不支持；请在 Word 中另存为 .docx 或 Word 97–2003 文档');
  const flags = fib.getUint16(0x0a, true);
  if (flags & 0x0100) throw new ImportError(file, 1, '文件已加密（设有打开密码），无法读取；请在 Word 中取消密码后另存');

  const tableName = flags & 0x0200 ? '1Table' : '0Table';
  const table = stream(tableName);
  if (table === null) throw new ImportError(file, 1, `文件已损坏：缺少 ${tableName} 流`);
  const ccpText = fib.getInt32(0x4c, true);
  if (ccpText < 0) throw new ImportError(file, 1, '文件已损坏：正文字数为负');
  const story = mainStory(word, table, fib.getUint32(0x1a2, true), fib.getUint32(0x1a6, true), ccpText, file);

  const { lines, of } = linesOf(story);
  if (lines.every((l) => l.trim() === '')) throw new ImportError(file, 1, '文档没有正文文字（可能只有图片或扫描件）');
  return {
    format: 'doc',
    text: lines.join('\n'),
    encoding: null,
    bom: false,
    lineEnding: 'lf',
    normalisations: [],
    url: null,
    origins: { unit: 'paragraph', of },
  };
};
