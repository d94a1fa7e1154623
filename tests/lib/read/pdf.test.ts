/**
 * The PDF reader on the fixtures of scripts/fixtures/pdf.ts: same.pdf (Chromium's print of
 * same.txt, with a running header and `— N —` page numbers), radicals.pdf (fonts that map glyphs
 * to radicals, `-N-` and `第 N 页 共 M 页`), and the files it must refuse.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/lib/import/errors.ts';
import { foldRadicals, isPageNumber, readPdf } from '../../../src/lib/read/pdf.ts';
import { formatOf, readSource } from '../../../src/lib/read/formats.ts';
import { analysisJson, analyzeSource } from '../../../src/lib/source.ts';

const DIR = fileURLToPath(new URL('../../fixtures/formats/', import.meta.url));
const bytes = (file: string): Uint8Array => new Uint8Array(readFileSync(DIR + file));
const text = (file: string): string => readFileSync(DIR + file, 'utf8');
const noSpace = (s: string): string => s.replace(/\s+/g, '');
const count = (read: { normalisations: { kind: string; count: number }[] }, kind: string): number =>
  read.normalisations.find((n) => n.kind === kind)?.count ?? 0;

async function refusal(data: Uint8Array, file: string): Promise<ImportError> {
  const error: unknown = await readPdf(data, file).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

/** The engine's view of a text: one sample's title and outline, line numbers left out. */
function engineView(source: string, file: string) {
  const { samples } = analyzeSource(new TextEncoder().encode(source), file);
  expect(samples).toHaveLength(1);
  const json = analysisJson(samples[0]!);
  return {
    title: json.title === null ? null : noSpace(json.title),
    outline: json.outline.map(({ line: _line, ...entry }) => entry),
    parts: json.parts.map((p) => p.role),
  };
}

describe('readPdf on same.pdf (Chromium)', async () => {
  const read = await readPdf(bytes('same.pdf'), 'same.pdf');
  const pages = Math.max(...read.origins!.of);

  it('reads the text of same.txt, whitespace aside', () => {
    expect(read.format).toBe('pdf');
    expect(noSpace(read.text)).toBe(noSpace(text('same.txt')));
  });

  it('gives the engine the same title and outline as same.txt', () => {
    expect(engineView(read.text, 'same.pdf')).toEqual(engineView(text('same.txt'), 'same.txt'));
  });

  it('keeps a blank line only where the title block ends', () => {
    const lines = read.text.split('\n');
    expect(lines.filter((l) => l === '')).toHaveLength(1);
    expect(lines.indexOf('')).toBe(text('same.txt').split('\n').indexOf(''));
  });

  it('drops one page number and one running header per page, and folds nothing', () => {
    expect(pages).toBeGreaterThan(1);
    expect(read.normalisations).toEqual([
      { kind: 'page-number', count: pages },
      { kind: 'running-header', count: pages },
    ]);
    expect(read.text).not.toContain('街道党务办工作总结');
    expect(read.text).not.toMatch(/—\s*\d+\s*—/);
  });

  it('gives each line its page, in order', () => {
    const of = read.origins!.of;
    expect(read.origins!.unit).toBe('page');
    expect(of).toHaveLength(read.text.split('\n').length);
    expect(of[0]).toBe(1);
    expect(of.every((p, i) => i === 0 || p >= of[i - 1]!)).toBe(true);
  });
});

describe('readPdf on radicals.pdf (fonts that map glyphs to radicals)', async () => {
  const read = await readPdf(bytes('radicals.pdf'), 'radicals.pdf');
  const expected = text('radicals.txt');
  const pages = Math.max(...read.origins!.of);

  it('reads exactly the expected text, radicals folded to ideographs', () => {
    expect(read.text).toBe(expected);
    expect(read.text).not.toMatch(/[\u2E80-\u2EFF\u2F00-\u2FDF]/u);
  });

  it('counts each fold, each page number line (top and bottom) and each running header', () => {
    // The fixture's font writes 工 一 人 风 长 门 车 见 as radicals, wherever they occur.
    const folded = [...expected].filter((c) => '工一人风长门车见'.includes(c)).length;
    expect(folded).toBeGreaterThan(0);
    expect(count(read, 'radical')).toBe(folded);
    expect(count(read, 'page-number')).toBe(2 * pages);
    expect(count(read, 'running-header')).toBe(pages);
  });

  it('keeps a number line between body lines', () => {
    expect(read.text.split('\n')).toContain('2023');
  });
});

describe('refused files', () => {
  it('a 0-byte file', async () => {
    const e = await refusal(new Uint8Array(), 'empty.pdf');
    expect([e.file, e.line]).toEqual(['empty.pdf', 1]);
    expect(e.message).toContain('空文件');
  });

  it('a file that is not a PDF, and a PDF cut short', async () => {
    const notPdf = await refusal(new TextEncoder().encode('一、工作回顾\n'), 'note.pdf');
    expect(notPdf.file).toBe('note.pdf');
    expect(notPdf.message).toContain('不是 PDF');
    const cut = await refusal(bytes('same.pdf').slice(0, 2000), 'cut.pdf');
    expect(cut.file).toBe('cut.pdf');
    expect(cut.message).toContain('损坏');
  });

  it('a PDF with a user password', async () => {
    const e = await refusal(bytes('encrypted.pdf'), 'encrypted.pdf');
    expect(e.file).toBe('encrypted.pdf');
    expect(e.message).toContain('密码');
  });

  it('but not a PDF with an owner password only, which opens without one', async () => {
    const read = await readPdf(bytes('owner-password.pdf'), 'owner-password.pdf');
    expect(noSpace(read.text)).toBe(noSpace(text('same.txt')));
  });

  it('a scanned PDF, with no text layer', async () => {
    const e = await refusal(bytes('scanned.pdf'), 'scanned.pdf');
    expect(e.file).toBe('scanned.pdf');
    expect(e.message).toContain('扫描件');
  });
});

describe('the registry', () => {
  it('reads .pdf through the PDF reader', async () => {
    expect(formatOf('总结.PDF')).toBe('pdf');
    expect((await readSource(bytes('radicals.pdf'), 'radicals.pdf')).text).toBe(text('radicals.txt'));
  });
});

describe('foldRadicals', () => {
  it('folds Kangxi and supplement radicals, counting each, and nothing else', () => {
    expect(foldRadicals('\u2F2F作\u2EDB气\u2ED3期\u2F00')).toEqual({ text: '工作风气长期一', count: 4 });
    // Compatibility characters NFKC would change stay as they are, and so does U+2E80 (no equivalent).
    expect(foldRadicals('ＡＢ①ﬁ\u2E80')).toEqual({ text: 'ＡＢ①ﬁ\u2E80', count: 0 });
  });

  it('folds every radical to a CJK ideograph', () => {
    for (let c = 0x2e81; c <= 0x2fd5; c++) {
      if (c > 0x2ef3 && c < 0x2f00) continue;
      const r = String.fromCodePoint(c);
      if (r === '\u2E9A') continue; // unassigned
      const { text: folded, count: n } = foldRadicals(r);
      expect(n, r).toBe(1);
      expect(folded, r).toMatch(/^[\p{Unified_Ideograph}]$/u);
    }
  });
});

describe('isPageNumber', () => {
  it('takes the page number forms and leaves text alone', () => {
    for (const s of ['— 1 —', '-2-', '- 3 -', '第 3 页', '第3页 共10页', '12', '3/10', '－4－']) expect(isPageNumber(s), s).toBe(true);
    for (const s of ['一、工作回顾', '2023年', '第三页', '共10页', '1.2', '- 项目']) expect(isPageNumber(s), s).toBe(false);
  });
});
