import { describe, expect, it } from 'vitest';
import { isNotice } from '../../../src/lib/import/notice.ts';
import { SEED, seedText } from './helpers.ts';

describe('isNotice', () => {
  it.each([
    '本文系邮箱投稿，仅供学习参考，请勿照搬照抄！',
    '本文系作者原创投稿，仅供学习参考，请勿照搬照抄！',
    '\u3000\u3000本文系网友投稿，仅供学习参考！',
    '  本文系邮箱投稿,仅供学习参考,请勿照搬照抄!  ',
  ])('recognises the notice %j', (line) => {
    expect(isNotice(line)).toBe(true);
  });

  it.each([
    ['a body line', '2018年，党政综合办在街道党工委、办事处的正确领导下，认真履行职责。'],
    ['no 本文系', '仅供学习参考，请勿照搬照抄！'],
    ['no 仅供学习参考', '本文系邮箱投稿，请勿照搬照抄！'],
    ['本文系 not at the start', '说明：本文系邮箱投稿，仅供学习参考，请勿照搬照抄！'],
    ['too much text after it', '本文系邮箱投稿，仅供学习参考，请勿照搬照抄！以下是正文的第一段内容，写得很长很长很长。'],
    ['a blank line', ''],
  ])('rejects %s', (_, line) => {
    expect(isNotice(line)).toBe(false);
  });

  it('finds exactly one notice per sample in seed 001 and none in 000 or 004', () => {
    const count = (f: string) => seedText(f).split('\n').filter(isNotice).length;
    expect(count(SEED.s001)).toBe(10);
    expect(count(SEED.s000)).toBe(0);
    expect(count(SEED.s004)).toBe(0);
    expect(count(SEED.s002)).toBe(1);
    expect(count(SEED.s003)).toBe(1);
  });
});
