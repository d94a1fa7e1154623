import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../src/lib/check/report.ts';
import { sampleFeatures } from '../../../src/lib/check/similar.ts';
import { DEFAULT_TITLE, composeDraft, composedGongwen, type Composed } from '../../../src/lib/compose/compose.ts';
import { EMPTY_DRAFT, setMode, setOverride, setTitle, setValue } from '../../../src/lib/compose/deskDraft.ts';
import { gongwenText } from '../../../src/lib/format/gongwen.ts';
import { draftOf, readerSections, samples, section } from './sections.ts';

const features = samples.map(sampleFeatures);
const text = (c: Composed) => gongwenText(composedGongwen(c), true);
const topHeadings = (c: Composed) => c.paragraphs.filter((p) => p.heading === 1).map((p) => (p.runs[0]!.pieces[0] as string).slice(0, 2));

describe('composing a draft of sections from several samples', () => {
  it('renumbers the top level across the draft: 二、二、二、五、 reads 一、二、三、四、', () => {
    expect(topHeadings(composeDraft(readerSections()))).toEqual(['一、', '二、', '三、', '四、']);
  });

  it('gives the checker a draft without numbering anomalies, parts in order', () => {
    const draft = setValue(setValue(readerSections(), '单位', '某县政府办公室'), '年份', '2024');
    const report = checkDraft(text(composeDraft(draft)), features);
    expect(report.numbering).toEqual([]);
    expect(report.title?.text).toBe('某县政府办公室2024年工作总结');
    expect(report.parts.filter((p) => p.present).map((p) => p.role)).toEqual(['opening', 'achievements', 'problems', 'plans', 'closing']);
  });

  it('renumbers inline marks too, wherever they sit in a paragraph', () => {
    // 001-02's plans are 一是…六是 items under 二、; after 001-09's problems (一是…三是 under 四、) they stay under their own parent.
    const c = composeDraft(draftOf(section('001-09', 'problems'), section('001-02', 'plans')));
    expect(topHeadings(c)).toEqual(['一、', '二、']);
    const plain = text(c);
    expect(plain).toContain('一、工作中存在的不足和问题');
    expect(plain).toContain('二、【年份】年工作打算');
    expect((plain.match(/一是/gu) ?? []).length).toBe(2);
    // A section of sub-headings alone goes on under the heading above it: 001-07's （二） after 002's problems (（一）…（三）).
    const sub = composeDraft(draftOf(section('002', 'problems'), section('001-07', 'h-1-2')));
    expect(text(sub)).toContain('（四）扎实做好各项服务工作');
  });

  it('changes nothing but marks: the original text of each section, line by line, in the reader’s order', () => {
    const d = readerSections();
    const original = composeDraft({ ...d, sections: d.sections.map((s) => ({ ...s, mode: 'original' as const })) });
    const lines = text(original)
      .split('\n')
      .slice(2)
      .map((l) => l.replace(/^\u3000+/u, ''));
    const written = d.sections.flatMap((x) => {
      const s = samples.find((e) => e.id === x.sample)!;
      const part = s.structure.parts.find((p) => p.id === x.section)!;
      return s.text
        .slice(part.start, part.end)
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    });
    const unmarked = (l: string) => l.replace(/^[一二三四五六七八九十]+、/u, '');
    expect(lines.map(unmarked)).toEqual(written.map(unmarked));
    expect(lines.filter((l, i) => l !== written[i])).toEqual([
      '一、突出重点，锐意创新，专项工作有深度',
      '三、存在问题',
      '四、下一步工作计划及重点工作',
    ]);
  });
});

describe('slots', () => {
  it('one value fills every slot of its type, title included; the others stay slots and are counted', () => {
    const empty = composeDraft(readerSections());
    expect(empty.title).toEqual([
      { slot: '单位', key: 'title/0', text: '【单位】', value: null, overridden: false },
      { slot: '年份', key: 'title/1', text: '【年份】', value: null, overridden: false },
      '年工作总结',
    ]);
    expect(empty.slots.map((s) => s.type)).toEqual(expect.arrayContaining(['单位', '年份', '数量']));
    expect(empty.unfilled).toBe(empty.slots.reduce((n, s) => n + s.count, 0));

    const filled = composeDraft(setValue(setValue(readerSections(), '单位', '某县政府办公室'), '年份', '2024'));
    const plain = text(filled);
    expect(plain).not.toContain('【单位】');
    expect(plain).not.toContain('【年份】');
    expect(plain).toContain('【数量】');
    expect(plain.split('\n')[0]).toBe('某县政府办公室2024年工作总结');
    const tally = Object.fromEntries(filled.slots.map((s) => [s.type, s.unfilled]));
    expect(tally).toMatchObject({ 单位: 0, 年份: 0 });
    expect(filled.unfilled).toBe(
      empty.unfilled - empty.slots.filter((s) => s.type === '单位' || s.type === '年份').reduce((n, s) => n + s.count, 0),
    );
  });

  it('an override fills one slot, before its type’s value', () => {
    const d = setValue(readerSections(), '数量', '10');
    const slot = composeDraft(d)
      .paragraphs.flatMap((p) => p.runs.flatMap((r) => r.pieces))
      .find((p) => typeof p !== 'string' && p.slot === '数量');
    if (!slot || typeof slot === 'string') throw new Error('no 数量 slot');
    const c = composeDraft(setOverride(d, slot.key, '12'));
    const slots = c.paragraphs.flatMap((p) => p.runs.flatMap((r) => r.pieces)).filter((p) => typeof p !== 'string' && p.slot === '数量');
    expect(slots.find((p) => typeof p !== 'string' && p.key === slot.key)).toMatchObject({ value: '12', overridden: true });
    expect(slots.filter((p) => typeof p !== 'string' && p.value === '10')).toHaveLength(slots.length - 1);
  });

  it('a section used as its original text has no slots: it reads as written', () => {
    const d = setMode(draftOf(section('001-09', 'plans')), 0, 'original');
    const c = composeDraft(setTitle(d, '我的总结'));
    expect(c.slots).toEqual([]);
    const plans = samples.find((s) => s.id === '001-09')!.structure.parts.find((p) => p.id === 'plans')!;
    const written = samples
      .find((s) => s.id === '001-09')!
      .text.slice(plans.start, plans.end)
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    expect(
      text(c)
        .split('\n')
        .map((l) => l.replace(/^\u3000+/u, '')),
    ).toEqual(['我的总结', '', written[0]!.replace('五、', '一、'), ...written.slice(1)]);
  });

  it('starts from a title the slot values fill', () => {
    expect(DEFAULT_TITLE).toBe('【单位】【年份】年工作总结');
    expect(composeDraft(setTitle(EMPTY_DRAFT, '')).title).toEqual([]);
  });
});
