// The .docx reader, loaded only when a reader opens a .docx: the importer's reader
// (src/lib/read/docxText.ts), given the file as a Blob read in slices. It so reads no more of the file
// than it needs: the zip's central directory, then word/document.xml, word/numbering.xml and
// word/styles.xml, each inflated with a cap on its output (a zip bomb is refused before it can fill
// the memory); a .docx full of photos opens without reading them.
import { readDocxFrom } from '../../lib/read/docxText.ts';
import type { ByteSource } from '../../lib/read/zip.ts';

export { TooLarge } from '../../lib/read/zip.ts';

const blobSource = (file: Blob): ByteSource => ({
  size: file.size,
  read: async (start, end) => new Uint8Array(await file.slice(start, end).arrayBuffer()),
});

/**
 * The lines of a Word document's body as Word shows them, its automatic numbering written out.
 * Throws TooLarge (its `what` follows the file's name) or an ImportError saying in Chinese why
 * the file cannot be read.
 */
export async function docxLines(file: File): Promise<string[]> {
  return (await readDocxFrom(blobSource(file), file.name)).text.split('\n');
}
