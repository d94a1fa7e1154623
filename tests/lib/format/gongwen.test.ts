import { describe, expect, it } from 'vitest';
import { faceOf, GONGWEN, gongwenHtml, gongwenText, type GongwenDoc } from '../../../src/lib/format/gongwen.ts';

const doc: GongwenDoc = {
  title: [[{ slot: '年份', text: '2018' }, '年办公室工作总结（', { slot: '单位', text: '街道办' }, '）']],
  paragraphs: [
    { heading: null, runs: [{ depth: null, pieces: ['全年办理来文', { slot: '数量', text: '164' }, '件。'] }] },
    { heading: 1, runs: [{ depth: 1, pieces: ['一、主要工作'] }] },
    {
      heading: null,
      runs: [
        { depth: 2, pieces: ['（一）稳步推进制度建设。'] },
        { depth: null, pieces: ['一是制定<会议>制度 & 规则。'] },
      ],
    },
    { heading: 3, runs: [{ depth: 3, pieces: ['1.规范流转'] }] },
  ],
  outline: false,
};

/** Each `<p>` of the HTML: its style and its text. */
const paragraphs = (html: string) =>
  [...html.matchAll(/<p style="([^"]*)">(.*?)<\/p>/g)].map((m) => ({ style: m[1]!, inner: m[2]!, text: m[2]!.replace(/<[^>]+>/g, '') }));

describe('GB/T 9704 faces', () => {
  it('一级 黑体, 二级 楷体, 三级, 四级 and the body 仿宋', () => {
    expect([1, 2, 3, 4, null].map((d) => faceOf(d).name)).toEqual(['黑体', '楷体', '仿宋', '仿宋', '仿宋']);
    expect(GONGWEN.title.face.name).toBe('方正小标宋简体');
    expect(GONGWEN.title.face.fallbacks).toContain('宋体');
  });
});

describe('gongwenText', () => {
  it('writes the title, a blank line, then each paragraph opened by two ideographic spaces', () => {
    expect(gongwenText(doc, false).split('\n')).toEqual([
      '2018年办公室工作总结（街道办）',
      '',
      '　　全年办理来文164件。',
      '　　一、主要工作',
      '　　（一）稳步推进制度建设。一是制定<会议>制度 & 规则。',
      '　　1.规范流转',
    ]);
  });

  it('shows slots as their labels in a template', () => {
    expect(gongwenText(doc, true).split('\n').slice(0, 3)).toEqual([
      '【年份】年办公室工作总结（【单位】）',
      '',
      '　　全年办理来文【数量】件。',
    ]);
  });

  it('indents an outline by depth', () => {
    const outline: GongwenDoc = {
      title: [],
      outline: true,
      paragraphs: [1, 2, 3].map((d) => ({ heading: d, runs: [{ depth: d, pieces: [`第${d}级`] }] })),
    };
    expect(gongwenText(outline, true)).toBe('第1级\n　　第2级\n　　　　第3级');
  });
});

describe('gongwenHtml', () => {
  const html = gongwenHtml(doc, true);
  const ps = paragraphs(html);

  it('centres the title in 二号 方正小标宋 with 宋体 as fallback, followed by a blank line', () => {
    expect(ps[0]!.style).toMatch(/text-align:center/);
    expect(ps[0]!.style).toMatch(/font-size:22pt/);
    expect(ps[0]!.style).toMatch(/font-family:'方正小标宋简体',[^;]*'宋体'/);
    expect(ps[1]!.text).toBe('&nbsp;');
  });

  it('sets every paragraph in 三号, exactly 28 pt apart, indented two characters, in the face of its level', () => {
    const body = ps.slice(2);
    expect(body.map((p) => p.style.match(/font-family:'([^']+)'/)?.[1])).toEqual(['仿宋', '黑体', '仿宋', '仿宋']);
    for (const p of ps) expect(p.style).toMatch(/line-height:28pt;mso-line-height-rule:exactly/);
    for (const p of body) {
      expect(p.style).toMatch(/font-size:16pt/);
      expect(p.style).toMatch(/text-indent:32pt/);
    }
  });

  it('sets a heading that opens a paragraph in its own face, the rest in the body face', () => {
    expect(ps[4]!.inner).toMatch(/^<span style="font-family:'楷体',[^"]*">（一）稳步推进制度建设。<\/span>一是/);
  });

  it('highlights slots, and escapes the text', () => {
    expect(ps[2]!.inner).toBe('全年办理来文<span style="background:#ffff00;mso-highlight:yellow">【数量】</span>件。');
    expect(ps[4]!.text).toContain('一是制定&lt;会议&gt;制度 &amp; 规则。');
    expect(gongwenHtml(doc, false)).not.toContain('【');
    expect(paragraphs(gongwenHtml(doc, false))[2]!.inner).toBe('全年办理来文164件。');
  });
});
