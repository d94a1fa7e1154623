import { describe, expect, it } from 'vitest';
import { lengthStats, shortDraft } from '../../../src/lib/check/draftLength.ts';
import { checkDraft } from '../../../src/lib/check/report.ts';
import { features, pasted, samples } from './samples.ts';

const stats = lengthStats(samples);

describe('lengthStats', () => {
  it('gives each level of the samples its count, shortest, median and longest, and all samples under *', () => {
    const levels = new Set(samples.flatMap((s) => (s.level ? [s.level] : [])));
    expect(Object.keys(stats).sort()).toEqual([...levels, '*'].sort());
    for (const level of levels) {
      const chars = samples.filter((s) => s.level === level).map((s) => s.chars);
      const [n, min, median, max] = stats[level]!;
      expect([n, min, max]).toEqual([chars.length, Math.min(...chars), Math.max(...chars)]);
      expect(chars.filter((c) => c < median).length).toBeLessThanOrEqual(n / 2);
      expect(chars.filter((c) => c > median).length).toBeLessThanOrEqual(n / 2);
    }
    expect(stats['*']![0]).toBe(samples.length);
    expect(
      lengthStats([
        { level: 'county', chars: 10 },
        { level: 'county', chars: 30 },
        { level: null, chars: 5 },
      ]),
    ).toEqual({
      county: [2, 10, 20, 30],
      '*': [3, 5, 10, 30],
    });
  });
});

describe('shortDraft', () => {
  const draft =
    'XX县人民政府办公室2024年工作总结\n今年以来，县政府办公室在县委、县政府的坚强领导下，认真履职，现将工作总结如下。\n一、围绕中心，服务大局\n全年起草各类文稿120篇，办理公文3000件，组织会议80次。\n二、存在问题\n人员少，任务重，学习不够系统。\n三、下一步打算\n我们将继续努力，进一步提高服务水平。';

  it('warns of a draft far shorter than the samples of its level', () => {
    const r = checkDraft(draft, features);
    expect(r.metadata.level).toBe('county');
    const short = shortDraft(r.chars, r.metadata.level, stats);
    expect(short).toEqual({ chars: r.chars, level: 'county', figure: stats.county });
    expect(r.chars).toBeLessThan(stats.county![2] / 2);
  });

  it('says nothing of any sample, pasted, nor of a blank draft', () => {
    for (const s of samples) {
      const r = checkDraft(pasted(s), features);
      expect(shortDraft(r.chars, r.metadata.level, stats), s.id).toBeNull();
    }
    expect(shortDraft(0, 'county', stats)).toBeNull();
  });

  it('compares a draft of unknown level, or of a level without samples, with all samples', () => {
    expect(shortDraft(100, null, stats)).toMatchObject({ level: null, figure: stats['*'] });
    expect(shortDraft(100, 'county', { '*': [1, 3000, 3000, 3000] })).toMatchObject({ level: null });
    expect(shortDraft(100, null, {})).toBeNull();
  });
});
