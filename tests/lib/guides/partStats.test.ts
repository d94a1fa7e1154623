import { describe, expect, it } from 'vitest';
import { partStats, roleOrder } from '../../../src/lib/guides/partStats.ts';
import { ROLES } from '../../../src/lib/structure/model.ts';
import { committedEntries } from '../../committed.ts';

const entries = committedEntries();

describe('roleOrder', () => {
  it('counts a run of parts of one role once', () => {
    expect(
      roleOrder([{ role: 'opening' }, { role: 'achievements' }, { role: 'achievements' }, { role: 'plans' }, { role: 'achievements' }]),
    ).toEqual(['opening', 'achievements', 'plans', 'achievements']);
    expect(roleOrder([])).toEqual([]);
  });
});

describe('partStats', () => {
  const stats = partStats(entries);
  it('counts every sample and every part once', () => {
    expect(stats.total).toBe(entries.length);
    expect(stats.roles.map((r) => r.role)).toEqual([...ROLES]);
    expect(stats.roles.reduce((n, r) => n + r.parts, 0)).toBe(entries.reduce((n, e) => n + e.structure.parts.length, 0));
    for (const r of stats.roles) {
      expect(r.headed + r.unheaded).toBe(r.parts);
      expect(r.samples).toEqual(entries.filter((e) => e.structure.parts.some((p) => p.role === r.role)).map((e) => e.id));
      expect(r.parts).toBeGreaterThanOrEqual(r.samples.length);
    }
  });
  it('puts each sample in exactly one order, most common first', () => {
    expect(stats.orders.flatMap((o) => o.samples).sort()).toEqual(entries.map((e) => e.id).sort());
    for (const o of stats.orders)
      for (const id of o.samples) expect(roleOrder(entries.find((e) => e.id === id)!.structure.parts)).toEqual(o.roles);
    const sizes = stats.orders.map((o) => o.samples.length);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });
});
