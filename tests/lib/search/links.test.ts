import { describe, expect, it } from 'vitest';
import { resultUrl, sampleUrl, searchUrl } from '../../../src/lib/search/links.ts';
import { sampleHits } from '../../../src/lib/search/matches.ts';
import { seedRecords } from './corpus.ts';

describe('search links', () => {
  it('link a sample, with the phrase to highlight and the section when given', () => {
    expect(sampleUrl('002', '')).toBe('/samples/002/');
    expect(sampleUrl('002', '以文辅政')).toBe(`/samples/002/?hl=${encodeURIComponent('以文辅政')}`);
    expect(sampleUrl('001-07', 'a&b', 'h-2-1')).toBe('/samples/001-07/?hl=a%26b#h-2-1');
    expect(sampleUrl('002', '', 'problems')).toBe('/samples/002/#problems');
  });
  it("link a result's title to the section of its first listed match", () => {
    const seeds = seedRecords();
    for (const { record } of seeds) {
      const all = sampleHits(record.meta, record.text, '工作');
      if (all.occurrences === 0) continue;
      expect(resultUrl(record.meta.id, '工作', all)).toBe(sampleUrl(record.meta.id, '工作', all.sections[0]!.section.anchor));
      // With a role filter, the first match of that role.
      const plans = sampleHits(record.meta, record.text, '工作', ['plans']);
      if (plans.occurrences > 0) expect(resultUrl(record.meta.id, '工作', plans)).toContain(`#${plans.sections[0]!.section.anchor}`);
    }
    expect(seeds.some(({ record }) => sampleHits(record.meta, record.text, '工作', ['plans']).occurrences > 0)).toBe(true);
    // A listing by filters alone links the sample's top.
    expect(resultUrl('002', '', null)).toBe('/samples/002/');
  });
  it('link the search page for a phrase', () => {
    expect(searchUrl('三服务')).toBe(`/search/?q=${encodeURIComponent('三服务')}`);
  });
});
