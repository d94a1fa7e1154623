import { describe, expect, it } from 'vitest';
import { GENRES } from '../../../src/lib/import/genre.ts';
import { ANOMALY_KINDS, ROLES } from '../../../src/lib/structure/model.ts';
import {
  anomalyLabel,
  charsLabel,
  depthLabel,
  encodingLabel,
  GENRE_LABELS,
  genreLabel,
  lineEndingLabel,
  partLabels,
  perspectiveLabel,
  periodLabel,
  roleLabel,
  sizeLabel,
  yearLabel,
} from '../../../src/lib/view/labels.ts';

describe('labels', () => {
  it('formats periods, years, perspectives and lengths in Chinese', () => {
    expect(periodLabel('half-year')).toBe('半年总结');
    expect(periodLabel('annual')).toBe('全年总结');
    expect(periodLabel(null)).toBe('周期未注明');
    expect(yearLabel(null)).toBe('年份未注明');
    expect(yearLabel(2019)).toBe('2019年');
    expect(perspectiveLabel('individual')).toBe('个人总结');
    expect(perspectiveLabel('unit')).toBe('单位总结');
    expect(charsLabel(3143)).toBe('约 3,143 字');
    expect(charsLabel(812)).toBe('约 812 字');
  });

  it('names every genre, each differently', () => {
    expect(genreLabel('summary')).toBe('工作总结');
    expect(genreLabel('duty-report')).toBe('述职报告');
    expect(genreLabel('speech')).toBe('讲话');
    expect(genreLabel('plan')).toBe('工作计划');
    expect(Object.keys(GENRE_LABELS).sort()).toEqual([...GENRES].sort());
    expect(new Set(GENRES.map(genreLabel)).size).toBe(GENRES.length);
  });

  it('names a source file’s encoding, BOM, line ends and size', () => {
    expect(encodingLabel('utf-8', false)).toBe('UTF-8，无 BOM');
    expect(encodingLabel('utf-16le', true)).toBe('UTF-16LE，带 BOM');
    expect(encodingLabel('gb18030', false)).toContain('GB18030');
    expect(encodingLabel('big5', false)).toBe('Big5（繁体中文），无 BOM');
    expect(lineEndingLabel('crlf')).toContain('CRLF');
    expect(lineEndingLabel('mixed')).toBe('混用多种换行符');
    expect(sizeLabel(95411, 251)).toBe('95,411 字节，251 行');
  });
});

describe('labels used by the structure view', () => {
  it('has a label for every role and every anomaly kind', () => {
    for (const r of ROLES) expect(roleLabel(r)).toMatch(/\p{Script=Han}/u);
    for (const k of ANOMALY_KINDS) expect(anomalyLabel(k)).toMatch(/\p{Script=Han}/u);
    expect(new Set(ANOMALY_KINDS.map(anomalyLabel)).size).toBe(ANOMALY_KINDS.length);
    expect([1, 2, 3, 4, 10, 12].map(depthLabel)).toEqual(['一级', '二级', '三级', '四级', '十级', '十二级']);
    expect(partLabels([{ role: 'opening' }, { role: 'achievements' }, { role: 'achievements' }, { role: 'plans' }])).toEqual([
      '开头',
      '主要成绩 1',
      '主要成绩 2',
      '下一步打算',
    ]);
  });
});
