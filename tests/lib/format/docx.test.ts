import { describe, expect, it, vi } from 'vitest';
import { gongwenOf } from '../../../src/lib/format/copy.ts';
import { copyDoc } from '../../../src/lib/view/copyDoc.ts';
import { gongwenDocx } from '../../../src/lib/format/docx.ts';
import { unzip, wordParagraphs } from '../../unzip.ts';
import { committedEntries } from '../../committed.ts';

const entries = committedEntries();
const DATE = new Date('2024-05-06T07:08:09Z');

describe.each(entries.map((s) => [s.id, s] as const))('%s as .docx', (_, s) => {
  const doc = copyDoc(s);
  const laid = gongwenOf(doc, 'original');
  const build = async (slots: boolean) => {
    const files = unzip(await gongwenDocx(laid, slots, { title: s.title, date: DATE }));
    return { files, xml: (name: string) => files.get(name)!.toString('utf8') };
  };

  it('holds the title lines as Title, then every body line, whole-line headings as Heading 1–4', async () => {
    const { xml } = await build(false);
    const ps = wordParagraphs(xml('word/document.xml'));
    const title = s.titleInferred ? [] : s.titleLines.map((l) => l.trim()).filter(Boolean);
    const lines = s.text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    expect(ps.map((p) => p.text)).toEqual(title.length > 0 ? [...title, '', ...lines] : lines);
    expect(ps.slice(0, title.length).every((p) => p.style === 'Title')).toBe(true);
    const body = ps.slice(title.length > 0 ? title.length + 1 : 0);
    for (const [k, block] of doc.blocks.entries()) {
      expect(body[k]!.style).toBe(block.heading !== null && block.heading <= 4 ? `Heading${block.heading}` : null);
      // A heading opening its paragraph keeps the face of its depth: 一级 黑体, 二级 楷体.
      const opening = block.heading === null ? block.runs[0]!.depth : null;
      if (opening === 1 || opening === 2)
        expect(body[k]!.xml).toMatch(new RegExp(`^<w:r><w:rPr><w:rFonts w:ascii="${opening === 1 ? '黑体' : '楷体'}"`));
    }
  });

  it('is A4 with GB/T 9704 margins and page numbers, odd pages right, even pages left', async () => {
    const { files, xml } = await build(false);
    const sect = /<w:sectPr>([\s\S]*?)<\/w:sectPr>/.exec(xml('word/document.xml'))![1]!;
    expect(sect).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(sect).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(sect).toMatch(/<w:footerReference w:type="default"/);
    expect(sect).toMatch(/<w:footerReference w:type="even"/);
    expect(xml('word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    const footers = [...files.keys()].filter((f) => /^word\/footer\d+\.xml$/.test(f)).map((f) => xml(f));
    expect(footers).toHaveLength(2);
    for (const f of footers) expect(f).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(footers.map((f) => /<w:jc w:val="(\w+)"/.exec(f)?.[1]).sort()).toEqual(['left', 'right']);
  });

  it('styles the title 二号方正小标宋, headings 三号黑体/楷体/仿宋, the body 三号仿宋 at exactly 28 pt, indented two characters', async () => {
    const { xml } = await build(false);
    const styles = xml('word/styles.xml');
    const style = (id: string) => new RegExp(`<w:style [^>]*w:styleId="${id}">([\\s\\S]*?)</w:style>`).exec(styles)![1]!;
    expect(style('Title')).toMatch(/w:eastAsia="方正小标宋简体"[\s\S]*<w:sz w:val="44"\/>/);
    expect(style('Title')).toMatch(/<w:jc w:val="center"\/>/);
    for (const [id, face] of [
      ['Heading1', '黑体'],
      ['Heading2', '楷体'],
      ['Heading3', '仿宋'],
      ['Heading4', '仿宋'],
    ]) {
      expect(style(id!)).toMatch(new RegExp(`w:eastAsia="${face}"[\\s\\S]*<w:sz w:val="32"/>`));
      expect(style(id!)).toMatch(/<w:b w:val="false"\/>/);
    }
    const defaults = /<w:docDefaults>([\s\S]*?)<\/w:docDefaults>/.exec(styles)![1]!;
    expect(defaults).toMatch(/w:eastAsia="仿宋"/);
    expect(defaults).toMatch(/<w:sz w:val="32"\/>/);
    expect(defaults).toMatch(/w:line="560" w:lineRule="exact"/);
    expect(defaults).toMatch(/w:firstLineChars="200"/);
  });

  it('shows the template’s slots as labels, highlighted', async () => {
    const { xml } = await build(true);
    const document = xml('word/document.xml');
    const slots = [...doc.title.flat(), ...doc.blocks.flatMap((b) => b.runs.flatMap((r) => r.pieces))].filter((p) => typeof p !== 'string');
    expect(slots.length).toBeGreaterThan(0);
    const highlighted = [...document.matchAll(/<w:highlight w:val="yellow"\/><\/w:rPr><w:t[^>]*>(【[^<]+】)<\/w:t>/g)].map((m) => m[1]);
    expect(highlighted).toEqual(slots.map((p) => `【${p.slot}】`));
    expect(document).not.toMatch(/<w:t[^>]*>[^<]*[XＸ*＊]/u);
  });
});

describe('a .docx of the build', () => {
  it('carries the given date, not the clock’s: the same document is the same bytes, in any time zone', async () => {
    const s = entries[0]!;
    const laid = gongwenOf(copyDoc(s), 'original');
    const first = await gongwenDocx(laid, false, { title: s.title, date: DATE });
    expect(Buffer.from(await gongwenDocx(laid, false, { title: s.title, date: DATE })).equals(Buffer.from(first))).toBe(true);
    const core = unzip(first).get('docProps/core.xml')!.toString('utf8');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2024-05-06T07:08:09Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2024-05-06T07:08:09Z</dcterms:modified>');
    // Each local header's DOS time and date: 07:08:08 (two-second steps) on 2024-05-06, the UTC fields.
    const buf = Buffer.from(first);
    let headers = 0;
    for (
      let at = 0;
      buf.readUInt32LE(at) === 0x04034b50;
      at += 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28) + buf.readUInt32LE(at + 18)
    ) {
      expect([buf.readUInt16LE(at + 10), buf.readUInt16LE(at + 12)]).toEqual([
        (7 << 11) | (8 << 5) | 4,
        ((2024 - 1980) << 9) | (5 << 5) | 6,
      ]);
      headers++;
    }
    expect(headers).toBe(unzip(first).size);
  });

  it('is the same bytes whatever the clock says while it is written', async () => {
    const s = entries[0]!;
    const laid = gongwenOf(copyDoc(s), 'template');
    const at = async (clock: string) => {
      vi.useFakeTimers({ toFake: ['Date'], now: new Date(clock) });
      try {
        return Buffer.from(await gongwenDocx(laid, true, { title: s.title, date: DATE }));
      } finally {
        vi.useRealTimers();
      }
    };
    expect((await at('2031-01-01T00:00:00Z')).equals(await at('2026-07-08T09:10:11Z'))).toBe(true);
  });
});
