import { describe, expect, it } from 'vitest';
import { cutDraft } from '../../../src/lib/check/draft.ts';

describe('cutDraft', () => {
  it('cuts notice, title lines and body as the importer does, in draft lines', () => {
    const d = cutDraft(
      '本文系邮箱投稿，仅供学习参考，请勿照搬照抄！\r\n2018年办公室工作总结（县政府办）\r\n今年以来，我办认真履职。\r\n一、加强学习\r\n',
    );
    expect(d.raw.sourceNote).toBe('本文系邮箱投稿，仅供学习参考，请勿照搬照抄！');
    expect(d.raw.titleLines).toEqual(['2018年办公室工作总结（县政府办）']);
    expect(d.raw.bodyStart).toBe(3);
    expect(d.raw.body.split('\n')[0]).toBe('今年以来，我办认真履职。');
    expect(d).toMatchObject({ texts: 1, problem: null });
  });

  it('skips blank lines before the title and keeps the draft line numbers', () => {
    const d = cutDraft('\n\n  \nXX县政府办公室2020年工作总结\n今年以来，我办认真履职。');
    expect(d.raw.titleLines).toEqual(['XX县政府办公室2020年工作总结']);
    expect(d.raw.bodyStart).toBe(5);
  });

  it('a draft without a title is all body', () => {
    const d = cutDraft('今年以来，我办认真履职，服务大局。\n一、加强学习');
    expect(d.raw.titleLines).toEqual([]);
    expect(d.raw.bodyStart).toBe(1);
  });

  it('a pasted compilation: the first text is checked and the count is said', () => {
    const n = '本文系邮箱投稿，仅供学习参考，请勿照搬照抄！';
    const d = cutDraft(`${n}\n甲办公室工作总结\n正文甲。\n${n}\n乙办公室工作总结\n正文乙。`);
    expect(d.texts).toBe(2);
    expect(d.raw.titleLines).toEqual(['甲办公室工作总结']);
    expect(d.raw.body).toBe('正文甲。');
  });

  it('a draft the importer refuses is read whole as body, with the reason', () => {
    const d = cutDraft('前言文字，不是目录。\n本文系邮箱投稿，仅供学习参考，请勿照搬照抄！\n甲办公室工作总结\n正文。');
    expect(d.raw.titleLines).toEqual([]);
    expect(d.raw.body.split('\n')).toHaveLength(4);
    expect(d.problem).toMatch(/^第 1 行：/);
  });
});
