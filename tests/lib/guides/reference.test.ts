import { describe, expect, it } from 'vitest';
import { elementSource, oneOf, referenceError } from '../../../src/lib/guides/reference.ts';
import { NUMBERING_STATS_VIEWS } from '../../../src/lib/guides/numberingStats.ts';
import { PART_STATS_VIEWS } from '../../../src/lib/guides/partStats.ts';

describe('reference errors', () => {
  it('name the guide file and line, then the element as written and what is wrong', () => {
    const e = referenceError('src/content/guides/structure.mdx:23', 'Example', { sample: '009', section: 'problems' }, '引用的范文不存在');
    expect(e.message).toBe('src/content/guides/structure.mdx:23: <Example sample="009" section="problems"> 引用的范文不存在');
  });
  it('write non-string props as expressions and leave out `at` and unset props', () => {
    expect(elementSource('PhraseList', { phrases: ['以文辅政', '承上启下'], at: 'x.mdx:1', max: undefined })).toBe(
      '<PhraseList phrases={["以文辅政","承上启下"]}>',
    );
  });
  it('say so when the location is missing', () => {
    expect(referenceError(undefined, 'PhraseCount', { phrase: 'x' }, '没有').message).toBe(
      '（位置不明：PhraseCount 不在指南的 MDX 中，或 astro.config.mjs 未注册 locatePlugin）: <PhraseCount phrase="x"> 没有',
    );
  });
});

describe('enumerated props', () => {
  const at = 'src/content/guides/numbering.mdx:30';
  it('pass a value the component takes', () => {
    for (const show of NUMBERING_STATS_VIEWS) expect(oneOf(at, 'NumberingStats', { show }, 'show', NUMBERING_STATS_VIEWS)).toBe(show);
    for (const show of PART_STATS_VIEWS) expect(oneOf(at, 'PartStats', { show }, 'show', PART_STATS_VIEWS)).toBe(show);
  });
  it('fail on any other value, naming the place and the values allowed', () => {
    expect(() => oneOf(at, 'NumberingStats', { show: 'chain' }, 'show', NUMBERING_STATS_VIEWS)).toThrow(
      'src/content/guides/numbering.mdx:30: <NumberingStats show="chain"> 的 show 只能是 families、chains 之一',
    );
    // Another view's value is as wrong as a typo: PartStats does not show mark families.
    expect(() => oneOf(at, 'PartStats', { show: 'families' }, 'show', PART_STATS_VIEWS)).toThrow(
      '<PartStats show="families"> 的 show 只能是 roles、orders 之一',
    );
    expect(() => oneOf(at, 'PartStats', { show: 1 }, 'show', PART_STATS_VIEWS)).toThrow(
      '<PartStats show={1}> 的 show 只能是 roles、orders 之一',
    );
  });
  it('fail when the prop is left out', () => {
    expect(() => oneOf(at, 'NumberingStats', { show: undefined }, 'show', NUMBERING_STATS_VIEWS)).toThrow(
      'src/content/guides/numbering.mdx:30: <NumberingStats> 缺少 show（应为 families、chains 之一）',
    );
  });
});
