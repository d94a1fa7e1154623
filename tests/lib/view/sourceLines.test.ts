import { describe, expect, it } from 'vitest';
import { sourceLines, titleSourceLines } from '../../../src/lib/view/sourceLines.ts';

describe('sourceLines', () => {
  it('keeps each non-blank line with its source line number, without indentation', () => {
    expect(sourceLines('\n\u3000\u3000一、总结\n   \n正文。 \n\t\u3000', 15)).toEqual([
      { line: 16, text: '一、总结' },
      { line: 18, text: '正文。' },
    ]);
  });

  it('keeps markup-like text as it is', () => {
    expect(sourceLines('<script>alert(1)</script>\n---\n{expr} <!-- x -->', 1).map((l) => l.text)).toEqual([
      '<script>alert(1)</script>',
      '---',
      '{expr} <!-- x -->',
    ]);
  });

  it('keeps the tab between a 目录 title and its page number', () => {
    expect(sourceLines('目录\n2018年工作总结\t2', 1)).toEqual([
      { line: 1, text: '目录' },
      { line: 2, text: '2018年工作总结\t2' },
    ]);
  });

  it('returns nothing for an empty or blank text', () => {
    expect(sourceLines('', 3)).toEqual([]);
    expect(sourceLines('\n \n', 3)).toEqual([]);
  });
});

describe('titleSourceLines', () => {
  const source = { lines: [13, 32] as [number, number] };
  it('places the title lines after the notice line', () => {
    expect(titleSourceLines({ titleLines: ['主标题', '\u3000副标题'], sourceNote: '本文系…', source })).toEqual([
      { line: 14, text: '主标题' },
      { line: 15, text: '副标题' },
    ]);
  });

  it('starts at the sample’s first line without a notice, and is empty without a title', () => {
    expect(titleSourceLines({ titleLines: ['标题'], sourceNote: null, source })).toEqual([{ line: 13, text: '标题' }]);
    expect(titleSourceLines({ titleLines: [], sourceNote: null, source })).toEqual([]);
  });
});
