import { describe, expect, it } from 'vitest';
import { organFromBody, organFromTitle, shortOrganName, withLevelWord } from '../../../src/lib/import/organ.ts';
import { splitSource } from '../../../src/lib/import/split.ts';
import { SEED, seedText } from './helpers.ts';

const bodyOf = (file: string) => splitSource(seedText(file), file).samples[0]!.body;

describe('shortOrganName', () => {
  it.each([
    ['县政府办公室', '县政府办'],
    ['街道党政综合办公室', '街道党政综合办'],
    ['党政办公室', '党政办'],
    ['局办公室', '局办公室'],
    ['县民政局办公室', '县民政局办公室'],
    ['市政协办', '市政协办'],
  ])('%s → %s', (long, short) => {
    expect(shortOrganName(long)).toBe(short);
  });
});

describe('organFromTitle', () => {
  it.each([
    ['2018年办公室工作总结（市政府办）', { short: '市政府办', long: '市政府办', role: null }],
    ['2018年办公室工作总结（街道办）', { short: '街道办', long: '街道办', role: null }],
    ['2018年办公室工作总结（市党委办主任）', { short: '市党委办', long: '市党委办', role: '主任' }],
    ['2018年办公室工作总结（局办公室主任）', { short: '局办公室', long: '局办公室', role: '主任' }],
    ['2018年办公室工作总结（县委办秘书）', { short: '县委办', long: '县委办', role: '秘书' }],
    ['2020年工作总结(镇党政办副主任) ', { short: '镇党政办', long: '镇党政办', role: '副主任' }],
  ])('reads the parenthesised organ of %j', (title, organ) => {
    expect(organFromTitle(title)).toEqual(organ);
  });

  it.each([
    ['XX县政府办公室2018年工作总结', { short: '县政府办', long: '县政府办公室', role: null }],
    ['党政办公室2019年工作总结及2020年工作计划', { short: '党政办', long: '党政办公室', role: null }],
    ['XXX市财政局2020年度工作总结', { short: '市财政局', long: '市财政局', role: null }],
    ['*街道办事处上半年工作总结', { short: '街道办事处', long: '街道办事处', role: null }],
    ['县委办秘书2020年工作总结', { short: '县委办', long: '县委办', role: '秘书' }],
    // A template's or a draft's year placeholder ends the name as a year does.
    ['XX县政府办公室20XX年工作总结', { short: '县政府办', long: '县政府办公室', role: null }],
    ['XX区委办公室２０ＸＸ年上半年工作总结', { short: '区委办', long: '区委办公室', role: null }],
  ])('reads the unit before the period in %j', (title, organ) => {
    expect(organFromTitle(title)).toEqual(organ);
  });

  it.each([
    ['a slogan headline (002)', '主动作为  提质增效 不断推动办公室工作高质量发展'],
    ['no organ before the year', '2018年工作总结'],
    ['a one-character lead', '办2018年工作总结'],
    ['a lead that names no office', '砥砺奋进2018年工作总结'],
  ])('gives null for %s', (_, title) => {
    expect(organFromTitle(title)).toBeNull();
  });
});

describe('organFromBody', () => {
  it('finds 街道党务办 in 002 (placeholder dropped)', () => {
    expect(organFromBody(bodyOf(SEED.s002))).toEqual({ short: '街道党务办', long: '街道党务办', role: null });
  });

  it('finds 街道党政综合办公室 in 004 (办事处 dropped)', () => {
    expect(organFromBody(bodyOf(SEED.s004))).toEqual({ short: '街道党政综合办', long: '街道党政综合办公室', role: null });
  });

  it('adds the level word the body speaks of as its own when the organ names none', () => {
    expect(organFromBody('党政办全体同志在镇委镇政府的领导下，服务全镇发展。')).toEqual({
      short: '镇党政办',
      long: '镇党政办',
      role: null,
    });
  });

  it('keeps a bare organ when the body names no level', () => {
    expect(organFromBody('综合办公室认真履职。')).toEqual({ short: '综合办', long: '综合办公室', role: null });
  });

  it('gives null when the body names no office', () => {
    expect(organFromBody('一年来，我们认真学习，扎实工作。')).toBeNull();
  });
});

describe('a headline with a subtitle', () => {
  it('finds the unit in the `——` subtitle', () => {
    expect(organFromTitle('凝心聚力谋发展——XX县政府办公室2020年工作总结')).toEqual({ short: '县政府办', long: '县政府办公室', role: null });
  });
});

describe('organ names in traditional characters or with full-width digits', () => {
  it('matches folded and quotes the text as written', () => {
    expect(organFromTitle('XX縣人民政府辦公室2020年工作總結')).toEqual({ short: '縣人民政府辦', long: '縣人民政府辦公室', role: null });
    expect(organFromTitle('XX镇党政办公室２０２２年上半年工作总结')).toEqual({ short: '镇党政办', long: '镇党政办公室', role: null });
    expect(organFromTitle('2018年辦公室工作總結（縣委辦秘書）')).toEqual({ short: '縣委辦', long: '縣委辦', role: '秘書' });
    expect(shortOrganName('街道黨政綜合辦公室')).toBe('街道黨政綜合辦');
  });

  it('finds a body organ written in traditional characters', () => {
    expect(organFromBody('XX街道黨政綜合辦公室在街道黨工委的領導下')).toEqual({
      short: '街道黨政綜合辦',
      long: '街道黨政綜合辦公室',
      role: null,
    });
  });
});

describe('organFromBody: a party committee office named by its territory', () => {
  it('reads 区委办公室 when the body names no other office', () => {
    expect(organFromBody('XX区委办公室2020年工作总结2020年，区委办公室在区委的坚强领导下')).toEqual({
      short: '区委办',
      long: '区委办公室',
      role: null,
    });
  });

  it('prefers an office of the usual kinds', () => {
    expect(organFromBody('按照县委办要求，XX镇党政办认真落实。')).toEqual({ short: '镇党政办', long: '镇党政办', role: null });
  });
});

describe('withLevelWord', () => {
  it('prefixes the body’s level word (003: 党政办 in a 镇 → 镇党政办)', () => {
    expect(withLevelWord({ short: '党政办', long: '党政办公室', role: null }, bodyOf(SEED.s003))).toEqual({
      short: '镇党政办',
      long: '镇党政办公室',
      role: null,
    });
  });

  it('leaves a name that already has a level word', () => {
    const organ = { short: '县政府办', long: '县政府办公室', role: null };
    expect(withLevelWord(organ, '我镇全镇镇委镇政府')).toBe(organ);
  });

  it('leaves the name when the body names no level', () => {
    const organ = { short: '党政办', long: '党政办公室', role: '主任' };
    expect(withLevelWord(organ, '认真履职。')).toEqual(organ);
  });
});

describe('organFromTitle: what is not an organ', () => {
  it("skips a site's remark in parentheses", () => {
    for (const remark of ['（精选）', '(范文)', '（2篇）'])
      expect(organFromTitle(`2022年县政府办公室工作总结${remark}`)).toEqual({ short: '县政府办', long: '县政府办公室', role: null });
    expect(organFromTitle('工作总结（精选）')).toBeNull();
  });

  it('reads the unit after a leading year', () => {
    expect(organFromTitle('2024年县委办公室工作总结')).toEqual(organFromTitle('县委办公室2024年工作总结'));
    expect(organFromTitle('2021年度区政府办工作总结')).toMatchObject({ short: '区政府办' });
  });

  it('takes no meeting for the organ of a speech', () => {
    expect(organFromTitle('在全县办公室系统2023年工作总结会议上的讲话')).toBeNull();
  });
});

describe('withLevelWord: the office the body names itself by', () => {
  it("completes a title's bare 办公室 or 政府办公室", () => {
    const body = '在市委、市政府的指导下，XX区政府办公室全体同志扎实工作。市委、市政府高度肯定。';
    expect(withLevelWord(organFromTitle('办公室2023年工作总结')!, body)).toMatchObject({ short: '区政府办', long: '区政府办公室' });
    expect(withLevelWord(organFromTitle('政府办公室2023年工作总结')!, body)).toMatchObject({ short: '区政府办' });
  });
});
