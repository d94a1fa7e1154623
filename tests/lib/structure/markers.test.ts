import { describe, expect, it } from 'vitest';
import { fold } from '../../../src/lib/structure/fold.ts';
import { enumerationMarks, lineMarkAt } from '../../../src/lib/structure/markers.ts';

const mark = (s: string) => lineMarkAt(s, fold(s), 0);
const items = (s: string) => enumerationMarks(s, fold(s), 0, s.length).map((m) => m.text);

describe('lineMarkAt', () => {
  it.each([
    ['一、工作回顾', 'cn', '一、', 1],
    ['十二、其他', 'cn', '十二、', 12],
    ['（三）政务督查', 'cn-paren', '（三）', 3],
    ['(三)政务督查', 'cn-paren', '(三)', 3],
    ['1.履行主责', 'num', '1.', 1],
    ['2、精细服务', 'num', '2、', 2],
    ['１．全角序号', 'num', '１．', 1],
    ['（2）小项', 'num-paren', '（2）', 2],
    ['(１)小项', 'num-paren', '(１)', 1],
    ['③第三项', 'circled', '③', 3],
    ['——这一年，我们', 'dash', '——', null],
  ] as const)('%s', (line, family, text, number) => {
    expect(mark(line)).toMatchObject({ family, text, number });
  });

  it.each(['6 个，分别是', '132 篇。', '1.5万元', '2018年，我办', '县(处)级干部', '———分隔线', '第一要务', '一年来，我们'])(
    '%s is not a mark',
    (line) => {
      expect(mark(line)).toBeNull();
    },
  );

  it('tells the forms of one family apart', () => {
    expect(mark('（一）甲')!.form).toBe('（N）');
    expect(mark('(一)甲')!.form).toBe('(N)');
    expect(mark('1.甲')!.form).toBe('N.');
    expect(mark('1、甲')!.form).toBe('N、');
  });
});

describe('enumerationMarks', () => {
  it('finds items at the paragraph start and after a sentence or clause end', () => {
    expect(items('一是细致办文。按标准办。二是严谨办会；三是高效办事：四是其他')).toEqual(['一是', '二是', '三是', '四是']);
  });
  it('finds an item after 即', () => {
    expect(items('落实三个从严。即一是自身建设从严。')).toEqual(['一是']);
  });
  it('finds 一要 and 首先是/其次是 and comma forms', () => {
    expect(items('一要加强学习。二要规范。')).toEqual(['一要', '二要']);
    expect(items('首先是推进机制。其次是完善形式。')).toEqual(['首先是', '其次是']);
    expect(items('首先，加强学习。其次，改进作风。最后，严守纪律。')).toEqual(['首先，', '其次，', '最后，']);
  });
  it('never inside a word', () => {
    expect(items('把办文作为第一要务。统一是原则。打通最后一公里。唯一要求是快。')).toEqual([]);
  });
  it('numbers items, with 最后 unnumbered', () => {
    const found = enumerationMarks('一是甲。十是乙。十二是丙。最后是丁。', fold('一是甲。十是乙。十二是丙。最后是丁。'), 0, 20);
    expect(found.map((m) => m.number)).toEqual([1, 10, 12, null]);
  });
});
