import { describe, expect, it } from 'vitest';
import { GENRES, genreOf } from '../../../src/lib/import/genre.ts';

describe('genreOf', () => {
  it('reads a summary from its title', () => {
    expect(genreOf('2018年办公室工作总结（县政府办）', '全年办文XX件。')).toBe('summary');
    expect(genreOf('街道党政综合办公室上半年工作汇报', '上半年办文XX件。')).toBe('summary');
  });

  it('reads a speech before the summary it speaks at', () => {
    expect(genreOf('在全县办公室系统2023年工作总结会议上的讲话', '同志们：一年来…')).toBe('speech');
    expect(genreOf('XX同志在全市秘书长座谈会上的发言', '各位领导：')).toBe('speech');
    expect(genreOf('新春致辞', '')).toBe('speech');
  });

  it('does not take a 发言人 for a speech', () => {
    expect(genreOf('新闻发言人制度建设工作总结', '')).toBe('summary');
  });

  it('reads a duty report before the report it is', () => {
    expect(genreOf('县委办公室主任2023年述职报告', '')).toBe('duty-report');
    expect(genreOf('述职述廉报告', '')).toBe('duty-report');
  });

  it('reads a plan only when the title names no summary', () => {
    expect(genreOf('县政府办公室2024年工作计划', '')).toBe('plan');
    expect(genreOf('2024年办公室工作要点', '')).toBe('plan');
    expect(genreOf('党政办公室2019年工作总结及2020年工作计划', '')).toBe('summary');
  });

  it('reads the body when the title names no kind of text', () => {
    expect(genreOf(null, '同志们：\n今天我们召开全县办公室工作会议。')).toBe('speech');
    expect(genreOf('主动作为 提质增效', '　　各位领导、同志们：今天召开会议。')).toBe('speech');
    expect(genreOf(null, '根据组织安排，现将本人一年来的履职情况述职如下：')).toBe('duty-report');
    expect(genreOf('主动作为 提质增效', '2019年，街道党务办围绕中心工作…')).toBe('summary');
  });

  it('reads only the opening of the body: a speech quoted later is no speech', () => {
    expect(genreOf(null, `${'全年办文XX件。'.repeat(40)}\n同志们：`)).toBe('summary');
  });

  it('reads traditional characters folded', () => {
    expect(genreOf('縣委辦公室主任述職報告', '')).toBe('duty-report');
    expect(genreOf('在全縣工作總結會議上的講話', '')).toBe('speech');
    expect(genreOf('2024年工作計劃', '')).toBe('plan');
  });

  it('always gives one of GENRES', () => {
    for (const title of [null, '', '标题', '工作总结', '讲话', '述职', '计划']) expect(GENRES).toContain(genreOf(title, ''));
  });
});
