import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../src/lib/check/report.ts';
import { features, pasted, samples } from './samples.ts';

describe('checkDraft', () => {
  it.each(samples.map((s) => [s.id, s] as const))('sample %s pasted gives the outline, level and length of its page', (_, s) => {
    const report = checkDraft(pasted(s), features);
    expect(report.outline.map((h) => [h.depth, h.marker + h.text])).toEqual(s.structure.outline.map((h) => [h.depth, h.marker + h.text]));
    expect(report.metadata.level).toBe(s.level);
    expect(report.chars).toBe(s.chars);
    expect(report.title?.text ?? null).toBe(s.titleInferred ? null : s.title);
  });

  it('flags broken numbering with the whole sequence renumbered, and keeps it out of the other anomalies', () => {
    const r = checkDraft(
      'XX县政府办公室2020年工作总结\n今年以来，我办认真履职，现总结如下。\n一、办文\n内容。\n二、办会\n内容。\n三、办事\n内容。\n二、下一步打算\n内容。',
      features,
    );
    expect(r.numbering).toHaveLength(1);
    expect(r.numbering[0]!.items.map((x) => `${x.marker}→${x.expected}`)).toEqual(['一、→一、', '二、→二、', '三、→三、', '二、→四、']);
    expect(r.numbering[0]!.notes).toEqual([expect.stringContaining('应为「四、」')]);
    expect(r.anomalies.map((a) => a.kind)).not.toContain('numbering-repeat');
  });

  it('lists missing parts, unfilled tokens and mixed punctuation', () => {
    const r = checkDraft(
      'XX县政府办公室20XX年工作总结\n今年以来,我办认真履职，办文【数量】件。\n一、办文\n内容。\n二、办会\n内容。',
      features,
    );
    expect(r.parts.filter((p) => !p.present).map((p) => p.role)).toEqual(expect.arrayContaining(['problems', 'plans']));
    expect(r.unfilled.map((u) => u.token)).toEqual(['XX', '20XX', '【数量】']);
    expect(r.anomalies.map((a) => a.kind)).toContain('punctuation');
    expect(r.anomalies.map((a) => a.kind)).not.toContain('placeholders');
  });

  it('similar samples are of the draft level; every level when it is unknown', () => {
    for (const s of samples.filter((x) => x.level !== null)) {
      const r = checkDraft(pasted(s), features);
      expect(r.similar.sameLevel).toBe(true);
      expect(r.similar.samples[0]!.id).toBe(s.id);
      for (const x of r.similar.samples) expect(x.level).toBe(s.level);
    }
    const r = checkDraft('今年以来，我们认真履职，服务大局。\n一、加强学习\n内容。', features);
    expect(r.metadata.level).toBeNull();
    expect(r.similar.sameLevel).toBe(false);
    expect(r.similar.samples).toHaveLength(3);
  });

  it('names the organ of a title that puts the year first as of one that puts it after', () => {
    const body = '\n今年以来，在县委的坚强领导下，认真履职。\n一、办文\n内容。';
    for (const title of [
      '2024年县委办公室工作总结',
      '县委办公室2024年工作总结',
      '2024年度县委办公室工作总结',
      '2024年上半年县委办公室工作总结',
    ])
      expect(checkDraft(title + body, features).metadata, title).toMatchObject({ organ: '县委办', level: 'county', year: 2024 });
  });

  it('an empty draft has nothing to show', () => {
    const r = checkDraft('', features);
    expect(r).toMatchObject({ chars: 0, title: null, outline: [], numbering: [], unfilled: [] });
  });
});
