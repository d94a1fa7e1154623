import { describe, expect, it } from 'vitest';
import { TITLE_FORMS, titleForm, titleForms } from '../../../src/lib/guides/titles.ts';
import { committedEntries } from '../../committed.ts';
import { realSamples, syntheticSamples } from '../../../scripts/bench/corpus.ts';
import { GUIDE_LIST_MAX } from '../../../src/lib/guides/listed.ts';
import { byId } from '../../../src/lib/content/order.ts';

const t = (...titleLines: string[]) => ({ titleLines, titleInferred: false });

describe('titleForm', () => {
  it('tells the forms apart by the title lines as written', () => {
    expect(titleForm(t('XX县人民政府办公室2018年工作总结'))).toBe('organ-first');
    expect(titleForm(t('党政办公室', '2019年工作总结'))).toBe('organ-first');
    expect(titleForm(t('2018年办公室工作总结（县政府办）'))).toBe('year-first');
    expect(titleForm(t('上半年工作总结'))).toBe('year-first');
    expect(titleForm(t('党政办公室', '2019年工作总结及2020年工作计划'))).toBe('with-plan');
    expect(titleForm(t('2019年工作总结和2020年工作打算'))).toBe('with-plan');
    expect(titleForm(t('主动作为  提质增效', '不断推动办公室工作高质量发展'))).toBe('thematic');
    expect(titleForm(t('主动作为 提质增效', '——XX街道党务办2019年工作总结'))).toBe('subtitle');
    expect(titleForm({ titleLines: [], titleInferred: true })).toBe('none');
  });
});

describe('titleForms', () => {
  const entries = committedEntries();
  const groups = titleForms(entries);
  it("puts every sample in the group of its form, groups in the forms' order, none empty", () => {
    expect(groups.flatMap((g) => g.samples.shown.map((s) => s.id)).sort()).toEqual(entries.map((e) => e.id).sort());
    for (const g of groups) {
      expect(g.count).toBe(g.samples.shown.length);
      expect(g.count).toBeGreaterThan(0);
      for (const s of g.samples.shown) expect(titleForm(entries.find((e) => e.id === s.id)!)).toBe(g.form);
    }
    const order = groups.map((g) => TITLE_FORMS.indexOf(g.form));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
  it(`lists at most ${GUIDE_LIST_MAX} samples of a form in a large collection, the first by id, and counts every one`, () => {
    const many = syntheticSamples(realSamples(), 120).map(({ sample }) => sample);
    for (const g of titleForms(many)) {
      const truth = byId(many).filter((e) => titleForm(e) === g.form);
      expect(g.count).toBe(truth.length);
      expect(g.samples.shown.map((s) => s.id)).toEqual(truth.slice(0, GUIDE_LIST_MAX).map((e) => e.id));
      expect(g.samples.more).toBe(Math.max(0, truth.length - GUIDE_LIST_MAX));
    }
  }, 60_000);
  it('keeps the title lines as written, none for a constructed title', () => {
    for (const g of groups)
      for (const s of g.samples.shown) {
        const e = entries.find((x) => x.id === s.id)!;
        expect(s.lines).toEqual(e.titleInferred ? [] : e.titleLines.map((l) => l.trim()).filter((l) => l !== ''));
      }
  });
});
