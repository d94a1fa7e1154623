import { ImportError } from './errors.ts';
import type { ReadText } from '../read/reader.ts';

const MIB = 1024 * 1024;

/**
 * The largest source file the engine reads: 4 MB. The longest real 工作总结 holds a few
 * thousand characters, a few tens of KB in UTF-8, and a compilation of a hundred of them one
 * to three MB; four leaves room for that. Beyond it a file is no longer a source of samples but
 * a dump, and the engine, linear as it is (`npm run bench:robust`), would spend seconds and
 * hundreds of MB of memory on it. The draft checker applies its own, smaller limit.
 */
export const MAX_SOURCE_BYTES = 4 * MIB;

/** Megabytes, rounded up to one decimal: a file just over the limit never shows as equal to it. */
const megabytes = (bytes: number) => String(Math.ceil((bytes / MIB) * 10) / 10);

/** Refuses a file larger than `limit` bytes with an ImportError on its first line. */
export function checkSize(bytes: Uint8Array, file: string, limit: number = MAX_SOURCE_BYTES): void {
  if (bytes.length > limit)
    throw new ImportError(
      file,
      1,
      `文件过大（${megabytes(bytes.length)} MB，上限 ${megabytes(limit)} MB）：一篇工作总结不过几十 KB，汇编请拆成几个较小的文件再导入`,
    );
}

/**
 * A file in another format than text is limited by the text read from it, whatever its pictures
 * weigh; a text file by its bytes, which `checkSize` refuses before they are decoded.
 */
export function checkReadSize(read: ReadText, file: string, limit: number = MAX_SOURCE_BYTES): void {
  if (read.format !== 'txt') checkSize(new TextEncoder().encode(read.text), file, limit);
}
