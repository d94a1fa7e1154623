import { isCommonHanzi } from './commonHanzi.ts';
import { ImportError } from './errors.ts';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';
export type LineEnding = 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';

export interface Decoded {
  /** The text with every line end turned into `\n` and the BOM removed. */
  text: string;
  encoding: Encoding;
  bom: boolean;
  lineEnding: LineEnding;
}

/**
 * 1-based line of a byte offset, counting LF, CRLF and lone CR as one line end each, as
 * `decode` does (valid for ASCII-compatible encodings: no GB18030 or Big5 trail byte is CR or LF).
 */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

/** 1-based line of a character index, with the same line ends as `lineOfByte`. */
function lineOfChar(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) line++;
  }
  return line;
}

/** Line of the first code unit that is not valid UTF-16 (a lone surrogate or an odd last byte). */
function firstInvalidUtf16Line(bytes: Uint8Array, littleEndian: boolean): number {
  const units = Math.floor(bytes.length / 2);
  const unit = (k: number) => (littleEndian ? bytes[2 * k]! | (bytes[2 * k + 1]! << 8) : (bytes[2 * k]! << 8) | bytes[2 * k + 1]!);
  let k = 0;
  for (; k < units; k++) {
    const u = unit(k);
    if (u >= 0xd800 && u <= 0xdbff && k + 1 < units && unit(k + 1) >= 0xdc00 && unit(k + 1) <= 0xdfff) k++;
    else if (u >= 0xd800 && u <= 0xdfff) break;
  }
  const prefix = new TextDecoder(littleEndian ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(0, 2 * k));
  return lineOfChar(prefix, prefix.length);
}

/**
 * Bytes without a BOM that hold NUL bytes and read as text in UTF-16 of either byte order
 * are UTF-16 without a BOM: tell the user so instead of calling them binary. Chinese text
 * has few NUL bytes in UTF-16 (only ASCII and U+xx00), so decode and judge the text.
 */
function looksLikeBomlessUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192) & ~1);
  return (['utf-16le', 'utf-16be'] as const).some((encoding) => {
    let text: string | null;
    try {
      // `stream`: the cut may fall inside a surrogate pair.
      text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(sample, { stream: true });
    } catch {
      text = null;
    }
    return text !== null && !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text) && text.trim() !== '' && chineseScore(text) >= PLAUSIBLE;
  });
}

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Offset of the first byte sequence that is not valid UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  // Binary search on the longest valid prefix; a cut inside a sequence is allowed by `stream`.
  const decoder = () => new TextDecoder('utf-8', { fatal: true });
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      decoder().decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return lo;
}

/**
 * How much a decoding reads as Chinese: the share of its characters (whitespace aside) that a
 * Chinese office text is made of — ASCII, CJK and full-width punctuation, and hanzi among the few
 * thousand most common (simplified or traditional). Legacy double-byte encodings decode each
 * other's bytes "successfully": Korean EUC-KR read as GBK gives common-looking but rare-in-use
 * hanzi (`辑匡漂喊矫`), Japanese Shift-JIS read as GBK gives rare ones, GBK read as Big5 and Big5
 * read as GBK likewise. Real text scores 0.95 and more, such misreadings well under 0.8.
 */
function chineseScore(text: string): number {
  let good = 0;
  let total = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c === 0x0a || c === 0x0d || c === 0x09 || c === 0x20) continue;
    total++;
    if (
      isCommonHanzi(c) ||
      (c >= 0x21 && c <= 0x7e) ||
      (c >= 0x3000 && c <= 0x303f) ||
      (c >= 0xff00 && c <= 0xffef) ||
      (c >= 0x2000 && c <= 0x206f) ||
      (c >= 0x2460 && c <= 0x24ff) ||
      c === 0x00b7 ||
      c === 0x00a0 ||
      c === 0x30fb
    )
      good++;
  }
  return total === 0 ? 1 : good / total;
}

/** The score below which a decoding is not taken for Chinese (see `chineseScore`). */
const PLAUSIBLE = 0.8;

/** The legacy Chinese encodings a file that is not UTF-8 may be in; the first wins a tie. */
const LEGACY_CHINESE = ['gb18030', 'big5'] as const;

/** Share of a text's non-ASCII characters that match `pattern`. */
function shareOf(text: string, pattern: RegExp): number {
  const wide = text.replace(/[\x00-\x7f]/g, '');
  return wide === '' ? 0 : (wide.match(pattern) ?? []).length / wide.length;
}

/**
 * What bytes that read as no Chinese look like, for the message: Japanese when they decode as
 * Shift-JIS with plenty of kana (tried first: kana bytes also decode as Korean in EUC-KR's
 * extension), Korean when they decode as EUC-KR into mostly hangul.
 */
function lookalike(bytes: Uint8Array): string | null {
  const japanese = tryDecode('shift_jis', bytes);
  if (japanese !== null && shareOf(japanese, /[\u3040-\u30ff]/g) >= 0.2) return '日文 Shift-JIS';
  const korean = tryDecode('euc-kr', bytes);
  if (korean !== null && shareOf(korean, /[\uac00-\ud7af]/g) >= 0.5) return '韩文 EUC-KR';
  return null;
}

function lineEndingOf(raw: string): LineEnding {
  const crlf = (raw.match(/\r\n/g) ?? []).length;
  const cr = (raw.match(/\r(?!\n)/g) ?? []).length;
  const lf = (raw.match(/(?<!\r)\n/g) ?? []).length;
  const kinds = [crlf > 0, cr > 0, lf > 0].filter(Boolean).length;
  if (kinds === 0) return 'none';
  if (kinds > 1) return 'mixed';
  return crlf > 0 ? 'crlf' : cr > 0 ? 'cr' : 'lf';
}

/**
 * Decode a source file: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, or, when the bytes
 * are not valid UTF-8, GB18030/GBK or Big5, whichever reads more as Chinese (Big5 text stays
 * traditional). Refuses empty, whitespace-only and binary files, and bytes that read as Chinese
 * in neither (saying when they look Japanese or Korean), with an ImportError naming the line.
 */
export function decode(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length === 0) throw new ImportError(file, 1, '文件为空（0 字节）');

  let encoding: Encoding;
  let bom = false;
  let raw: string | null;

  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = 'utf-8';
    bom = true;
    raw = tryDecode('utf-8', bytes.subarray(3));
    if (raw === null) {
      const at = 3 + firstInvalidUtf8(bytes.subarray(3));
      throw new ImportError(file, lineOfByte(bytes, at), `文件以 UTF-8 BOM 开头，但第 ${at + 1} 字节起不是有效的 UTF-8`);
    }
  } else if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    bom = true;
    raw = tryDecode(encoding, bytes.subarray(2));
    if (raw === null)
      throw new ImportError(
        file,
        firstInvalidUtf16Line(bytes.subarray(2), encoding === 'utf-16le'),
        `文件以 ${encoding.toUpperCase()} BOM 开头，但内容不是有效的 ${encoding.toUpperCase()}`,
      );
  } else {
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
      if (looksLikeBomlessUtf16(bytes))
        throw new ImportError(file, 1, '看起来是没有 BOM 的 UTF-16 文本，无法可靠识别字节序；请另存为 UTF-8 或带 BOM 的 UTF-16');
      throw new ImportError(file, lineOfByte(bytes, nul), `二进制文件：第 ${nul + 1} 字节是 NUL，不是文本文件`);
    }
    raw = tryDecode('utf-8', bytes);
    if (raw !== null) {
      encoding = 'utf-8';
    } else {
      let best: { encoding: Encoding; text: string; score: number } | null = null;
      for (const candidate of LEGACY_CHINESE) {
        const text = tryDecode(candidate, bytes);
        if (text === null) continue;
        const score = chineseScore(text);
        if (best === null || score > best.score) best = { encoding: candidate, text, score };
      }
      if (best === null || best.score < PLAUSIBLE) {
        const badUtf8At = firstInvalidUtf8(bytes);
        const looks = lookalike(bytes);
        throw new ImportError(
          file,
          lineOfByte(bytes, badUtf8At),
          looks
            ? `无法识别的编码：看起来是${looks} 编码的文本，不是中文（第 ${badUtf8At + 1} 字节起不是 UTF-8，按 GB18030/GBK 或 Big5 解码都不像中文）`
            : `无法识别的编码：第 ${badUtf8At + 1} 字节起既不是 UTF-8，也不像 GB18030/GBK 或 Big5 中文文本`,
        );
      }
      raw = best.text;
      encoding = best.encoding;
    }
  }

  const control = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.exec(raw);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    throw new ImportError(file, lineOfChar(raw, control.index), `二进制文件：含控制字符 U+${code}，不是文本文件`);
  }
  const lineEnding = lineEndingOf(raw);
  const text = raw.replace(/\r\n?/g, '\n');
  if (text.trim() === '' || /^[\s\u3000\u00a0\ufeff]*$/.test(text)) throw new ImportError(file, 1, '文件只有空白字符，没有正文');
  return { text, encoding, bom, lineEnding };
}
