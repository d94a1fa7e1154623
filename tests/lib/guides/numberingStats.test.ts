import { describe, expect, it } from 'vitest';
import { depthChain, isStandard, numberingStats } from '../../../src/lib/guides/numberingStats.ts';
import type { Heading } from '../../../src/lib/structure/model.ts';
import { committedEntries } from '../../committed.ts';

const h = (depth: number, family: Heading['family']) => ({ depth, family }) as Heading;

describe('depthChain', () => {
  it('is the family of the first heading at each depth, shallowest first', () => {
    expect(depthChain([h(1, 'cn'), h(2, 'cn-paren'), h(3, 'enum'), h(1, 'cn'), h(2, 'num')])).toEqual(['cn', 'cn-paren', 'enum']);
    expect(depthChain([])).toEqual([]);
  });
});

describe('isStandard', () => {
  it("holds for GB/T 9704's order from 一、, enumerations aside", () => {
    expect(isStandard(['cn', 'cn-paren', 'num', 'num-paren'])).toBe(true);
    expect(isStandard(['cn', 'cn-paren', 'enum'])).toBe(true);
    expect(isStandard(['cn', 'enum'])).toBe(true);
  });
  it('fails for a skipped level, another first level, or a reversed order', () => {
    expect(isStandard(['cn', 'num'])).toBe(false);
    expect(isStandard(['dash', 'enum'])).toBe(false);
    expect(isStandard(['cn-paren', 'cn'])).toBe(false);
    expect(isStandard(['enum'])).toBe(false);
    expect(isStandard([])).toBe(false);
  });
});

describe('numberingStats', () => {
  const entries = committedEntries();
  const stats = numberingStats(entries);
  it('counts every heading once, under its family, in one of its written forms', () => {
    const headings = entries.flatMap((e) => e.structure.outline);
    expect(stats.families.reduce((n, f) => n + f.headings, 0)).toBe(headings.length);
    for (const f of stats.families) {
      const mine = headings.filter((x) => x.family === f.family);
      expect(f.headings).toBe(mine.length);
      expect(f.forms.reduce((n, m) => n + m.count, 0)).toBe(mine.length);
      expect(new Set(f.forms.map((m) => m.form)).size).toBe(f.forms.length);
      expect(f.samples).toEqual(entries.filter((e) => e.structure.outline.some((x) => x.family === f.family)).map((e) => e.id));
      for (const d of f.depths)
        expect(d.samples).toBe(entries.filter((e) => e.structure.outline.some((x) => x.family === f.family && x.depth === d.depth)).length);
    }
  });
  it('gives every sample with headings exactly one chain', () => {
    expect(stats.chains.flatMap((c) => c.samples).sort()).toEqual(
      entries
        .filter((e) => e.structure.outline.length > 0)
        .map((e) => e.id)
        .sort(),
    );
    for (const c of stats.chains) {
      expect(c.standard).toBe(isStandard(c.families));
      for (const id of c.samples) expect(depthChain(entries.find((e) => e.id === id)!.structure.outline)).toEqual(c.families);
    }
  });
});

describe('written forms', () => {
  it('names a form by its first mark, so 1. and 1、 are two forms of one family and 二、 is the form 一、', () => {
    const outline = (marks: Array<[string, string]>) => marks.map(([family, marker], i) => ({ family, marker, depth: 1, line: i + 1 }));
    const entry = {
      id: 'x',
      structure: {
        outline: outline([
          ['num', '1.'],
          ['num', '2、'],
          ['num', '3、'],
          ['cn', '二、'],
          ['enum', '三要'],
          ['num-paren', '(2)'],
        ]),
      },
    };
    const stats = numberingStats([entry as unknown as Parameters<typeof numberingStats>[0][number]]);
    const forms = Object.fromEntries(stats.families.map((f) => [f.family, f.forms]));
    expect(forms.num).toEqual([
      { form: '1、', count: 2 },
      { form: '1.', count: 1 },
    ]);
    expect(forms.cn).toEqual([{ form: '一、', count: 1 }]);
    expect(forms.enum).toEqual([{ form: '一要', count: 1 }]);
    expect(forms['num-paren']).toEqual([{ form: '(1)', count: 1 }]);
  });
});
