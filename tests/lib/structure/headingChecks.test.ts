import { describe, expect, it } from 'vitest';
import { structure } from './helpers.ts';

const of = (body: string, kind: string) =>
  structure(body)
    .anomalies.filter((a) => a.kind === kind)
    .map((a) => a.lines);

describe('mixed-markers', () => {
  it('首先是 beside 一是 among sibling sections of one role', () => {
    expect(of('开头。\n一、甲\n（一）a。一是x。二是y。\n（二）b。一是x。二是y。\n（三）c。首先是x。其次是y。', 'mixed-markers')).toEqual([
      [5],
    ]);
  });
  it('half-width (一) beside full-width （一）', () => {
    expect(of('开头。\n一、甲\n（一）a。\n（二）b。\n(三)c。', 'mixed-markers')).toEqual([[5]]);
  });
  it('top-level dash lines beside an unnumbered heading', () => {
    expect(
      of('开头。\n——这一年，我们有新提高\n一是a。\n——这一年，我们有新作为\n一是b。\n2020年的工作计划\n一是c。', 'mixed-markers'),
    ).toEqual([[6]]);
  });
  it('not for different forms in parts of different roles', () => {
    expect(
      of('开头。\n一、甲\n一是a。二是b。\n一年来虽有成绩，但也存在一些不足。\n一要加强学习。\n二要改进作风。', 'mixed-markers'),
    ).toEqual([]);
  });
});

describe('heading-punctuation', () => {
  it('whole-line headings of one depth, some closed with 。 and some not', () => {
    expect(of('开头。\n一、甲乙。\n正文。\n二、丙丁。\n正文。\n三、戊己\n正文。', 'heading-punctuation')).toEqual([[2, 4, 6]]);
  });
  it('a half-width comma in one heading where its siblings use full-width', () => {
    expect(of('开头。\n——这一年，我们有提高\n正文。\n——这一年,我们有作为\n正文。', 'heading-punctuation')).toEqual([[4]]);
  });
  it('an item whose lead phrase is closed by a comma among short lead phrases', () => {
    const run =
      '（一）党建。一是完善党建工作体系，制定出台两个实施意见，从阵地建设、队伍建设、制度建设等方面全面加强。二是夯实基础。正文。三是打造阵地。正文。';
    expect(of(`开头。\n一、甲\n${run}`, 'heading-punctuation')).toEqual([[3]]);
  });
  it('not for consistent headings', () => {
    expect(of('开头。\n一、甲乙\n二、丙丁\n（一）a。一是x。二是y。三是z。', 'heading-punctuation')).toEqual([]);
  });
});

describe('heading-text', () => {
  it('a heading that stops on an unfinished word', () => {
    expect(of('开头。\n一、甲\n（一）a。一是提高重点信息公开的主动。正文。\n二是加强、', 'heading-text')).toEqual([[3], [4]]);
  });
  it('not for ordinary endings', () => {
    expect(of('开头。\n一、重点工作注重协调、全面参与\n二、提高工作的主动性', 'heading-text')).toEqual([]);
  });
});
