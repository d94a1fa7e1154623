import { describe, expect, it } from 'vitest';
import { constructTitle, joinTitleLines, runInTitle } from '../../../src/lib/import/title.ts';

describe('joinTitleLines', () => {
  it('runs a unit line into the period line with no separator (003)', () => {
    expect(joinTitleLines(['党政办公室', '2019年工作总结及2020年工作计划'])).toBe('党政办公室2019年工作总结及2020年工作计划');
  });

  it('joins a two-line headline with one ASCII space and keeps inner spaces (002)', () => {
    expect(joinTitleLines(['主动作为  提质增效', '不断推动办公室工作高质量发展'])).toBe('主动作为  提质增效 不断推动办公室工作高质量发展');
  });

  it('returns a single line trimmed of indentation', () => {
    expect(joinTitleLines(['\u3000\u30002018年办公室工作总结（街道办）  '])).toBe('2018年办公室工作总结（街道办）');
  });

  it.each([
    [['XX县财政局', '2020年工作总结'], 'XX县财政局2020年工作总结'],
    [['XX镇党委', '2020年工作总结'], 'XX镇党委2020年工作总结'],
    [['XX县人民政府', '2020年工作总结'], 'XX县人民政府2020年工作总结'],
    [['XX街道办事处', '2020年工作总结'], 'XX街道办事处2020年工作总结'],
  ])('treats %j as unit + period', (lines, title) => {
    expect(joinTitleLines(lines)).toBe(title);
  });

  it('joins three lines, deciding the separator line by line', () => {
    expect(joinTitleLines(['砥砺奋进', 'XX县政府办', '2020年工作总结'])).toBe('砥砺奋进 XX县政府办2020年工作总结');
  });
});

describe('joinTitleLines: running numbers and traditional characters', () => {
  it('leaves out a `第N篇` prefix or line', () => {
    expect(joinTitleLines(['第1篇：XX县民政局办公室2020年上半年工作总结'])).toBe('XX县民政局办公室2020年上半年工作总结');
    expect(joinTitleLines(['第2篇', 'XX街道党工委办公室2021年工作总结'])).toBe('XX街道党工委办公室2021年工作总结');
  });

  it('runs a unit line written in traditional characters into the period line', () => {
    expect(joinTitleLines(['黨政辦公室', '2019年工作總結'])).toBe('黨政辦公室2019年工作總結');
  });
});

describe('constructTitle', () => {
  it('builds organ + half-year + 工作总结 (004)', () => {
    expect(constructTitle('街道党政综合办公室', null, '上半年')).toBe('街道党政综合办公室上半年工作总结');
  });

  it('puts the year before the half-year label', () => {
    expect(constructTitle('镇党政办', 2022, '下半年')).toBe('镇党政办2022年下半年工作总结');
  });

  it('builds organ + year for an annual summary', () => {
    expect(constructTitle('县政府办公室', 2019, null)).toBe('县政府办公室2019年工作总结');
  });

  it('falls back to 工作总结 when nothing is known', () => {
    expect(constructTitle(null, null, null)).toBe('工作总结');
  });
});

describe('runInTitle', () => {
  it('reads the title at the head of a flattened line, as written', () => {
    expect(runInTitle('2021年度区政府办工作总结2021年是“十四五”开局之年，区政府办…')).toBe('2021年度区政府办工作总结');
    expect(runInTitle('XX区委办公室2020年工作总结2020年，区委办公室…')).toBe('XX区委办公室2020年工作总结');
    expect(runInTitle('　　XX镇党政办2022年述职报告根据安排，现述职如下：')).toBe('XX镇党政办2022年述职报告');
  });

  it('takes no sentence for a title', () => {
    expect(runInTitle('现将2019年工作总结如下：')).toBeNull();
    expect(runInTitle('2019年，我办认真履职，工作总结如下：')).toBeNull();
    expect(runInTitle('办公室认真做好工作总结报告如下：')).toBeNull();
    expect(runInTitle('一年来，我们认真学习。')).toBeNull();
    expect(runInTitle('工作总结')).toBeNull();
  });
});
