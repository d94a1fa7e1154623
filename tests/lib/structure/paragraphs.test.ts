import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { widthOf } from '../../../src/lib/structure/paragraphs.ts';

describe('widthOf', () => {
  it('counts CJK and full-width characters 2, others 1', () => {
    expect(widthOf('一、工作 ok')).toBe(11);
    expect(widthOf('２０２０年　')).toBe(12);
  });

  it('counts a character, not a code unit: a surrogate pair once, a lone surrogate as one', () => {
    const units = fc.string({ unit: fc.constantFrom('a', '甲', ' ', '\u{20000}', '\ud800', '\udc00'), maxLength: 20 });
    fc.assert(
      fc.property(units, (s) => {
        expect(widthOf(s)).toBe([...s].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e7f ? 2 : 1), 0));
      }),
    );
  });
});
