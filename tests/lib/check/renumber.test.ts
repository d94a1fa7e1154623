import { describe, expect, it } from 'vitest';
import { renumbering } from '../../../src/lib/check/renumber.ts';
import { structure } from '../structure/helpers.ts';

const proposed = (body: string) => renumbering(structure(body)).map((r) => r.items.map((x) => `${x.marker}→${x.expected}@${x.line}`));

describe('renumbering', () => {
  it('renumbers the whole top-level sequence, not only the first mark out of order', () => {
    expect(proposed('开头。\n一、甲\n二、乙\n三、丙\n二、丁\n三、戊')).toEqual([
      ['一、→一、@2', '二、→二、@3', '三、→三、@4', '二、→四、@5', '三、→五、@6'],
    ]);
  });

  it('a skip under a parent', () => {
    expect(proposed('开头。\n一、甲\n（一）子。\n（二）子。\n（四）子。\n二、乙')).toEqual([
      ['（一）→（一）@3', '（二）→（二）@4', '（四）→（三）@5'],
    ]);
  });

  it('keeps marks in place as written and proposes marks of the same form', () => {
    expect(proposed('开头。\n一、甲\n１．子\n３．子')).toEqual([['１．→１．@3', '３．→2．@4']]);
    expect(proposed('开头。\n一、甲\n首先，a。再次，b。最后，c。')).toEqual([['首先，→首先，@3', '再次，→其次，@3', '最后，→最后，@3']]);
  });

  it('proposes nothing when every sequence is in order, and each sequence on its own', () => {
    expect(proposed('开头。\n一、甲\n（一）子。一是a。二是b。\n（二）子。一是c。\n二、乙\n（一）子。')).toEqual([]);
    expect(proposed('开头。\n一、甲\n（一）子\n（三）子\n二、乙\n（一）子\n（二）子')).toEqual([['（一）→（一）@3', '（三）→（二）@4']]);
  });

  it('the proposal, applied, leaves no numbering anomaly', () => {
    const bodies = [
      '开头。\n一、甲\n二、乙\n一、丙',
      '开头。\n一、甲\n三、乙\n三、丙\n五、丁',
      '开头。\n一、甲\n（一）子。\n（三）子。\n二、乙\n（二）子',
    ];
    const numbering = (body: string) => structure(body).anomalies.filter((a) => a.kind.startsWith('numbering'));
    for (const body of bodies) {
      expect(numbering(body).length).toBeGreaterThan(0);
      const lines = body.split('\n');
      for (const r of renumbering(structure(body)))
        for (const x of r.items) lines[x.line - 1] = lines[x.line - 1]!.replace(x.marker, x.expected);
      expect(numbering(lines.join('\n'))).toEqual([]);
    }
  });
});
