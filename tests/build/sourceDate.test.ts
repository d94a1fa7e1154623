import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { sourceDate } from '../../src/build/sourceDate.ts';

describe('the date a build stands for', () => {
  it('is SOURCE_DATE_EPOCH when set', () => {
    expect(sourceDate({ SOURCE_DATE_EPOCH: '1700000000' }).toISOString()).toBe('2023-11-14T22:13:20.000Z');
    expect(() => sourceDate({ SOURCE_DATE_EPOCH: 'yesterday' })).toThrow(/SOURCE_DATE_EPOCH/);
  });

  it('is the last commit’s time otherwise, not the clock’s', () => {
    const commit = Number(execFileSync('git', ['log', '-1', '--format=%ct'], { encoding: 'utf8' }).trim());
    expect(sourceDate({}).getTime()).toBe(commit * 1000);
  });
});
