import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { punctuationAnomalies, quotedRanges, whitespaceAnomalies } from '../../../src/lib/structure/typography.ts';

describe('whitespace', () => {
  it('indentation on some paragraphs only: the minority is flagged', () => {
    expect(whitespaceAnomalies('　　甲。\n乙。\n丙。', 10).map((a) => a.lines)).toEqual([[10]]);
  });
  it('trailing spaces and whitespace-only lines, but not empty ones', () => {
    expect(whitespaceAnomalies('甲。  \n\n   \n乙。', 1).map((a) => a.lines)).toEqual([[1, 3]]);
  });
  it('a stray space in running text, but not inside a quoted name or slogan', () => {
    const found = whitespaceAnomalies('确保24 小时在岗。落实“三会一课” 制度。《营商环境 全面深化》“不忘初心 牢记使命”', 1);
    expect(found).toHaveLength(1);
    expect(found[0]!.detail).toContain('24 小时');
    expect(found[0]!.detail).toContain('“三会一课” 制度');
    expect(found[0]!.detail).not.toContain('不忘初心');
  });
  it('a no-break space', () => {
    expect(
      whitespaceAnomalies('1、精心履职\u00a0', 4)
        .map((a) => a.detail)
        .join(),
    ).toContain('U+00A0');
  });
  it('nothing for clean text', () => {
    expect(whitespaceAnomalies('甲。\n\n乙。', 1)).toEqual([]);
  });
});

describe('punctuation', () => {
  it('half-width , ; ( ) among Chinese text', () => {
    const [a] = punctuationAnomalies('坚持开门搞活动,敞开大门。\n参加县(处)级培训;完成。', 1);
    expect(a!.lines).toEqual([1, 2]);
    expect(a!.detail).toContain('「,」');
    expect(a!.detail).toContain('「;」');
  });
  it('the katakana middle dot', () => {
    expect(punctuationAnomalies('“七・一”表彰', 3).map((a) => a.lines)).toEqual([[3]]);
  });
  it('not for figures, Latin text or the 1. mark', () => {
    expect(punctuationAnomalies('1.履行主责。增长2.5%，OA系统上线，时间8:30。', 1)).toEqual([]);
  });
});

describe('quotedRanges', () => {
  it('agrees with the pattern it replaces: each opening mark to the first closing one after it', () => {
    const lines = fc.string({ unit: fc.constantFrom('《', '》', '“', '”', '「', '」', ' ', '甲'), maxLength: 16 });
    fc.assert(
      fc.property(lines, (line) => {
        const expected = [...line.matchAll(/《[^》]*》|“[^”]*”|「[^」]*」/gu)].map((m) => [m.index, m.index + m[0].length]);
        expect(quotedRanges(line)).toEqual(expected);
      }),
      { numRuns: 5_000 },
    );
  });
  it('reads thousands of unclosed marks at once', () => {
    expect(quotedRanges(`${'《“'.repeat(50_000)}》`)).toEqual([[0, 100_001]]);
  });
});
