import { Inflate } from 'fflate';
import { ImportError } from '../import/errors.ts';

/**
 * The few parts of a zip (a .docx) a reader needs, read without reading the rest: the central
 * directory at the end, then each part's local header and data. The bytes come from a `ByteSource`,
 * an array in memory (the importer) or a browser `Blob` read in slices (the draft checker, which so
 * never reads a .docx's photos). Every part is inflated with a cap on its output, so a zip bomb is
 * refused before it can fill the memory, whatever size its directory declares.
 */

/** Random access to a file's bytes. */
export interface ByteSource {
  size: number;
  read(start: number, end: number): Promise<Uint8Array>;
}

export const bytesSource = (bytes: Uint8Array): ByteSource => ({
  size: bytes.length,
  read: async (start, end) => bytes.subarray(start, Math.min(end, bytes.length)),
});

/** Over a cap; `what` names the part and the cap, for the importer's and the checker's sentences. */
export class TooLarge extends ImportError {
  readonly what: string;

  constructor(file: string, what: string) {
    super(file, 1, `文件过大：${what}`);
    this.what = what;
  }
}

/** One part's entry in the central directory: how it is stored, its sizes, where its local header is. */
export interface ZipEntry {
  method: number;
  flags: number;
  compressed: number;
  size: number;
  offset: number;
}

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
const mb = (bytes: number) => `${bytes / 2 ** 20} MB`;

/**
 * The central directory, name → entry. `corrupt` is the reason given for a file that is no zip or
 * a broken one; the directory itself is refused over `cap` bytes.
 */
export async function zipDirectory(src: ByteSource, file: string, cap: number, corrupt: string): Promise<Map<string, ZipEntry>> {
  // The end-of-central-directory record: 22 bytes and a comment of up to 65,535, at the very end.
  const tailStart = Math.max(0, src.size - 22 - 0xffff);
  const tail = await src.read(tailStart, src.size);
  let end = tail.length - 22;
  while (end >= 0 && u32(tail, end) !== 0x06054b50) end--;
  if (end < 0) throw new ImportError(file, 1, corrupt);
  const size = u32(tail, end + 12);
  const start = u32(tail, end + 16);
  if (size > cap) throw new TooLarge(file, `压缩目录超过 ${mb(cap)}`);
  if (start + size > src.size) throw new ImportError(file, 1, corrupt);
  const dir = await src.read(start, start + size);
  const names = new TextDecoder();
  const entries = new Map<string, ZipEntry>();
  for (let at = 0; at + 46 <= dir.length && u32(dir, at) === 0x02014b50;) {
    const nameLength = u16(dir, at + 28);
    const name = names.decode(dir.subarray(at + 46, at + 46 + nameLength));
    entries.set(name, {
      method: u16(dir, at + 10),
      flags: u16(dir, at + 8),
      compressed: u32(dir, at + 20),
      size: u32(dir, at + 24),
      offset: u32(dir, at + 42),
    });
    at += 46 + nameLength + u16(dir, at + 30) + u16(dir, at + 32);
  }
  return entries;
}

/**
 * Inflate in small steps, counting the output: DEFLATE expands at most 1,032 times, so no step
 * can produce more than about 4 MB past the cap.
 */
function inflateCapped(data: Uint8Array, cap: number, tooLarge: () => TooLarge, corrupt: () => ImportError): Uint8Array {
  const STEP = 4 * 1024;
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    if (total > cap) throw tooLarge();
    chunks.push(chunk);
  });
  try {
    for (let at = 0; at < data.length; at += STEP) inflate.push(data.subarray(at, at + STEP), at + STEP >= data.length);
  } catch (e) {
    throw e instanceof TooLarge ? e : corrupt();
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * A part's bytes: its declared sizes checked, then the actual output capped. `label` names the
 * part in the refusal (`正文（word/document.xml）`).
 */
export async function zipPart(
  src: ByteSource,
  entry: ZipEntry,
  file: string,
  cap: number,
  label: string,
  corrupt: string,
): Promise<Uint8Array> {
  const tooLarge = () => new TooLarge(file, `${label}解压后超过 ${mb(cap)}`);
  const broken = () => new ImportError(file, 1, corrupt);
  if (entry.size > cap || entry.compressed > cap) throw tooLarge();
  const header = await src.read(entry.offset, entry.offset + 30);
  if (header.length < 30 || u32(header, 0) !== 0x04034b50) throw broken();
  const start = entry.offset + 30 + u16(header, 26) + u16(header, 28);
  const data = await src.read(start, start + entry.compressed);
  if (data.length < entry.compressed) throw broken();
  if (entry.method === 0) return data;
  if (entry.method === 8) return inflateCapped(data, cap, tooLarge, broken);
  throw broken();
}
