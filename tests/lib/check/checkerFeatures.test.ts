import { describe, expect, it } from 'vitest';
import { checkerFeatures } from '../../../src/lib/check/checkerFeatures.ts';
import { sampleFeatures } from '../../../src/lib/check/similar.ts';
import { titleLabels } from '../../../src/lib/view/titleLabels.ts';
import { samples } from './samples.ts';

describe('checkerFeatures', () => {
  it('gives every sample its features in id order, titles that collide labelled as where samples are listed', () => {
    const got = checkerFeatures(samples.toReversed());
    const ids = samples.map((s) => s.id).sort();
    expect(got.map((f) => f.id)).toEqual(ids);
    const labels = titleLabels(samples);
    expect(labels.size).toBeGreaterThan(0);
    for (const f of got) {
      const s = samples.find((x) => x.id === f.id)!;
      const label = labels.get(s.id);
      expect(f).toEqual({ ...sampleFeatures(s), title: label === undefined ? s.title : `${s.title}（${label}）` });
    }
  });
});
