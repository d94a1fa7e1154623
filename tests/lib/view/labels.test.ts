import { describe, expect, it } from 'vitest';
import { charsLabel, groupSamples, inGroup, periodLabel, sourceLines, yearLabel } from '../../../src/lib/view/labels.ts';

describe('labels', () => {
  it('formats periods, years and lengths in Chinese', () => {
    expect(periodLabel('half-year')).toBe('半年总结');
    expect(periodLabel('annual')).toBe('年度总结');
    expect(periodLabel(null)).toBe('周期未注明');
    expect(yearLabel(null)).toBe('年份未注明');
    expect(yearLabel(2019)).toBe('2019年');
    expect(charsLabel(12345)).toBe('12,345 字');
  });
});

describe('groupSamples', () => {
  const samples = [
    { id: 'b', level: 'city' as const, perspective: 'individual' as const },
    { id: 'a', level: 'city' as const, perspective: 'unit' as const },
    { id: 'c', level: 'street' as const, perspective: 'unit' as const },
    { id: 'd', level: null, perspective: 'unit' as const },
  ];
  it('lists an individual summary under its level and under 个人', () => {
    const groups = groupSamples(samples);
    expect(groups.map((g) => g.group)).toEqual(['city', 'county', 'district', 'street', 'bureau', 'individual']);
    expect(groups[0]!.samples.map((s) => s.id)).toEqual(['a', 'b']);
    expect(groups[3]!.samples.map((s) => s.id)).toEqual(['c']);
    expect(groups[5]!.samples.map((s) => s.id)).toEqual(['b']);
    expect(inGroup(samples[3]!, 'city')).toBe(false);
  });
});

describe('sourceLines', () => {
  it('keeps each non-blank line with its source line number, without indentation', () => {
    expect(sourceLines('\n\u3000\u3000一、总结\n   \n正文。 ', 15)).toEqual([
      { line: 16, text: '一、总结' },
      { line: 18, text: '正文。' },
    ]);
  });
});
