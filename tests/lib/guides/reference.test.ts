import { describe, expect, it } from 'vitest';
import { elementSource, referenceError } from '../../../src/lib/guides/reference.ts';

describe('reference errors', () => {
  it('name the guide file and line, then the element as written and what is wrong', () => {
    const e = referenceError('src/content/guides/structure.mdx:23', 'Example', { sample: '009', section: 'problems' }, '引用的范文不存在');
    expect(e.message).toBe('src/content/guides/structure.mdx:23: <Example sample="009" section="problems"> 引用的范文不存在');
  });
  it('write non-string props as expressions and leave out `at` and unset props', () => {
    expect(elementSource('PhraseList', { phrases: ['以文辅政', '承上启下'], at: 'x.mdx:1', max: undefined })).toBe('<PhraseList phrases={["以文辅政","承上启下"]}>');
  });
  it('say so when the location is missing', () => {
    expect(referenceError(undefined, 'PhraseCount', { phrase: 'x' }, '没有').message).toBe('（位置不明：PhraseCount 不在指南的 MDX 中，或 astro.config.mjs 未注册 locatePlugin）: <PhraseCount phrase="x"> 没有');
  });
});
