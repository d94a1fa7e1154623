import { describe, expect, it } from 'vitest';
import { topHeadingLines } from '../../../src/lib/import/headingLines.ts';

describe('topHeadingLines', () => {
  it('finds numbered top-level lines and short unpunctuated lines, with source line numbers', () => {
    const body = [
      '2019年，面对改革发展的机遇挑战，党政办全体同志认真履职。',
      '一、主要工作',
      '（一）办文。全年办文XX件。',
      '\u3000\u3000二、存在问题，主要有以下几点：',
      '',
      '2020年的工作计划',
      '三.下一步打算',
    ].join('\n');
    expect(topHeadingLines(body, 10)).toEqual([
      { line: 11, text: '一、主要工作' },
      { line: 13, text: '二、存在问题，主要有以下几点：' },
      { line: 15, text: '2020年的工作计划' },
      { line: 16, text: '三.下一步打算' },
    ]);
  });

  it('ignores second-level numbers, sentences and blank lines', () => {
    expect(topHeadingLines('（一）综合协调\n这是一句话。\n\n  \n1.强化办文，做好服务', 1)).toEqual([]);
  });

  it('ignores short lines over 24 characters', () => {
    expect(topHeadingLines('字'.repeat(25), 1)).toEqual([]);
    expect(topHeadingLines('字'.repeat(24), 1)).toEqual([{ line: 1, text: '字'.repeat(24) }]);
  });
});
