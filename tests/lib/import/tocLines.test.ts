import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLeaderLine, isOutlineLine, tocEntry } from '../../../src/lib/import/tocLines.ts';

/**
 * The patterns the 目录 readers replace: they backtrack, but they say what a 目录 line is.
 * The readers must agree with them on every line.
 */
const TOC_ENTRY = /^[\s\u3000]*(.*?)(?:[\t \u3000]+|[.．…·・]{2,})([0-9０-９]+)[\s\u3000]*$/u;
const TOC_LEADER = /^[\s\u3000]*\S.*?(?:\t|[.．…·・]{2,})[\s\u3000]*[0-9０-９]+[\s\u3000]*$/u;

/** Short lines of the characters that matter: spaces of every kind, line separators, leaders, digits, surrogates. */
const lines = fc.string({
  unit: fc.constantFrom(' ', '\t', '\u3000', '\u00a0', '\u2028', '.', '．', '…', '·', '1', '２', '甲', 'x', '\u{20000}', '\ud800'),
  maxLength: 14,
});

describe('tocEntry', () => {
  it('agrees with the pattern it replaces on every line', () => {
    fc.assert(
      fc.property(lines, (line) => {
        const m = TOC_ENTRY.exec(line);
        expect(tocEntry(line)).toEqual(m ? { title: m[1], page: m[2] } : null);
      }),
      { numRuns: 5_000 },
    );
  });

  it('reads titles and page numbers after dots, spaces or a tab', () => {
    expect(tocEntry('一、工作回顾……1')).toEqual({ title: '一、工作回顾', page: '1' });
    expect(tocEntry('　　第3篇 XX镇工作总结   １２ ')).toEqual({ title: '第3篇 XX镇工作总结', page: '１２' });
    expect(tocEntry('XX县政府办2020年工作总结\t7')).toEqual({ title: 'XX县政府办2020年工作总结', page: '7' });
    expect(tocEntry('XX县政府办2020年工作总结')).toBeNull();
  });

  it('reads a line of thousands of spaces at once', () => {
    expect(tocEntry(`${' '.repeat(100_000)}x`)).toBeNull();
    expect(tocEntry(`x${' '.repeat(100_000)}1`)).toEqual({ title: 'x', page: '1' });
  });
});

describe('isLeaderLine', () => {
  it('agrees with the pattern it replaces on every line', () => {
    fc.assert(
      fc.property(lines, (line) => {
        expect(isLeaderLine(line)).toBe(TOC_LEADER.test(line));
      }),
      { numRuns: 5_000 },
    );
  });

  it('takes leader dots or a tab, not spaces alone', () => {
    expect(isLeaderLine('一、工作回顾……1')).toBe(true);
    expect(isLeaderLine('一、工作回顾\t1')).toBe(true);
    expect(isLeaderLine('全年办文 12')).toBe(false);
  });

  it('reads a line of thousands of dots at once', () => {
    expect(isLeaderLine(`x${'.'.repeat(100_000)}`)).toBe(false);
    expect(isLeaderLine(`x${'.'.repeat(100_000)}9`)).toBe(true);
  });
});

describe('isOutlineLine', () => {
  it('takes a short numbered heading line with no page number', () => {
    expect(isOutlineLine('一、2023年工作回顾')).toBe(true);
    expect(isOutlineLine('（二）存在的问题')).toBe(true);
    expect(isOutlineLine('3.下一步打算')).toBe(true);
  });

  it('refuses a body paragraph that opens with a mark, and unnumbered lines', () => {
    expect(isOutlineLine('一、主要工作。全年办文XX件')).toBe(false);
    expect(isOutlineLine('（一）加强学习，提升素质')).toBe(false);
    expect(isOutlineLine('XX县政府办公室2023年工作总结')).toBe(false);
    expect(isOutlineLine(`一、${'工作'.repeat(25)}`)).toBe(false);
  });
});
