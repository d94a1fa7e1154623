import { ImportError } from '../import/errors.ts';
import type { ReadText, SourceFormat } from './reader.ts';
import { readTxt } from './txt.ts';

/**
 * The one registry of source formats: which extensions each reads, and its reader. Readers other
 * than text are imported when a file of their format is read, so a page or CLI that never opens
 * one never loads their libraries.
 */
const EXTENSIONS: Record<string, SourceFormat> = {
  '.txt': 'txt',
  '.pdf': 'pdf',
};

/** The format a file's name says it is in; null for a format no reader takes. */
export function formatOf(file: string): SourceFormat | null {
  const dot = file.lastIndexOf('.');
  return dot < 0 ? null : (EXTENSIONS[file.slice(dot).toLowerCase()] ?? null);
}

/** The extensions the importer takes, for messages and folder walks. */
export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(EXTENSIONS);

/** Read a source file in the format its name says. */
export async function readSource(bytes: Uint8Array, file: string): Promise<ReadText> {
  const format = formatOf(file);
  switch (format) {
    case 'txt':
      return readTxt(bytes, file);
    case 'pdf':
      return (await import('./pdf.ts')).readPdf(bytes, file);
    default:
      throw new ImportError(file, 1, `不支持的格式：可导入 ${SUPPORTED_EXTENSIONS.join('、')} 文件`);
  }
}
