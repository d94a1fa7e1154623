import { describe, expect, it } from 'vitest';
import { excerpt, hitRoles, occurrences, sampleHits, sectionAt } from '../../../src/lib/search/matches.ts';
import type { SearchSection } from '../../../src/lib/search/meta.ts';
import { seedRecords } from './corpus.ts';

const sections: SearchSection[] = [
  { start: 0, anchor: '', role: null, label: '标题' },
  { start: 6, anchor: 'h-1', role: 'achievements', label: '一、成绩' },
  { start: 16, anchor: 'h-2', role: 'problems', label: '二、问题' },
];
const text = '工作总结以文一、成绩以文辅政以文二、问题以文辅政';

describe('matches', () => {
  it('finds every match, left to right, without overlaps, ignoring whitespace in the phrase', () => {
    expect(occurrences('XXXX', 'XX')).toEqual([0, 2]);
    expect(occurrences(text, '以文 辅政')).toEqual([10, 20]);
    expect(occurrences(text, ' ')).toEqual([]);
  });

  it('places an offset in the last section starting at or before it', () => {
    expect(sectionAt(sections, 0)?.anchor).toBe('');
    expect(sectionAt(sections, 15)?.anchor).toBe('h-1');
    expect(sectionAt(sections, 16)?.anchor).toBe('h-2');
  });

  it('cuts an excerpt around a match', () => {
    expect(excerpt('一二三四五六七', 3, 1, 2)).toEqual({
      before: '二三',
      match: '四',
      after: '五六',
      clippedStart: true,
      clippedEnd: true,
    });
    expect(excerpt('一二三', 0, 3, 2)).toMatchObject({ before: '', after: '', clippedStart: false, clippedEnd: false });
  });

  it('groups matches by section and keeps only the chosen roles', () => {
    const all = sampleHits({ sections }, text, '以文');
    expect(all.occurrences).toBe(4);
    expect(all.sections.map((s) => [s.section.anchor, s.count])).toEqual([
      ['', 1],
      ['h-1', 2],
      ['h-2', 1],
    ]);
    const problems = sampleHits({ sections }, text, '以文', ['problems']);
    expect(problems.occurrences).toBe(1);
    expect(problems.sections.map((s) => s.section.anchor)).toEqual(['h-2']);
  });

  it('names the roles of the parts the matches are in, in part order, never the title', () => {
    // 以文 is in the title, in 成绩 (achievements) and in 问题 (problems).
    expect(hitRoles(sampleHits({ sections }, text, '以文'))).toEqual(['achievements', 'problems']);
    expect(hitRoles(sampleHits({ sections }, text, '以文', ['problems']))).toEqual(['problems']);
    expect(hitRoles(sampleHits({ sections }, text, '没有的短语'))).toEqual([]);
  });

  it('counts in the seeds what a plain substring count gives', () => {
    for (const { record } of seedRecords()) {
      const hits = sampleHits(record.meta, record.text, '工作');
      expect(hits.occurrences).toBe(record.text.split('工作').length - 1);
      expect(hits.sections.reduce((n, s) => n + s.count, 0)).toBe(hits.occurrences);
    }
  });
});
