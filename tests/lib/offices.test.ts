import { describe, expect, it } from 'vitest';
import { findSlots, templateOf } from '../../src/lib/format/template.ts';
import { organFromBody } from '../../src/lib/import/organ.ts';
import { GROUP_LABELS, GROUPS, LEVELS, levelFromBody, levelOfOrgan, OFFICES } from '../../src/lib/offices.ts';

describe('levels and groups', () => {
  it('has the five levels and the individual group, in browsing order', () => {
    expect(LEVELS).toEqual(['city', 'county', 'district', 'street', 'bureau']);
    expect(GROUPS).toEqual(['city', 'county', 'district', 'street', 'bureau', 'individual']);
  });

  it('labels every group in Chinese', () => {
    expect(GROUP_LABELS).toEqual({
      city: '市级',
      county: '县级',
      district: '区级',
      street: '街道乡镇',
      bureau: '部门',
      individual: '个人',
    });
  });
});

describe('levelOfOrgan', () => {
  it.each([
    ['市政府办', 'city'],
    ['市党委办', 'city'],
    ['县委办', 'county'],
    ['县政府办', 'county'],
    ['区政协办', 'district'],
    ['街道办', 'street'],
    ['街道党务办', 'street'],
    ['镇党政办', 'street'],
    ['乡政府办', 'street'],
    ['局办公室', 'bureau'],
    ['发展和改革委员会办公室', 'bureau'],
  ] as const)('%s → %s', (organ, level) => {
    expect(levelOfOrgan(organ)).toBe(level);
  });

  it('puts a department under bureau whatever territory it serves: 县民政局 is bureau', () => {
    expect(levelOfOrgan('县民政局办公室')).toBe('bureau');
    expect(levelOfOrgan('市发展和改革委员会办公室')).toBe('bureau');
    expect(levelOfOrgan('县政协委员会办公室')).toBe('county');
  });

  it('otherwise takes the first level word: 市辖区 is city', () => {
    expect(levelOfOrgan('市辖区政府办')).toBe('city');
  });

  it.each(['社区办公室', '园区管委办', '党政办', '综合办'])('finds no level in %s', (organ) => {
    expect(levelOfOrgan(organ)).toBeNull();
  });
});

describe('levelFromBody', () => {
  it('finds a 镇 by its self-references', () => {
    expect(levelFromBody('在镇委镇政府的坚强领导下，全镇上下……我镇经济')).toEqual({ level: 'street', word: '镇' });
  });

  it('finds a 街道 by 街道办事处 / 街道党工委', () => {
    expect(levelFromBody('在街道党工委、街道办事处的领导下')).toEqual({ level: 'street', word: '街道' });
  });

  it('lets the level named most often win', () => {
    expect(levelFromBody('区委区政府部署，我镇落实；全镇、镇委、镇政府')).toEqual({ level: 'street', word: '镇' });
    expect(levelFromBody('全县统筹，县委县政府，我县；镇政府')).toEqual({ level: 'county', word: '县' });
  });

  it('lets the lower level win a tie', () => {
    expect(levelFromBody('区委部署，镇委落实')).toEqual({ level: 'street', word: '镇' });
  });

  it('finds a bureau and a city', () => {
    expect(levelFromBody('局党组高度重视，全局干部')).toEqual({ level: 'bureau', word: '局' });
    expect(levelFromBody('服务市委市政府中心工作')).toEqual({ level: 'city', word: '市' });
  });

  it('lets the leadership the office works under decide over offices it names in passing', () => {
    const body = '一年来，党政综合办在街道党工委、办事处的正确领导下认真履职。配合区政府完成专网建设，更新区政府局域网设备，落实区委部署。';
    expect(levelFromBody(body)).toEqual({ level: 'street', word: '街道' });
    expect(levelFromBody('我们将在县委、县政府的坚强领导下，指导各镇政府、镇党委，服务全镇、我镇发展。')).toEqual({
      level: 'county',
      word: '县',
    });
  });

  it('counts the whole body when its leadership clauses name no level', () => {
    expect(levelFromBody('在局领导的正确领导下，配合市政府工作，全局干部、局机关上下')).toEqual({ level: 'bureau', word: '局' });
  });

  it('gives null when the body does not say', () => {
    expect(levelFromBody('我办认真履职，全办同志团结协作。')).toBeNull();
  });
});

describe('the office registry', () => {
  const evidence = LEVELS.flatMap((level) => OFFICES[level].selfEvidence.map(({ word }) => ({ level, word })));

  it('ranks every level differently, so that a tie always has a winner', () => {
    expect(new Set(LEVELS.map((l) => OFFICES[l].rank)).size).toBe(LEVELS.length);
  });

  it.each(evidence)('the word $word of a self-reference names $level in an organ name', ({ level, word }) => {
    expect(levelOfOrgan(`${word}党政办`)).toBe(level);
  });

  it.each(evidence)('the importer and the templates both find the office 「$word党政办」', ({ word }) => {
    const text = `一年来，XX${word}党政办认真履职。`;
    expect(organFromBody(text)).toEqual({ short: `${word}党政办`, long: `${word}党政办`, role: null });
    expect(templateOf(text, findSlots(text, { unit: [`${word}党政办`] }))).toBe('一年来，【单位】认真履职。');
  });

  it.each(LEVELS.filter((l) => OFFICES[l].committeeOffice))(
    'the importer and the templates both find the committee office of %s',
    (level) => {
      const word = OFFICES[level].selfEvidence[0]!.word;
      const text = `${word}委办公室全体同志团结协作。`;
      expect(organFromBody(text)).toEqual({ short: `${word}委办`, long: `${word}委办公室`, role: null });
      expect(templateOf(text, findSlots(text, { unit: [`${word}委办`] }))).toBe('【单位】全体同志团结协作。');
    },
  );
});
