import { describe, expect, it } from 'vitest';
import { byId, compareIds } from '../../../src/lib/content/order.ts';

describe('collection order', () => {
  it('sorts by id, a compilation’s samples in their order before single files, without touching the input', () => {
    const input = [{ id: '002' }, { id: '001-10' }, { id: '001-02' }, { id: '003' }];
    expect(byId(input).map((x) => x.id)).toEqual(['001-02', '001-10', '002', '003']);
    expect(input.map((x) => x.id)).toEqual(['002', '001-10', '001-02', '003']);
    expect(compareIds({ id: '002' }, { id: '002' })).toBe(0);
  });
});
