import { describe, expect, it } from 'vitest';
import { roleOrdinals } from '../../../src/lib/structure/partRoles.ts';
import { partLabels, roleLabel } from '../../../src/lib/view/labels.ts';
import { committedEntries } from '../../committed.ts';

describe('roleOrdinals', () => {
  it('numbers the parts of a role that occurs more than once, in order', () => {
    expect(
      roleOrdinals([{ role: 'opening' }, { role: 'achievements' }, { role: 'problems' }, { role: 'achievements' }, { role: 'plans' }]),
    ).toEqual([null, 1, null, 2, null]);
  });

  it('gives part ids and part labels the same numbers in every committed sample', () => {
    const parts = committedEntries().map((e) => e.structure.parts);
    expect(parts.some((ps) => roleOrdinals(ps).some((n) => n !== null))).toBe(true);
    for (const ps of parts) {
      const [ordinals, labels] = [roleOrdinals(ps), partLabels(ps)];
      ps.forEach((p, i) => {
        const n = ordinals[i];
        expect(p.id).toBe(n === null ? p.role : `${p.role}-${n}`);
        expect(labels[i]).toBe(n === null ? roleLabel(p.role) : `${roleLabel(p.role)} ${n}`);
      });
    }
  });
});
