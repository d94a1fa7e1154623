import { describe, expect, it } from 'vitest';
import { sortedGuides } from '../../../src/lib/view/guides.ts';

describe('sortedGuides', () => {
  it('orders by `order`, then by slug, without changing its input', () => {
    const input = [
      { id: 'b', data: { order: 2 } },
      { id: 'z', data: { order: 1 } },
      { id: 'a', data: { order: 2 } },
    ];
    expect(sortedGuides(input).map((g) => g.id)).toEqual(['z', 'a', 'b']);
    expect(input.map((g) => g.id)).toEqual(['b', 'z', 'a']);
  });
});
