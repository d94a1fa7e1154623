import { describe, expect, it } from 'vitest';
import { isTitleLike, titleLinesAt } from '../../../src/lib/import/titleLines.ts';
import { SEED, seedText } from './helpers.ts';

describe('isTitleLike', () => {
  it.each([
    '2018年办公室工作总结（县政府办）',
    '主动作为  提质增效',
    '党政办公室',
    '2019年工作总结及2020年工作计划',
    '\u3000\u3000XX县政府办公室2018年工作总结',
  ])('accepts the title line %j', (line) => {
    expect(isTitleLike(line)).toBe(true);
  });

  it.each([
    ['an empty line', ''],
    ['a whitespace line', ' \u3000 '],
    ['a sentence', '2018年，我办认真履行职责。'],
    ['a salutation', '各位领导、同事们：'],
    ['a half-width colon', '各位领导:'],
    ['a question', '如何写好总结？'],
    ['a numbered heading', '一、2018年工作总结'],
    ['a bracketed number', '（一）综合协调周密高效'],
    ['a half-width bracket', '(1)办文'],
    ['an Arabic number', '1.强化办文'],
    ['a 、 number', '1、精心履职'],
    ['a dash lead line', '——这一年，我们砥砺奋进'],
    ['a line over 40 characters', '一'.repeat(41)],
  ])('rejects %s', (_, line) => {
    expect(isTitleLike(line)).toBe(false);
  });

  it('accepts exactly 40 characters, counting code points', () => {
    expect(isTitleLike('字'.repeat(40))).toBe(true);
    expect(isTitleLike('𠀀'.repeat(40))).toBe(true);
  });
});

describe('titleLinesAt', () => {
  it('counts adjacent title lines up to a blank line', () => {
    expect(titleLinesAt(seedText(SEED.s003).split('\n'), 1, 33)).toBe(2);
    expect(titleLinesAt(seedText(SEED.s002).split('\n'), 1, 18)).toBe(2);
    expect(titleLinesAt(seedText(SEED.s000).split('\n'), 0, 30)).toBe(1);
  });

  it('finds no title where the text starts with a sentence (004)', () => {
    expect(titleLinesAt(seedText(SEED.s004).split('\n'), 0, 25)).toBe(0);
  });

  it('takes at most three lines', () => {
    expect(titleLinesAt(['甲', '乙', '丙', '丁', '戊'], 0, 5)).toBe(3);
  });

  it('does not read past `end`', () => {
    expect(titleLinesAt(['甲', '乙', '丙'], 0, 2)).toBe(2);
    expect(titleLinesAt(['甲', '乙', '丙'], 1, 1)).toBe(0);
  });

  it('stops at a numbered body line', () => {
    expect(titleLinesAt(['XX镇党政办2020年工作总结', '一、办文工作', '（一）'], 0, 3)).toBe(1);
  });
});
