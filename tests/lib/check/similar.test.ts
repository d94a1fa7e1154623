import { describe, expect, it } from 'vitest';
import { closestSamples, featuresOf, similarity } from '../../../src/lib/check/similar.ts';
import { features } from './samples.ts';

const text = (headings: string[], roles: Array<'opening' | 'achievements' | 'problems' | 'plans' | 'closing'>, chars: number) =>
  featuresOf('county', { outline: headings.map((t) => ({ text: t })), parts: roles.map((role) => ({ role })) }, chars);

describe('similarity', () => {
  it('keeps distinct Han bigrams of heading texts and the roles present', () => {
    const f = text(['综合协调，高效', '协调'], ['achievements', 'opening'], 100);
    expect(f.bigrams).toBe(['协调', '合协', '综合', '高效'].sort().join(''));
    expect(f.roles).toBe('oa');
  });

  it('is 1 for equal features and grows with shared headings, roles and length', () => {
    const a = text(['加强学习提高能力', '做好服务'], ['opening', 'achievements', 'plans'], 2000);
    expect(similarity(a, a)).toBeCloseTo(1);
    const near = text(['加强学习', '做好保障'], ['opening', 'achievements', 'plans'], 1800);
    const far = text(['扶贫攻坚'], ['achievements'], 500);
    expect(similarity(a, near)).toBeGreaterThan(similarity(a, far));
  });

  it('ranks within the level, or across levels when the level is unknown', () => {
    const draft = { ...features[0]! };
    expect(closestSamples(draft, features).samples.every((s) => s.level === draft.level)).toBe(true);
    const unknown = closestSamples({ ...draft, level: null }, features, 5);
    expect(unknown.sameLevel).toBe(false);
    expect(unknown.samples).toHaveLength(5);
    expect(unknown.samples[0]!.id).toBe(draft.id);
  });
});
