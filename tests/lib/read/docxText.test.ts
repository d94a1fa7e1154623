import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { docxFile, documentXml, paragraph, run, stylesXml } from '../../../scripts/fixtures/wordml.ts';
import { ImportError } from '../../../src/lib/import/errors.ts';
import { readDocx } from '../../../src/lib/read/docxText.ts';
import { readSource } from '../../../src/lib/read/formats.ts';
import { TooLarge } from '../../../src/lib/read/zip.ts';
import { analyzeSource } from '../../../src/lib/source.ts';

const DIR = 'tests/fixtures/formats/';
const bytes = (file: string) => new Uint8Array(readFileSync(DIR + file));
const expected = (file: string) => readFileSync(DIR + file, 'utf8').replace(/\n$/u, '');
const utf8 = (s: string) => new TextEncoder().encode(s);

async function refusal(data: Uint8Array, file = 'bad.docx'): Promise<ImportError> {
  const e: unknown = await readDocx(data, file).then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ImportError);
  const error = e as ImportError;
  expect(error.file).toBe(file);
  expect(error.line).toBe(1);
  return error;
}

/** The engine's outline and title of a text, as it analyzes a source file. */
function engineView(text: string) {
  const { samples } = analyzeSource(utf8(text), 'same.txt');
  return samples.map((s) => ({
    title: s.metadata.title,
    outline: s.structure.outline.map((h) => [h.depth, h.marker, h.text]),
  }));
}

describe('readDocx on the fixtures', () => {
  it('reads same.docx as same.txt: numbering written out, outline and title the same through the engine', async () => {
    const read = await readDocx(bytes('same.docx'), 'same.docx');
    const txt = expected('same.txt');
    expect(read.text).toBe(txt);
    expect(read.text.replace(/\s/gu, '')).toBe(txt.replace(/\s/gu, ''));
    const view = engineView(read.text);
    expect(view).toEqual(engineView(txt));
    expect(view[0]!.outline.length).toBeGreaterThan(5);
    // Three 一、 headings and eight （一） headings, none of them in the document's text.
    const headings = txt.split('\n').filter((l) => /^(?:[一二三]、|（[一二三]）)/u.test(l)).length;
    expect(read.normalisations).toEqual([{ kind: 'auto-number', count: headings }]);
    expect(new TextDecoder().decode(bytes('same.docx'))).not.toContain('一、');
    expect(read).toMatchObject({ format: 'docx', encoding: null, bom: false, lineEnding: 'lf', url: null });
    expect(read.origins).toEqual({ unit: 'paragraph', of: txt.split('\n').map((_, i) => i + 1) });
  });

  it('reads word-traps.docx as Word shows it', async () => {
    const read = await readDocx(bytes('word-traps.docx'), 'word-traps.docx');
    expect(read.text).toBe(expected('word-traps.txt'));
    expect(read.normalisations).toEqual([
      { kind: 'auto-number', count: 14 },
      { kind: 'text-box-copy', count: 1 },
    ]);
    // Not in the text: the deleted word, the field's instruction, hidden text, the footer's page number, the footnote.
    for (const absent of ['认真', 'DATE', '隐藏', '第 1 页', '脚注']) expect(read.text).not.toContain(absent);
    // The text box's copy is there once; a line break splits a paragraph into lines of the same paragraph.
    expect(read.text.split('文本框里的话')).toHaveLength(2);
    const lines = read.text.split('\n');
    const of = read.origins!.of;
    expect(of).toHaveLength(lines.length);
    expect(of[lines.indexOf('第一行')]).toBe(of[lines.indexOf('第二行')]);
    expect(of[lines.indexOf('文本框里的话')]).toBe(of[lines.indexOf('见下框：')]! + 1);
    expect(of[lines.indexOf('收文XX件')]! + 1).toBe(of[lines.indexOf('发文XX件')]);
  });

  it('is what readSource gives for a .docx', async () => {
    const read = await readSource(bytes('word-traps.docx'), '总结.DOCX');
    expect(read.text).toBe(expected('word-traps.txt'));
  });

  it('takes the VML copy of a text box when there is no DrawingML one, and never both', async () => {
    const box = (branches: string) =>
      docxFile({
        document: documentXml([paragraph('', `<w:r><mc:AlternateContent>${branches}</mc:AlternateContent></w:r>`)]),
        styles: stylesXml([]),
      });
    const content = (text: string) => `<w:pict><v:textbox><w:txbxContent>${paragraph('', run(text))}</w:txbxContent></v:textbox></w:pict>`;
    const only = await readDocx(box(`<mc:Fallback>${content('备用')}</mc:Fallback>`), 'a.docx');
    expect(only.text).toBe('\n备用');
    expect(only.normalisations).toEqual([]);
    const both = await readDocx(
      box(`<mc:Choice Requires="wps">${content('首选')}</mc:Choice><mc:Fallback>${content('备用')}</mc:Fallback>`),
      'a.docx',
    );
    expect(both.text).toBe('\n首选');
    expect(both.normalisations).toEqual([{ kind: 'text-box-copy', count: 1 }]);
  });
});

describe('readDocx refuses what it cannot read', () => {
  const minimal = () => docxFile({ document: documentXml([paragraph('', run('正文'))]), styles: stylesXml([]) });

  it('reads a minimal document, and a zip with no other part than word/document.xml', async () => {
    expect((await readDocx(minimal(), 'a.docx')).text).toBe('正文');
    const bare = zipSync({ 'word/document.xml': utf8(documentXml([paragraph('', run('正文'))])) });
    expect((await readDocx(bare, 'a.docx')).text).toBe('正文');
  });

  it('an empty file', async () => {
    expect((await refusal(new Uint8Array(0))).message).toBe('文件是空的（0 字节）');
  });

  it('a file that is no zip, and a zip cut short', async () => {
    expect((await refusal(utf8('不是压缩包'))).message).toBe('不是有效的 Word 文档（.docx）');
    const docx = minimal();
    expect((await refusal(docx.subarray(0, docx.length - 30))).message).toBe('不是有效的 Word 文档（.docx）');
    // The directory intact, the document's compressed data damaged.
    const damaged = docx.slice();
    const at = new TextDecoder('latin1').decode(damaged).indexOf('word/document.xml') + 'word/document.xml'.length;
    damaged.fill(0xff, at, at + 40);
    expect((await refusal(damaged)).message).toMatch(/^不是有效的 Word 文档（\.docx）|^Word 文档的正文无法读取/u);
  });

  it('a zip that is no Word document', async () => {
    expect((await refusal(zipSync({ 'a.txt': utf8('正文') }))).message).toBe('不是 Word 文档：找不到 word/document.xml');
  });

  it('a document whose XML is cut off', async () => {
    const cut = zipSync({ 'word/document.xml': utf8(documentXml([paragraph('', run('正文'))]).slice(0, -60)) });
    expect((await refusal(cut)).message).toBe('Word 文档的正文无法读取（XML 不完整）');
  });

  it('a .docx Word encrypted with a password (an OLE file with EncryptionInfo), and an old .doc', async () => {
    const ole = (streams: string[]) => {
      const file = new Uint8Array(2048);
      file.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      // Directory entries name their streams in UTF-16LE, 128 bytes each, from the second sector.
      streams.forEach((name, i) =>
        file.set(
          [...name].flatMap((c) => [c.charCodeAt(0), 0]),
          512 + 128 * i,
        ),
      );
      return file;
    };
    expect((await refusal(ole(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']))).message).toMatch(/^Word 文档设有打开密码（已加密）/u);
    expect((await refusal(ole(['Root Entry', 'WordDocument', '1Table']))).message).toMatch(
      /^不是有效的 Word 文档（\.docx）：这是旧版 Office 文件/u,
    );
  });

  it('a zip bomb, whether its directory declares the real size or lies', async () => {
    const huge = utf8(documentXml([paragraph('', run(' '.repeat(5 * 2 ** 20)))]));
    const bomb = zipSync({ 'word/document.xml': huge }, { level: 9 });
    expect(bomb.length).toBeLessThan(2 ** 16);
    const honest = await refusal(bomb);
    expect(honest).toBeInstanceOf(TooLarge);
    expect(honest.message).toBe('文件过大：正文（word/document.xml）解压后超过 4 MB');
    // Declare 1,000 bytes in the central directory and the local header: refused while inflating.
    const liar = bomb.slice();
    const view = new DataView(liar.buffer);
    for (let at = 0; at + 4 <= liar.length; at++) {
      const sig = view.getUint32(at, true);
      if (sig === 0x02014b50) view.setUint32(at + 24, 1000, true);
      if (sig === 0x04034b50) view.setUint32(at + 22, 1000, true);
    }
    expect((await refusal(liar)).message).toBe('文件过大：正文（word/document.xml）解压后超过 4 MB');
  });
});

describe('readDocx cost', () => {
  // Linear time was measured by hand (docs in the report): 10 and 100 times this document read in
  // proportional time. Here only that a long document reads whole and right.
  it('reads a long document of numbered headings and split runs', async () => {
    const n = 2000;
    const paragraphs = Array.from({ length: n }, (_, i) =>
      paragraph('', `${run('第')}<w:proofErr w:type="gramStart"/>${run(String(i))}${run('段')}`),
    );
    const read = await readDocx(docxFile({ document: documentXml(paragraphs), styles: stylesXml([]) }), 'long.docx');
    expect(read.text.split('\n')).toEqual(Array.from({ length: n }, (_, i) => `第${i}段`));
  });
});
