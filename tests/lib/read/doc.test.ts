import { readFileSync } from 'node:fs';
import CFB from 'cfb';
import WordExtractor from 'word-extractor';
import { describe, expect, it } from 'vitest';
import { docBytes } from '../../../scripts/fixtures/docWriter.ts';
import { ImportError } from '../../../src/lib/import/errors.ts';
import { splitSource } from '../../../src/lib/import/split.ts';
import { readDoc } from '../../../src/lib/read/doc.ts';
import { formatOf, readSource } from '../../../src/lib/read/formats.ts';
import { analysisJson, analyzeSample, analyzeSource } from '../../../src/lib/source.ts';

const DIR = new URL('../../fixtures/formats/', import.meta.url);
const bytesOf = (name: string) => new Uint8Array(readFileSync(new URL(name, DIR)));
const textOf = (name: string) => readFileSync(new URL(name, DIR), 'utf8');
const squeeze = (s: string) => s.replace(/\s+/g, '');

async function refusal(bytes: Uint8Array, file = 'x.doc'): Promise<ImportError> {
  const e = await readDoc(bytes, file).catch((error: unknown) => error);
  expect(e).toBeInstanceOf(ImportError);
  expect((e as ImportError).file).toBe(file);
  expect((e as ImportError).line).toBe(1);
  return e as ImportError;
}

describe('readDoc: same.doc holds same.txt', () => {
  it('reads the text of same.txt, one line per paragraph', async () => {
    const read = await readDoc(bytesOf('same.doc'), 'same.doc');
    const txt = textOf('same.txt');
    expect(squeeze(read.text)).toBe(squeeze(txt));
    // Paragraph for paragraph, not only the same characters.
    expect(read.text).toBe(txt.replace(/\n$/, ''));
    expect(read).toMatchObject({ format: 'doc', encoding: null, bom: false, lineEnding: 'lf', normalisations: [], url: null });
    expect(read.origins).toEqual({ unit: 'paragraph', of: read.text.split('\n').map((_, i) => i + 1) });
  });

  it('gives the engine the title and outline that same.txt gives it', async () => {
    const read = await readDoc(bytesOf('same.doc'), 'same.doc');
    const fromTxt = analyzeSource(bytesOf('same.txt'), 'same.txt').samples.map(analysisJson);
    const fromDoc = splitSource(read.text, 'same.doc').samples.map((raw) => analysisJson(analyzeSample(raw)));
    expect(fromTxt).toHaveLength(1);
    expect(fromTxt[0]!.outline.length).toBeGreaterThan(5);
    expect(fromDoc).toEqual(fromTxt);
  });

  it('is read alike by word-extractor, an independent reader', async () => {
    const doc = await new WordExtractor().extract(Buffer.from(bytesOf('same.doc')));
    expect(squeeze(doc.getBody({ filterUnicode: false }))).toBe(squeeze(textOf('same.txt')));
  });

  it('is what the registry reads for .doc', async () => {
    expect(formatOf('总结.DOC')).toBe('doc');
    expect((await readSource(bytesOf('same.doc'), 'same.doc')).text).toBe((await readDoc(bytesOf('same.doc'), 'same.doc')).text);
  });
});

describe('readDoc: the traps', () => {
  it('keeps field results, drops field codes, gives one line per table cell and no header', async () => {
    const read = await readDoc(bytesOf('traps.doc'), 'traps.doc');
    expect(read.text + '\n').toBe(textOf('traps.doc.txt'));
    expect(read.text).not.toMatch(/TIME|MERGEFIELD|HYPERLINK|PAGE|页眉/);
    // Lines 7 and 8 are the paragraphs of one cell; the row-end marks (paragraphs 7 and 11) give no line.
    expect(read.origins!.of).toEqual([1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 13]);
  });

  it('agrees with word-extractor on the body text, which it also keeps apart from the header', async () => {
    const doc = await new WordExtractor().extract(Buffer.from(bytesOf('traps.doc')));
    expect(squeeze(doc.getBody({ filterUnicode: false }))).toBe(squeeze(textOf('traps.doc.txt')));
  });

  it('reads cp1252 (8-bit) pieces and UTF-16 pieces alike', async () => {
    const read = await readDoc(docBytes({ body: 'Word 97–2003 “文档” café\r' }), 'x.doc');
    expect(read.text).toBe('Word 97–2003 “文档” café');
  });

  it('drops picture anchors and other control marks, keeps tabs and non-breaking hyphens', async () => {
    const read = await readDoc(docBytes({ body: '图\x01示\x08：A\x1eB\x1f\t完\r' }), 'x.doc');
    expect(read.text).toBe('图示：A-B\t完');
  });
});

describe('readDoc: refused files', () => {
  it('refuses an empty file', async () => {
    expect((await refusal(new Uint8Array(0))).message).toMatch(/空/);
  });

  it('refuses an encrypted .doc', async () => {
    const e = await refusal(docBytes({ body: '机密\r', encrypted: true }), '机密.doc');
    expect(e.message).toMatch(/已加密/);
  });

  it('refuses a password-protected .docx (a compound file with an encrypted package)', async () => {
    const cfb = CFB.utils.cfb_new();
    CFB.utils.cfb_add(cfb, 'EncryptionInfo', new Uint8Array(16));
    CFB.utils.cfb_add(cfb, 'EncryptedPackage', new Uint8Array(64));
    expect((await refusal(new Uint8Array(CFB.write(cfb, { type: 'array' }) as number[]))).message).toMatch(/已加密/);
  });

  it.each([
    ['a .docx renamed (zip)', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]), /zip/],
    ['an RTF file', new TextEncoder().encode('{\\rtf1\\ansi 文档}'), /RTF/],
    ['a text file', new TextEncoder().encode('一、工作回顾\n'), /文件头/],
  ])('refuses %s as no Word file', async (_, bytes, reason) => {
    const e = await refusal(bytes);
    expect(e.message).toMatch(/不是 Word 97–2003 文档/);
    expect(e.message).toMatch(reason);
  });

  it('refuses a compound file without a WordDocument stream (an Excel workbook)', async () => {
    const cfb = CFB.utils.cfb_new();
    CFB.utils.cfb_add(cfb, 'Workbook', new Uint8Array(600));
    expect((await refusal(new Uint8Array(CFB.write(cfb, { type: 'array' }) as number[]))).message).toMatch(/没有 WordDocument 流/);
  });

  it('refuses a truncated compound file as corrupt', async () => {
    const bytes = bytesOf('same.doc');
    expect((await refusal(bytes.subarray(0, 1024))).message).toMatch(/已损坏/);
  });

  it('refuses a piece table that points outside the text as corrupt', async () => {
    const bytes = docBytes({ body: '正文\r' });
    const cfb = CFB.read(bytes, { type: 'array' });
    const word = CFB.find(cfb, 'WordDocument')!;
    const content = Uint8Array.from(word.content as ArrayLike<number>);
    new DataView(content.buffer).setInt32(0x4c, 5000, true); // ccpText beyond every piece
    word.content = content as unknown as CFB.CFB$Blob;
    expect((await refusal(new Uint8Array(CFB.write(cfb, { type: 'array' }) as number[]))).message).toMatch(/已损坏/);
  });

  it('refuses a Word 6.0/95 file', async () => {
    const cfb = CFB.read(docBytes({ body: '旧文档\r' }), { type: 'array' });
    const word = CFB.find(cfb, 'WordDocument')!;
    const content = Uint8Array.from(word.content as ArrayLike<number>);
    new DataView(content.buffer).setUint16(0x02, 0x0068, true); // nFib of Word 95
    word.content = content as unknown as CFB.CFB$Blob;
    expect((await refusal(new Uint8Array(CFB.write(cfb, { type: 'array' }) as number[]))).message).toMatch(/Word 6\.0\/95/);
  });

  it('refuses a document with no text', async () => {
    expect((await refusal(docBytes({ body: '\x01\r\r' }))).message).toMatch(/没有正文/);
  });
});
