import type { ReadText, SourceFormat } from './reader.ts';
import { readTxt } from './txt.ts';

/**
 * The one registry of source formats: which extensions each reads, and its reader. Readers other
 * than text are imported when a file of their format is read, so a page or CLI that never opens
 * one never loads their libraries.
 */
const EXTENSIONS: Record<string, SourceFormat> = {
  '.txt': 'txt',
  '.docx': 'docx',
  '.doc': 'doc',
  '.pdf': 'pdf',
  '.html': 'html',
  '.htm': 'html',
  '.mhtml': 'html',
  '.mht': 'html',
};

/** The format a file's name says it is in; null for a format no reader takes. */
export function formatOf(file: string): SourceFormat | null {
  const dot = file.lastIndexOf('.');
  return dot < 0 ? null : (EXTENSIONS[file.slice(dot).toLowerCase()] ?? null);
}

/** The extensions the importer takes, for messages and folder walks. */
export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(EXTENSIONS);

/**
 * Read a source file in the format its name says. A file in no known format is read as text: a
 * file named on purpose (`总结`, `总结.text`) usually is, and decoding refuses one that is not.
 */
export async function readSource(bytes: Uint8Array, file: string): Promise<ReadText> {
  const format = formatOf(file);
  switch (format) {
    case 'txt':
    case null:
      return readTxt(bytes, file);
    case 'docx':
      return (await import('./docxText.ts')).readDocx(bytes, file);
    case 'doc':
      return (await import('./doc.ts')).readDoc(bytes, file);
    case 'pdf':
      return (await import('./pdf.ts')).readPdf(bytes, file);
    case 'html':
      return (await import('./html.ts')).readHtml(bytes, file);
  }
}
