import { describe, expect, it } from 'vitest';
import { groupSamples, HOME_GROUP_LABELS, inGroup, samplesIn } from '../../../src/lib/view/groups.ts';

const samples = [
  { id: 'b', level: 'city' as const, perspective: 'individual' as const },
  { id: 'a', level: 'city' as const, perspective: 'unit' as const },
  { id: 'c', level: 'street' as const, perspective: 'unit' as const },
];

describe('groupSamples', () => {
  it('lists every group in order, empty ones too, and an individual summary under its level and under 个人', () => {
    const groups = groupSamples(samples);
    expect(groups.map((g) => g.group)).toEqual(['city', 'county', 'district', 'street', 'bureau', 'individual']);
    expect(groups.map((g) => g.samples.map((s) => s.id))).toEqual([['a', 'b'], [], [], ['c'], [], ['b']]);
  });

  it('adds 其他 after the six groups only for samples without a level', () => {
    const withOther = groupSamples([
      ...samples,
      { id: 'e', level: null, perspective: 'unit' as const },
      { id: 'd', level: null, perspective: 'individual' as const },
    ]);
    expect(withOther.map((g) => g.group)).toEqual(['city', 'county', 'district', 'street', 'bureau', 'individual', 'other']);
    expect(withOther[6]!.samples.map((s) => s.id)).toEqual(['d', 'e']);
    expect(withOther[5]!.samples.map((s) => s.id)).toEqual(['b', 'd']);
    expect(HOME_GROUP_LABELS.other).toBe('其他');
  });
});

describe('inGroup and samplesIn', () => {
  it('match a level page’s listing', () => {
    expect(inGroup({ id: 'x', level: null, perspective: 'unit' }, 'city')).toBe(false);
    expect(inGroup(samples[0]!, 'individual')).toBe(true);
    expect(inGroup(samples[1]!, 'individual')).toBe(false);
    expect(samplesIn(samples, 'city').map((s) => s.id)).toEqual(['a', 'b']);
    expect(samplesIn(samples, 'bureau')).toEqual([]);
  });
});
