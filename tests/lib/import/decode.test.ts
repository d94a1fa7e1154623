import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decode } from '../../../src/lib/import/decode.ts';
import { fixtureBytes, importErrorOf, SEED, seedBytes, seedText, utf16, utf8 } from './helpers.ts';

/** The UTF-8 source of a generated legacy-encoding fixture (scripts/fixtures/encodings.ts). */
const encodingSource = (file: string): string => readFileSync(new URL(`../../fixtures/encodings/${file}`, import.meta.url), 'utf8');

const TEXT = '本文系作者原创投稿，仅供学习参考，请勿照搬照抄！\nXX镇党政办2020年工作总结\n\n　　2020年，我办围绕中心、服务大局。\n';

describe('decode: encodings', () => {
  it('reads UTF-8 without a BOM as it is', () => {
    const d = decode(utf8(TEXT), 'a.txt');
    expect(d).toEqual({ text: TEXT, encoding: 'utf-8', bom: false, lineEnding: 'lf' });
  });

  it('strips a UTF-8 BOM and records it', () => {
    const d = decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(TEXT)]), 'a.txt');
    expect(d.text).toBe(TEXT);
    expect(d.text.charCodeAt(0)).not.toBe(0xfeff);
    expect(d.encoding).toBe('utf-8');
    expect(d.bom).toBe(true);
  });

  it('keeps a U+FEFF that is not at the start (only the BOM goes)', () => {
    const d = decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('甲\ufeff乙')]), 'a.txt');
    expect(d.text).toBe('甲\ufeff乙');
  });

  it('reads UTF-16 LE with a BOM, including a surrogate pair', () => {
    const s = TEXT + '𠀀字\n';
    const bytes = utf16(s, true);
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xfe]);
    expect(decode(bytes, 'a.txt')).toEqual({ text: s, encoding: 'utf-16le', bom: true, lineEnding: 'lf' });
  });

  it('reads UTF-16 BE with a BOM', () => {
    const bytes = utf16(TEXT, false);
    expect([bytes[0], bytes[1]]).toEqual([0xfe, 0xff]);
    expect(decode(bytes, 'a.txt')).toEqual({ text: TEXT, encoding: 'utf-16be', bom: true, lineEnding: 'lf' });
  });

  it('falls back to GB18030 for a GBK file (seed 002 converted to GBK)', () => {
    const gbk = fixtureBytes('enc-gbk-002.txt');
    // The fixture really is GBK: not valid UTF-8, and shorter than the UTF-8 seed.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow();
    expect(gbk.length).toBeLessThan(seedBytes(SEED.s002).length);
    const d = decode(gbk, 'enc-gbk-002.txt');
    expect(d.encoding).toBe('gb18030');
    expect(d.bom).toBe(false);
    expect(d.text).toBe(seedText(SEED.s002));
  });

  it('reads GB18030 four-byte sequences (seed 004 has a U+00A0, not in GBK)', () => {
    const d = decode(fixtureBytes('enc-gb18030-004.txt'), 'enc-gb18030-004.txt');
    expect(d.encoding).toBe('gb18030');
    expect(d.text).toBe(seedText(SEED.s004));
    expect(d.text).toContain('\u00a0');
  });

  it('reads a Big5 file as Big5, keeping its traditional characters (generated fixture)', () => {
    const big5 = fixtureBytes('enc-big5-tw.txt');
    // GB18030 decodes these bytes too, into other characters: the plausibility score must choose.
    expect(() => new TextDecoder('gb18030', { fatal: true }).decode(big5)).not.toThrow();
    const d = decode(big5, 'enc-big5-tw.txt');
    expect(d).toMatchObject({ encoding: 'big5', bom: false, lineEnding: 'lf' });
    expect(d.text).toBe(encodingSource('big5.txt'));
    expect(d.text).toContain('XX鎮黨政辦公室2020年工作總結');
  });

  it('still reads GBK as GB18030 when the bytes are valid Big5 too', () => {
    const gbk = fixtureBytes('enc-gbk-002.txt');
    expect(() => new TextDecoder('big5', { fatal: true }).decode(gbk)).not.toThrow();
    expect(decode(gbk, 'x').encoding).toBe('gb18030');
  });

  it('reads the UTF-16 fixtures as the UTF-8 seeds', () => {
    expect(decode(fixtureBytes('enc-utf16le-003.txt'), 'x').text).toBe(seedText(SEED.s003));
    expect(decode(fixtureBytes('enc-utf16be-004.txt'), 'x').text).toBe(seedText(SEED.s004));
  });
});

describe('decode: line ends', () => {
  it('turns CRLF into \\n and records crlf', () => {
    const d = decode(utf8('甲\r\n乙\r\n\r\n丙\r\n'), 'a.txt');
    expect(d.text).toBe('甲\n乙\n\n丙\n');
    expect(d.lineEnding).toBe('crlf');
  });

  it('turns a lone CR into \\n and records cr', () => {
    const d = decode(utf8('甲\r乙\r\r丙'), 'a.txt');
    expect(d.text).toBe('甲\n乙\n\n丙');
    expect(d.lineEnding).toBe('cr');
  });

  it('records mixed line ends and normalises all of them', () => {
    const d = decode(utf8('甲\r\n乙\n丙\r丁'), 'a.txt');
    expect(d.text).toBe('甲\n乙\n丙\n丁');
    expect(d.lineEnding).toBe('mixed');
  });

  it('records none for a one-line file without a line end', () => {
    expect(decode(utf8('只有一行'), 'a.txt').lineEnding).toBe('none');
  });

  it('reads the UTF-8 BOM + CRLF copy of seed 001 as the seed', () => {
    const d = decode(fixtureBytes('enc-bom-crlf-001.txt'), 'x');
    expect(d).toMatchObject({ encoding: 'utf-8', bom: true, lineEnding: 'crlf' });
    expect(d.text).toBe(seedText(SEED.s001));
  });

  it('reads the lone-CR copy of seed 002 as the seed', () => {
    const d = decode(fixtureBytes('enc-cr-002.txt'), 'x');
    expect(d.lineEnding).toBe('cr');
    expect(d.text).toBe(seedText(SEED.s002));
  });

  it('keeps tabs, form feeds, U+3000 and trailing spaces', () => {
    const s = '甲\t乙\f\n\u3000\u3000丙  \n';
    expect(decode(utf8(s), 'a.txt').text).toBe(s);
  });
});

describe('decode: refused input', () => {
  it('refuses an empty file at line 1', () => {
    const e = importErrorOf(() => decode(new Uint8Array(0), 'empty.txt'));
    expect(e.file).toBe('empty.txt');
    expect(e.line).toBe(1);
    expect(e.message).toMatch(/空/);
  });

  it.each([
    ['spaces', '     '],
    ['newlines', '\n\n\n'],
    ['U+3000', '\u3000\u3000'],
    ['a mix with tabs and CRLF', ' \r\n\t\u3000\n  \n'],
    ['U+00A0', '\u00a0\n'],
  ])('refuses a whitespace-only file (%s) at line 1', (_, s) => {
    const e = importErrorOf(() => decode(utf8(s), 'ws.txt'));
    expect(e.line).toBe(1);
    expect(e.message).toMatch(/空白/);
  });

  it('refuses a file that is only a BOM', () => {
    expect(importErrorOf(() => decode(new Uint8Array([0xef, 0xbb, 0xbf]), 'bom.txt')).line).toBe(1);
    expect(importErrorOf(() => decode(new Uint8Array([0xff, 0xfe]), 'bom.txt')).line).toBe(1);
  });

  it('refuses a whitespace-only UTF-16 file', () => {
    expect(importErrorOf(() => decode(utf16('\u3000\n \n', true), 'ws.txt')).message).toMatch(/空白/);
  });

  it('refuses NUL bytes, naming the line of the NUL', () => {
    const e = importErrorOf(() => decode(utf8('第一行\n第二行\n第三\u0000行\n'), 'nul.txt'));
    expect(e.line).toBe(3);
    expect(e.message).toMatch(/NUL/);
    expect(e.message).toMatch(/二进制/);
  });

  it('counts CRLF and lone CR line ends when naming the line of a NUL', () => {
    expect(importErrorOf(() => decode(utf8('一\r\n二\r\n三\u0000'), 'a.txt')).line).toBe(3);
    expect(importErrorOf(() => decode(utf8('一\r二\r三\r四\u0000'), 'a.txt')).line).toBe(4);
  });

  it('refuses a PNG header (binary fixture) at the line of its first NUL', () => {
    const e = importErrorOf(() => decode(fixtureBytes('bad-binary.txt'), 'bad-binary.txt'));
    // 89 50 4E 47 0D 0A | 1A 0A | 00: the NUL is the 9th byte, after two line ends.
    expect(e.line).toBe(3);
    expect(e.message).toContain('第 9 字节');
  });

  it.each([
    ['U+001B (ESC)', '\u001b', '001B'],
    ['U+0007 (BEL)', '\u0007', '0007'],
    ['U+007F (DEL)', '\u007f', '007F'],
    ['U+000B (VT)', '\u000b', '000B'],
  ])('refuses the control character %s, naming its line', (_, ch, code) => {
    const e = importErrorOf(() => decode(utf8(`一\n二\n三\n四${ch}五\n`), 'ctl.txt'));
    expect(e.line).toBe(4);
    expect(e.message).toContain(`U+${code}`);
  });

  it('names the right line of a control character in a CR-only file', () => {
    expect(importErrorOf(() => decode(utf8('一\r二\r三\u0001'), 'a.txt')).line).toBe(3);
  });

  it('refuses a control character inside UTF-16 text at its line', () => {
    expect(importErrorOf(() => decode(utf16('一\n二\u0000\n', false), 'a.txt')).line).toBe(2);
  });

  it('refuses the control-character fixture at line 5', () => {
    const e = importErrorOf(() => decode(fixtureBytes('bad-control.txt'), 'bad-control.txt'));
    expect(e.line).toBe(5);
    expect(e.message).toContain('U+001B');
  });

  it('refuses bytes that are neither UTF-8 nor GB18030, naming the line', () => {
    const e = importErrorOf(() => decode(new Uint8Array([...utf8('甲\n乙\n'), 0xff, 0xff, 0x0a]), 'bad.txt'));
    expect(e.line).toBe(3);
    expect(e.message).toMatch(/编码/);
  });

  it('refuses text that decodes as GB18030 but is not Chinese (Cyrillic fixture)', () => {
    const bytes = fixtureBytes('bad-encoding.txt');
    // The GB18030 decoder accepts these bytes; only the plausibility check refuses them.
    expect(() => new TextDecoder('gb18030', { fatal: true }).decode(bytes)).not.toThrow();
    const e = importErrorOf(() => decode(bytes, 'bad-encoding.txt'));
    expect(e.line).toBe(3);
    expect(e.message).toContain('第 9 字节');
  });

  it.each([
    ['bad-euckr.txt', 'euc-kr', '韩文 EUC-KR'],
    ['bad-shiftjis.txt', 'shift_jis', '日文 Shift-JIS'],
  ])('refuses %s (%s), saying what it looks like, at the line of its first non-UTF-8 byte', (fixture, encoding, looks) => {
    const bytes = fixtureBytes(fixture);
    // The fixture really is its source text in that encoding.
    expect(new TextDecoder(encoding, { fatal: true }).decode(bytes)).toBe(encodingSource(`${encoding}.txt`));
    // The GB18030 decoder accepts both: before the plausibility score, both imported as nonsense hanzi.
    expect(() => new TextDecoder('gb18030', { fatal: true }).decode(bytes)).not.toThrow();
    const e = importErrorOf(() => decode(bytes, fixture));
    expect(e.file).toBe(fixture);
    expect(e.line).toBe(1);
    expect(e.message).toContain(`看起来是${looks} 编码`);
    expect(e.message).toMatch(/无法识别的编码/);
    // Bytes of the same text placed after two UTF-8 lines: the line of the first bad byte.
    const later = new Uint8Array([...utf8('甲\n乙\n'), ...bytes]);
    expect(importErrorOf(() => decode(later, fixture)).line).toBe(3);
  });

  it("refuses the issue's Korean line (EUC-KR read as GBK gives common-looking hanzi)", () => {
    const korean = fixtureBytes('bad-euckr.txt').subarray(0, 43);
    expect(new TextDecoder('gb18030').decode(korean)).toMatch(/^辑匡漂喊矫 辆肺备没 2020斥/);
    expect(importErrorOf(() => decode(korean, 'ko.txt')).message).toContain('韩文 EUC-KR');
  });

  it('refuses a UTF-8 BOM followed by bytes that are not UTF-8, at their line', () => {
    const e = importErrorOf(() => decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('甲\n乙\n'), 0xc4, 0xe3, 0x0a]), 'a.txt'));
    expect(e.line).toBe(3);
    expect(e.message).toMatch(/BOM/);
  });

  it('refuses a UTF-16 BOM followed by a lone surrogate, at its line', () => {
    const le = utf16('甲\n乙\n丙\ud800丁', true);
    expect(importErrorOf(() => decode(le, 'a.txt')).line).toBe(3);
    const be = utf16('甲\r\n乙\ud800', false);
    expect(importErrorOf(() => decode(be, 'a.txt')).line).toBe(2);
  });

  it('refuses a UTF-16 file cut in the middle of a code unit', () => {
    const bytes = utf16('甲\n乙', true);
    const e = importErrorOf(() => decode(bytes.subarray(0, bytes.length - 1), 'a.txt'));
    expect(e.line).toBe(2);
    expect(e.message).toMatch(/UTF-16LE/);
  });

  it('says UTF-16 without a BOM, not binary, for such a Chinese text', () => {
    for (const littleEndian of [true, false]) {
      const e = importErrorOf(() => decode(utf16(seedText(SEED.s004), littleEndian, false), 'a.txt'));
      expect(e.line).toBe(1);
      expect(e.message).toMatch(/没有 BOM 的 UTF-16/);
    }
    expect(importErrorOf(() => decode(fixtureBytes('bad-utf16-nobom.txt'), 'x')).message).toMatch(/没有 BOM 的 UTF-16/);
  });

  it('still calls a binary file binary, not UTF-16', () => {
    expect(importErrorOf(() => decode(fixtureBytes('bad-binary.txt'), 'x')).message).not.toMatch(/UTF-16/);
  });
});
