import { describe, expect, it } from 'vitest';
import { periodOf, yearOf } from '../../../src/lib/import/dates.ts';
import { splitSource } from '../../../src/lib/import/split.ts';
import { SEED, seedText } from './helpers.ts';

const bodyOf = (file: string) => splitSource(seedText(file), file).samples[0]!.body;

describe('yearOf', () => {
  it('takes the first year in the title', () => {
    expect(yearOf('2018年办公室工作总结（县政府办）', '2017年以来，……')).toEqual({ year: 2018, inferred: false });
    expect(yearOf('党政办公室2019年工作总结及2020年工作计划', '')).toEqual({ year: 2019, inferred: false });
  });

  it('reads a title year written with a space before 年', () => {
    expect(yearOf('XX县政府办2021 年工作总结', '')).toEqual({ year: 2021, inferred: false });
  });

  it('infers the year the body speaks of as its own (002 → 2019)', () => {
    expect(yearOf('主动作为  提质增效 不断推动办公室工作高质量发展', bodyOf(SEED.s002))).toEqual({ year: 2019, inferred: true });
  });

  it('prefers the year named most often in the body', () => {
    expect(yearOf('', '2020年，我办……。2021年以来，……。2021年，共办文X件。')).toEqual({ year: 2021, inferred: true });
  });

  it('breaks a tie by the later year', () => {
    expect(yearOf('', '2019年以来，……2020年以来，……')).toEqual({ year: 2020, inferred: true });
  });

  it('does not count years that are not the period summed up', () => {
    expect(yearOf('', '2035年远景目标；2021年度先进集体。')).toEqual({ year: null, inferred: false });
  });

  it('infers the year after a closed year whose records were filed, when no year is named', () => {
    expect(yearOf('', '今年来，对全办2021年度所有档案资料进行了收集、整理。')).toEqual({ year: 2022, inferred: true });
    expect(yearOf('', '2019年以来，完成2018年度考核。')).toEqual({ year: 2019, inferred: true });
  });

  it('infers 2022 for 004, which filed 全办2021年度 records this half-year', () => {
    expect(yearOf('', bodyOf(SEED.s004))).toEqual({ year: 2022, inferred: true });
  });

  it('gives null for a text without years', () => {
    expect(yearOf('工作总结', '今年以来，我办认真履职。')).toEqual({ year: null, inferred: false });
  });
});

describe('full-width digits and traditional characters', () => {
  it('reads a title year in full-width digits', () => {
    expect(yearOf('XX镇党政办公室２０２２年上半年工作总结', '')).toEqual({ year: 2022, inferred: false });
  });

  it('reads body years in full-width digits and traditional wording', () => {
    expect(yearOf('', '２０２１年以來，我辦認真履職。２０２１年，共辦文XX件。')).toEqual({ year: 2021, inferred: true });
  });

  it('reads the period from a title in traditional characters', () => {
    expect(periodOf('XX縣人民政府辦公室2020年工作總結', [], '')).toBe('annual');
    expect(periodOf('XX區司法局辦公室２０２１年上半年工作總結', [], '')).toBe('half-year');
    expect(periodOf('', [], '一年來，我辦認真履職。')).toBe('annual');
  });
});

describe('periodOf', () => {
  it('reads half-year from the title', () => {
    expect(periodOf('XX镇党政办2020年上半年工作总结', [], '全年')).toBe('half-year');
    expect(periodOf('半年工作总结', [], '')).toBe('half-year');
  });

  it('reads annual from the title', () => {
    expect(periodOf('2018年办公室工作总结（县政府办）', ['一、今年上半年'], '')).toBe('annual');
    expect(periodOf('XX局2020年度工作总结', [], '')).toBe('annual');
  });

  it('reads half-year from a top-level heading when the title is silent (004)', () => {
    expect(periodOf('', ['一、今年上半年所做的主要工作', '二、今年下半年工作思路'], '')).toBe('half-year');
  });

  it('reads annual from the body when title and headings are silent', () => {
    expect(periodOf('主动作为', ['一、强化政治引领'], '一年来，XX街道党务办坚持……')).toBe('annual');
    expect(periodOf('', [], '全年共办文XX件')).toBe('annual');
  });

  it('gives null when nothing says', () => {
    expect(periodOf('工作汇报', ['一、办文'], '我办认真办文。')).toBeNull();
  });

  it('004 as a whole is half-year and 003 annual', () => {
    const headings = (b: string) =>
      b
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => /^[一二三四五六七八九十]+、/.test(l));
    expect(periodOf('', headings(bodyOf(SEED.s004)), bodyOf(SEED.s004))).toBe('half-year');
    expect(periodOf('党政办公室2019年工作总结及2020年工作计划', [], bodyOf(SEED.s003))).toBe('annual');
  });
});

describe('yearOf: a date line above the body', () => {
  it('covers the year before when dated January–March and looking back on a year', () => {
    expect(yearOf('县政府办公室工作总结', '(2019年1月8日)\n一年来，我办认真履职。')).toEqual({ year: 2018, inferred: true });
    expect(yearOf('县政府办公室工作总结', '（2019年3月）\n过去一年，我办认真履职。')).toEqual({ year: 2018, inferred: true });
  });

  it('covers its own year when dated later, or when the text does not look back', () => {
    expect(yearOf('县政府办公室工作总结', '(2019年7月8日)\n一年来，我办认真履职。')).toEqual({ year: 2019, inferred: true });
    expect(yearOf('县政府办公室工作计划', '(2019年1月8日)\n今年，我办将认真履职。')).toEqual({ year: 2019, inferred: true });
  });

  it("gives way to the title's year", () => {
    expect(yearOf('县政府办公室2019年工作总结', '(2019年1月8日)\n一年来，我办认真履职。')).toEqual({ year: 2019, inferred: false });
  });
});
