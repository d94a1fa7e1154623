import { describe, expect, it } from 'vitest';
import { abstractNum, numberingXml, num, numPr, paragraphStyle, stylesXml, type LevelDef } from '../../../scripts/fixtures/wordml.ts';
import { formatNumber, WordNumbering } from '../../../src/lib/read/wordNumbering.ts';

describe('formatNumber', () => {
  it.each([
    [1, 'decimal', '1'],
    [12, 'decimalZero', '12'],
    [5, 'decimalZero', '05'],
    [1, 'chineseCounting', '一'],
    [10, 'chineseCounting', '十'],
    [11, 'chineseCounting', '十一'],
    [20, 'chineseCounting', '二十'],
    [21, 'chineseCountingThousand', '二十一'],
    [100, 'chineseCountingThousand', '一百'],
    [101, 'chineseCountingThousand', '一百零一'],
    [110, 'chineseCountingThousand', '一百一十'],
    [1000, 'chineseCountingThousand', '一千'],
    [10001, 'chineseCountingThousand', '一万零一'],
    [12, 'chineseLegalSimplified', '壹拾贰'],
    [1, 'ideographTraditional', '甲'],
    [10, 'ideographTraditional', '癸'],
    [11, 'ideographTraditional', '甲'],
    [1, 'decimalEnclosedCircleChinese', '①'],
    [20, 'decimalEnclosedCircle', '⑳'],
    [21, 'decimalEnclosedCircle', '㉑'],
    [51, 'decimalEnclosedCircle', '51'],
    [12, 'decimalFullWidth', '１２'],
    [1, 'upperLetter', 'A'],
    [27, 'upperLetter', 'AA'],
    [28, 'lowerLetter', 'bb'],
    [4, 'upperRoman', 'IV'],
    [1994, 'upperRoman', 'MCMXCIV'],
    [9, 'lowerRoman', 'ix'],
    [105, 'ideographDigital', '一〇五'],
    [3, 'none', ''],
    [7, 'someFutureFormat', '7'],
  ])('%i as %s is %s', (n, format, text) => {
    expect(formatNumber(n, format)).toBe(text);
  });
});

/** Numbers for a sequence of paragraphs `[style, numId, ilvl]` in one document. */
function numbers(
  abstracts: string[],
  nums: string[],
  paragraphs: Array<[string | null, string | null, number | null]>,
  styles: string[] = [],
) {
  const numbering = new WordNumbering(numberingXml(abstracts, nums), stylesXml(styles));
  return paragraphs.map(([style, numId, ilvl]) => numbering.next(style, numId, ilvl));
}

const TWO: LevelDef[] = [
  { format: 'chineseCounting', text: '%1、', suffix: 'nothing' },
  { format: 'chineseCounting', text: '（%2）', suffix: 'nothing' },
];

describe('WordNumbering', () => {
  it('restarts a lower level when a higher one advances, unless lvlRestart says never', () => {
    const seq: Array<[null, string, number]> = [
      [null, '1', 0],
      [null, '1', 1],
      [null, '1', 1],
      [null, '1', 0],
      [null, '1', 1],
    ];
    expect(numbers([abstractNum(0, TWO)], [num(1, 0)], seq)).toEqual(['一、', '（一）', '（二）', '二、', '（一）']);
    const never = [TWO[0]!, { ...TWO[1]!, restart: 0 }];
    expect(numbers([abstractNum(0, never)], [num(1, 0)], seq)).toEqual(['一、', '（一）', '（二）', '二、', '（三）']);
  });

  it('continues a list across lists sharing its definition; a start override restarts where first used', () => {
    const abstracts = [abstractNum(0, TWO)];
    const nums = [num(1, 0), num(2, 0), num(3, 0, { 0: 1 })];
    const seq: Array<[null, string, number]> = [
      [null, '1', 0],
      [null, '2', 0],
      [null, '3', 0],
      [null, '3', 0],
      [null, '1', 0],
    ];
    expect(numbers(abstracts, nums, seq)).toEqual(['一、', '二、', '一、', '二、', '三、']);
  });

  it('numbers through the paragraph style and the styles it is based on; numId 0 cancels', () => {
    const styles = [
      paragraphStyle('1', 'heading 1', numPr(1, 0)),
      `<w:style w:type="paragraph" w:styleId="h1x"><w:name w:val="my heading"/><w:basedOn w:val="1"/></w:style>`,
    ];
    const seq: Array<[string | null, string | null, number | null]> = [
      ['1', null, null],
      ['h1x', null, null],
      ['1', null, 1],
      ['1', '0', null],
      [null, null, null],
    ];
    expect(numbers([abstractNum(0, TWO)], [num(1, 0)], seq, styles)).toEqual(['一、', '二、', '（一）', null, null]);
  });

  it('finds the level of a style with no ilvl by the level linked to the style', () => {
    const styles = [paragraphStyle('2', 'heading 2', '<w:numPr><w:numId w:val="1"/></w:numPr>')];
    const levels = [TWO[0]!, { ...TWO[1]!, style: '2' }];
    expect(numbers([abstractNum(0, levels)], [num(1, 0)], [['2', null, null]], styles)).toEqual(['（一）']);
  });

  it('writes legal numbering in decimals, a space suffix as a space, no tab', () => {
    const levels: LevelDef[] = [
      { format: 'upperRoman', text: '%1.' },
      { format: 'lowerLetter', text: '%1.%2', legal: true, suffix: 'space' },
    ];
    expect(
      numbers(
        [abstractNum(0, levels)],
        [num(1, 0)],
        [
          [null, '1', 0],
          [null, '1', 1],
        ],
      ),
    ).toEqual(['I.', '1.1 ']);
  });

  it('writes nothing without numbering.xml, or for an unknown list', () => {
    expect(new WordNumbering(null, null).next(null, '1', 0)).toBeNull();
    expect(numbers([abstractNum(0, TWO)], [num(1, 0)], [[null, '9', 0]])).toEqual([null]);
  });
});
