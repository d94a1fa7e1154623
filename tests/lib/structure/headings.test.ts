import { describe, expect, it } from 'vitest';
import { outlineOf, structure } from './helpers.ts';

describe('headings: whole-line and inline', () => {
  it('a heading alone on its line is whole-line and keeps its 。', () => {
    const s = structure('开头。\n一、服务中心，主动作为\n（一）精益求精做好综合服务。\n正文。');
    expect(outlineOf(s)).toEqual(['一、服务中心，主动作为@1', '（一）精益求精做好综合服务。@2']);
  });

  it('an inline heading is its paragraph’s first sentence, without the 。', () => {
    const s = structure('开头。\n一、工作\n（一）综合协调周密高效。充分发挥协调职能。');
    expect(s.outline[1]).toMatchObject({ marker: '（一）', text: '综合协调周密高效', inline: true, line: 3 });
  });

  it('items inside a paragraph end at the next item on the line, without the separator', () => {
    const s = structure('开头。\n一、工作\n主要是：一是严把起草关；二是严把“审核关”；三是严把收发关。');
    expect(outlineOf(s).slice(1)).toEqual(['一是严把起草关@2i', '二是严把“审核关”@2i', '三是严把收发关@2i']);
  });

  it('an item at a paragraph’s end with no sentence end keeps its last mark', () => {
    const s = structure('开头。\n一、工作\n主要是：一是甲；二是乙、');
    expect(s.outline.slice(1).map((h) => h.text)).toEqual(['甲', '乙、']);
  });

  it('an item that is one sentence filling its paragraph is whole-line', () => {
    const s = structure('开头。\n一、问题\n一是深入调查研究不够多,收集材料不够全面。\n二是作风不实。忙于事务。');
    expect(s.outline.slice(1).map((h) => [h.text, h.inline])).toEqual([
      ['深入调查研究不够多,收集材料不够全面。', false],
      ['作风不实', true],
    ]);
  });

  it('keeps the text as written, trims indentation and trailing spaces', () => {
    const s = structure('开头。\n　　（三）常抓不懈做好安全工作       \n1、精心履职，做实份内工作\u00a0\n正文。');
    expect(s.outline.map((h) => h.marker + h.text)).toEqual(['（三）常抓不懈做好安全工作', '1、精心履职，做实份内工作']);
  });

  it('a dash lead line is a heading; a short unnumbered line naming a part is one too', () => {
    const s = structure(
      '开头。\n——这一年，我们胸怀大局，在政务保障上有新提高\n一是办文求“精”。正文。\n2020年的工作计划\n2020年，我们将继续努力。\n一是统筹协调。正文。',
    );
    expect(outlineOf(s)).toEqual([
      '——这一年，我们胸怀大局，在政务保障上有新提高@1',
      '一是办文求“精”@2i',
      '2020年的工作计划@1',
      '一是统筹协调@2i',
    ]);
  });

  it('does not take lead sentences, ordinal words or counts for headings', () => {
    const s = structure(
      '开头。\n一、工作\n深化系统学习。认真组织。\n严谨高效“办文”。把办文作为第一要务，第一时间办理。\n6 个，分别是甲乙。\n132 篇。\n参加县(处)级培训，支部(总支)书记参加。',
    );
    expect(outlineOf(s)).toEqual(['一、工作@1']);
  });

  it('reports the mark’s source line and offsets', () => {
    const body = '开头。\n\n一、工作\n（一）甲乙。丙。';
    const s = structure(body);
    const h = s.outline[1]!;
    expect(h.line).toBe(4);
    expect(body.slice(h.start, h.textEnd)).toBe('（一）甲乙');
    expect(body.slice(h.textStart, h.textEnd)).toBe(h.text);
  });
});
