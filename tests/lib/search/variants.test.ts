import { describe, expect, it } from 'vitest';
import {
  curlyQuotes,
  customaryWidth,
  fullWidth,
  halfWidth,
  MAX_VARIANTS,
  queryVariants,
  unquoted,
} from '../../../src/lib/search/variants.ts';

describe('query variants', () => {
  it('offers the other letter case', () => {
    expect(queryVariants('xx')).toContain('XX');
    expect(queryVariants('XX')).toContain('xx');
    expect(queryVariants('20xx年')).toContain('20XX年');
  });

  it('offers half- and full-width letters, digits and punctuation', () => {
    expect(queryVariants('２０１９年')).toContain('2019年');
    expect(queryVariants('ＸＸ')).toContain('XX');
    expect(queryVariants('2019年')).toContain('２０１９年');
    // Official texts write letters and digits half-width and brackets full-width.
    expect(queryVariants('(一)')[0]).toBe('（一）');
    expect(queryVariants('（１）')).toContain('（1）');
    expect(queryVariants('ｘｘ')).toContain('XX');
  });

  it('offers the phrase without the quotes typed around it, and in Chinese quotes', () => {
    for (const q of ['"以文辅政"', '“以文辅政”', '「以文辅政」', '『以文辅政』', "'以文辅政'", '＂以文辅政＂'])
      expect(queryVariants(q), q).toContain('以文辅政');
    expect(queryVariants('"三服务"')).toContain('“三服务”');
    expect(queryVariants('「三服务」')).toContain('“三服务”');
    expect(queryVariants('落实"三服务"要求')).toContain('落实“三服务”要求');
    // Quotes and case at once.
    expect(queryVariants('"xx"')).toContain('XX');
  });

  it('puts one change before two, never repeats, never offers the query itself or nothing', () => {
    const variants = queryVariants('"xx"');
    expect(variants.indexOf('xx')).toBeLessThan(variants.indexOf('XX'));
    expect(new Set(variants).size).toBe(variants.length);
    expect(variants).not.toContain('"xx"');
    expect(variants.every((v) => v.trim() !== '')).toBe(true);
    expect(variants.length).toBeLessThanOrEqual(MAX_VARIANTS);
    expect(queryVariants('  xx ')).not.toContain('xx');
  });

  it('has nothing to offer for plain Chinese text or an empty query', () => {
    expect(queryVariants('以文辅政')).toEqual([]);
    expect(queryVariants('存在的问题')).toEqual([]);
    expect(queryVariants('   ')).toEqual([]);
    // A lone quote mark is not a pair.
    expect(queryVariants('"')).toEqual([]);
  });

  it('converts widths and quotes character by character', () => {
    expect(halfWidth('ＡＢ１２（）')).toBe('AB12()');
    expect(fullWidth('AB12()')).toBe('ＡＢ１２（）');
    expect(customaryWidth('Ａ1(2)')).toBe('A1（2）');
    expect(halfWidth('＂')).toBe('＂');
    expect(fullWidth('"a"')).toBe('"ａ"');
    expect(unquoted('“以文辅政”')).toBe('以文辅政');
    expect(unquoted('“”')).toBeNull();
    expect(unquoted('以文辅政')).toBeNull();
    expect(curlyQuotes('「一」『二』"三"')).toBe('“一”‘二’“三”');
  });
});
