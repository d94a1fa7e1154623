import { describe, expect, it } from 'vitest';
import { perspectiveOf } from '../../../src/lib/import/perspective.ts';

describe('perspectiveOf', () => {
  it('is individual when the title names a role', () => {
    expect(perspectiveOf('2018年办公室工作总结（县委办秘书）', '秘书', '我办全年办文XX件。')).toBe('individual');
  });

  it('is individual when the title says 个人', () => {
    expect(perspectiveOf('2020年个人工作总结', null, '全年办文XX件。')).toBe('individual');
  });

  it('is individual when the body speaks as 我/本人 at least three times', () => {
    expect(perspectiveOf('工作总结', null, '我深知责任之重。我始终坚持学习。本人认真履职。')).toBe('individual');
  });

  it('does not count 我们, 我办, 我镇, 我县… as a person', () => {
    expect(perspectiveOf('工作总结', null, '我们认真履职。我办全年办文。我镇经济发展。我县统筹。我局推进。')).toBe('unit');
  });

  it('reads traditional characters folded: 我們, 我辦, 我縣 speak for a unit, 個人 names a person', () => {
    expect(perspectiveOf('工作總結', null, '我們認真履職。我辦全年辦文。我縣統籌推進。我們將繼續努力。')).toBe('unit');
    expect(perspectiveOf('2020年個人工作總結', null, '全年辦文XX件。')).toBe('individual');
  });

  it('stays unit with fewer than three first-person uses', () => {
    expect(perspectiveOf('工作总结', null, '我深知责任之重。本人认真履职。')).toBe('unit');
  });

  it('is unit for an office summary', () => {
    expect(perspectiveOf('2018年办公室工作总结（县政府办）', null, '2018年，县政府办紧紧围绕县委、县政府中心工作。')).toBe('unit');
  });
});
