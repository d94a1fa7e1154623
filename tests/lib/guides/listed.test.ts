import { describe, expect, it } from 'vitest';
import { GUIDE_LIST_MAX, listed } from '../../../src/lib/guides/listed.ts';

describe('listed', () => {
  it('keeps the first entries and counts the rest', () => {
    const items = Array.from({ length: GUIDE_LIST_MAX + 7 }, (_, i) => i);
    expect(listed(items)).toEqual({ shown: items.slice(0, GUIDE_LIST_MAX), more: 7 });
    expect(listed([1, 2, 3], 2)).toEqual({ shown: [1, 2], more: 1 });
  });
  it('keeps a short list whole', () => {
    expect(listed(['a', 'b'])).toEqual({ shown: ['a', 'b'], more: 0 });
    expect(listed([])).toEqual({ shown: [], more: 0 });
  });
});
