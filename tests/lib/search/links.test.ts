import { describe, expect, it } from 'vitest';
import { sampleUrl, searchUrl } from '../../../src/lib/search/links.ts';

describe('search links', () => {
  it('link a sample, with the phrase to highlight and the section when given', () => {
    expect(sampleUrl('002', '')).toBe('/samples/002/');
    expect(sampleUrl('002', '以文辅政')).toBe(`/samples/002/?hl=${encodeURIComponent('以文辅政')}`);
    expect(sampleUrl('001-07', 'a&b', 'h-2-1')).toBe('/samples/001-07/?hl=a%26b#h-2-1');
    expect(sampleUrl('002', '', 'problems')).toBe('/samples/002/#problems');
  });
  it('link the search page for a phrase', () => {
    expect(searchUrl('三服务')).toBe(`/search/?q=${encodeURIComponent('三服务')}`);
  });
});
