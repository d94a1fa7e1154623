import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../../../src/lib/structure/fold.ts';

describe('fold', () => {
  it('reads traditional characters as simplified and full-width digits and letters as ASCII', () => {
    expect(fold('縣政府辦公室２０２０年工作總結ＸＸ　ｘ')).toBe('县政府办公室2020年工作总结XX　x');
  });

  it('leaves other characters alone, a character that is also simplified too', () => {
    const text = '后台干著；（一）①——。，“”\u3000 \n\u{20000}\ud800';
    expect(fold(text)).toBe(text);
  });

  it('folds a text as it folds each of its characters, offset for offset', () => {
    const texts = fc.string({
      unit: fc.constantFrom('縣', '县', '辦', '２', 'Ｘ', 'ｚ', '０', '甲', 'a', ' ', '\n', '\u{20000}', '\ud800'),
      maxLength: 30,
    });
    fc.assert(
      fc.property(texts, (text) => {
        const folded = fold(text);
        expect(folded).toHaveLength(text.length);
        expect(folded).toBe([...text].map(fold).join(''));
      }),
    );
  });
});
