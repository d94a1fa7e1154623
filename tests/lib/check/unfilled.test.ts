import { describe, expect, it } from 'vitest';
import { unfilled } from '../../../src/lib/check/unfilled.ts';

describe('unfilled', () => {
  it('finds placeholders and slots anywhere in the draft, title included, one entry per token', () => {
    const text = '20XX年XX县政府办公室工作总结\n全年办文【数量】件，办会XX次。\n办事【数量】件，*同志。\n【单位】召开会议。';
    expect(unfilled(text)).toEqual([
      { token: '20XX', kind: 'placeholder', count: 1, lines: [1] },
      { token: 'XX', kind: 'placeholder', count: 2, lines: [1, 2] },
      { token: '【数量】', kind: 'slot', count: 2, lines: [2, 3] },
      { token: '*', kind: 'placeholder', count: 1, lines: [3] },
      { token: '【单位】', kind: 'slot', count: 1, lines: [4] },
    ]);
  });

  it('ignores ordinary words, figures and brackets that are no slot', () => {
    expect(unfilled('OA系统办文164件，【重要】事项APP上线。')).toEqual([]);
  });
});
