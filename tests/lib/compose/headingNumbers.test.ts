import { describe, expect, it } from 'vitest';
import { draftMarks, headingMark, type DraftHeading } from '../../../src/lib/compose/headingNumbers.ts';

const h = (depth: number, text: string): DraftHeading => ({ depth, mark: headingMark(text) });

describe('headingMark', () => {
  it('reads a heading’s mark as the engine does', () => {
    expect(headingMark('二、存在问题')).toMatchObject({ family: 'cn', form: 'N、', text: '二、', number: 2 });
    expect(headingMark('（三）下好“服务棋”')).toMatchObject({ family: 'cn-paren', text: '（三）', number: 3 });
    expect(headingMark('１．精心履职')).toMatchObject({ family: 'num', text: '１．', number: 1 });
    expect(headingMark('二是严谨办会')).toMatchObject({ family: 'enum', form: 'N是', text: '二是', number: 2 });
    expect(headingMark('最后，加强学习')).toMatchObject({ family: 'enum', number: null });
    expect(headingMark('——坚持一个原则')).toMatchObject({ family: 'dash', number: null });
    expect(headingMark('2020年的工作计划')).toBeNull();
  });
});

describe('draftMarks', () => {
  it('numbers top-level headings across the draft', () => {
    expect(draftMarks([h(1, '二、成绩'), h(1, '二、问题'), h(1, '五、打算')])).toEqual(['一、', null, '三、']);
  });

  it('restarts a sub-level under each new parent and continues it under the same one', () => {
    const marks = draftMarks([
      h(1, '一、成绩'),
      h(2, '（二）办文'),
      h(2, '（三）办会'),
      h(1, '三、问题'),
      h(2, '（二）学习'),
      h(2, '（四）作风'),
    ]);
    expect(marks).toEqual([null, '（一）', '（二）', '二、', '（一）', '（二）']);
    // A section of sub-headings placed after a part goes on under that part's last heading.
    expect(draftMarks([h(1, '一、成绩'), h(2, '（一）办文'), h(2, '（一）办会'), h(2, '（二）接待')])).toEqual([
      null,
      null,
      '（二）',
      '（三）',
    ]);
  });

  it('numbers each family apart at one depth, and each form as written', () => {
    expect(draftMarks([h(1, '一、成绩'), h(2, '（一）办文'), h(2, '2、办会'), h(2, '（三）接待'), h(2, '3、值班')])).toEqual([
      null,
      null,
      '1、',
      '（二）',
      '2、',
    ]);
    expect(draftMarks([h(1, '一、成绩'), h(2, '二是办文'), h(2, '三要办会')])).toEqual([null, '一是', '二要']);
  });

  it('leaves dashes, unnumbered headings and 最后 as written, and 首先 words in their order', () => {
    expect(
      draftMarks([h(1, '二、成绩'), h(2, '——坚持原则'), h(2, '——贯穿红线'), h(1, '打算'), h(2, '其次是学习'), h(2, '最后，作风')]),
    ).toEqual(['一、', null, null, null, '首先是', null]);
  });

  it('keeps a mark already in its place as written, full-width digits too', () => {
    expect(draftMarks([h(1, '１．甲'), h(1, '２．乙'), h(1, '１．丙')])).toEqual([null, null, '3．']);
  });
});
