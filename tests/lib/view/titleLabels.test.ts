import { describe, expect, it } from 'vitest';
import { labelledTitle, titleLabels, type Titled } from '../../../src/lib/view/titleLabels.ts';
import { roleCards } from '../../../src/lib/view/templates.ts';
import { GROUPS } from '../../../src/lib/offices.ts';
import { ROLES } from '../../../src/lib/structure/model.ts';
import { committedEntries } from '../../committed.ts';

const samples = committedEntries();
const labels = titleLabels(samples);
const listed = (list: readonly { id: string; title: string }[]) => list.map((s) => labelledTitle(s.title, labels.get(s.id)));
const unique = (xs: readonly string[]) => new Set(xs).size === xs.length;

describe('titleLabels', () => {
  it('labels exactly the committed samples whose titles collide', () => {
    const count = (t: string) => samples.filter((s) => s.title === t).length;
    expect(samples.some((s) => count(s.title) > 1)).toBe(true);
    for (const s of samples) expect(labels.has(s.id)).toBe(count(s.title) > 1);
  });

  it('makes every listing of the committed samples name each sample differently', () => {
    expect(unique(listed(samples))).toBe(true);
    for (const g of GROUPS) {
      const inGroup = samples.filter((s) => (g === 'individual' ? s.perspective === 'individual' : s.level === g));
      expect(unique(listed(inGroup))).toBe(true);
    }
    for (const role of ROLES) {
      const cards = roleCards(samples, role);
      // A sample with two parts of one role has two cards, told apart by their part label.
      const names = cards.map((c) => `${labelledTitle(c.sample.title, labels.get(c.sample.id))} ${c.label}`);
      expect(unique(names)).toBe(true);
    }
  });

  it('takes the first of organ, year and period, first heading and opening words that differs', () => {
    const base: Titled = {
      id: 'a',
      title: '工作总结',
      organ: '县政府办',
      year: 2018,
      period: 'annual',
      text: '今年以来',
      structure: { outline: [{ text: '围绕中心' }] },
    };
    const byOrgan = titleLabels([base, { ...base, id: 'b', organ: '县委办' }]);
    expect([byOrgan.get('a'), byOrgan.get('b')]).toEqual(['县政府办', '县委办']);
    const byYear = titleLabels([base, { ...base, id: 'b', year: 2019 }]);
    expect(byYear.get('b')).toBe('2019年全年总结');
    const byHeading = titleLabels([base, { ...base, id: 'b', structure: { outline: [{ text: '服务大局' }] } }]);
    expect(byHeading.get('b')).toContain('服务大局');
    const byText = titleLabels([base, { ...base, id: 'b', text: '一年来' }]);
    expect(byText.get('b')).toContain('一年来');
    const same = titleLabels([base, { ...base, id: 'b' }]);
    expect([same.get('a'), same.get('b')]).toEqual(['编号 a', '编号 b']);
  });

  it('tells apart those still alike after the first key by the next one', () => {
    const base: Titled = { id: 'a', title: 'T', organ: 'X', year: 2018, period: 'annual', text: '甲', structure: { outline: [] } };
    const l = titleLabels([base, { ...base, id: 'b', year: 2019 }, { ...base, id: 'c', organ: 'Y' }]);
    expect([l.get('a'), l.get('b'), l.get('c')]).toEqual(['2018年全年总结', '2019年全年总结', 'Y']);
  });

  it('leaves a title of its own as it is', () => {
    expect(labelledTitle('工作总结', undefined)).toBe('工作总结');
    expect(labelledTitle('工作总结', '县委办')).toBe('工作总结（县委办）');
  });
});
