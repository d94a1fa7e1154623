import { describe, expect, it } from 'vitest';
import { topHeadingLines } from '../../../src/lib/import/headingLines.ts';
import { hasPlan } from '../../../src/lib/import/plan.ts';

const check = (title: string, body: string) => hasPlan(title, topHeadingLines(body, 1), body, 1);

describe('hasPlan', () => {
  it('is true when the title announces a plan', () => {
    expect(check('党政办公室2019年工作总结及2020年工作计划', '一、办文。全年办文XX件。')).toBe(true);
  });

  it.each(['三、下一步工作打算', '二、2019年工作思路', '三、明年工作安排及下步工作', '2020年的工作计划'])(
    'is true with the plan heading %j',
    (heading) => {
      expect(check('2018年工作总结', `开头一段。\n一、主要工作\n做了很多。\n${heading}\n一是加强学习。二是改进作风。`)).toBe(true);
    },
  );

  it('is true for an unheaded plan after a paragraph that admits shortcomings and looks ahead', () => {
    const body = [
      '一、主要工作',
      '（一）办文。全年办文XX件。',
      '一年来，我们虽然取得了一些成绩，但也存在一些不足。下步工作中，我们将重点做好以下工作。',
      '一是加强学习。二是改进作风。三是提升质量。',
    ].join('\n');
    expect(check('2018年工作总结', body)).toBe(true);
  });

  it('is false when that enumeration sits under a problems heading', () => {
    const body = ['一、主要工作', '做了很多。', '二、存在的问题和不足', '主要问题有，下一步将改进：', '一是学习不够。二是作风不实。'].join('\n');
    expect(check('2018年工作总结', body)).toBe(false);
  });

  it('is false for an enumeration after a paragraph that only admits shortcomings', () => {
    const body = ['一、主要工作', '做了很多。', '工作中也存在一些不足。', '一是学习不够。二是作风不实。'].join('\n');
    expect(check('2018年工作总结', body)).toBe(false);
  });

  it('is false for a closing pledge', () => {
    const body = ['一、主要工作', '做了很多。', '新的一年，我们将再接再厉，为全县发展作出新的更大贡献！'].join('\n');
    expect(check('2018年工作总结', body)).toBe(false);
  });

  it('is false for a summary of achievements only', () => {
    expect(check('2018年工作总结', '开头。\n一、办文\n一是细致办文。二是严谨办会。')).toBe(false);
  });
});
