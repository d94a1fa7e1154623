import { describe, expect, it } from 'vitest';
import { markerFor } from '../../../src/lib/structure/numbering.ts';
import { structure } from './helpers.ts';

const numbering = (body: string) =>
  structure(body)
    .anomalies.filter((a) => a.kind.startsWith('numbering'))
    .map((a) => `${a.kind}@${a.lines.join(',')}→${a.expected}`);

describe('numbering anomalies', () => {
  it('a repeated top-level number, with the mark it should carry', () => {
    expect(numbering('开头。\n一、甲\n二、乙\n三、丙\n二、今年下半年工作思路')).toEqual(['numbering-repeat@5→四、']);
  });

  it('a skipped number', () => {
    expect(numbering('开头。\n一、甲\n（一）子。\n（三）子。\n二、乙')).toEqual(['numbering-skip@4→（二）']);
  });

  it('a restart at one among siblings', () => {
    expect(numbering('开头。\n一、甲\n二、乙\n一、丙')).toEqual(['numbering-restart@4→三、']);
  });

  it('sequences restart under each parent and in each part', () => {
    expect(numbering('开头。\n一、甲\n（一）子。一是a。二是b。\n（二）子。一是c。\n二、乙\n（一）子。')).toEqual([]);
    expect(
      numbering('开头。\n一、甲\n（一）子。一是a。\n一年来，我办虽有成绩，但也还存在一些不足。\n一是加强学习。二是改进作风。'),
    ).toEqual([]);
  });

  it('首先/其次/最后 is a sequence too; 最后 closes it at any length', () => {
    expect(numbering('开头。\n一、甲\n首先是a。其次是b。最后是c。')).toEqual([]);
    expect(numbering('开头。\n一、甲\n首先，a。再次，b。')).toEqual(['numbering-skip@3→其次，']);
  });
});

describe('markerFor', () => {
  it('writes a number in the family’s numerals and form', () => {
    expect(markerFor({ family: 'cn', form: 'N、' }, 4)).toBe('四、');
    expect(markerFor({ family: 'cn-paren', form: '(N)' }, 12)).toBe('(十二)');
    expect(markerFor({ family: 'num', form: 'N.' }, 3)).toBe('3.');
    expect(markerFor({ family: 'enum', form: 'N要' }, 2)).toBe('二要');
    expect(markerFor({ family: 'circled', form: 'N' }, 2)).toBe('②');
    expect(markerFor({ family: 'enum', form: '首先是' }, 2)).toBe('其次是');
  });
});
