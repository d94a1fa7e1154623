import { describe, expect, it } from 'vitest';
import { passes } from '../../../src/lib/search/facetCounts.ts';
import { facetSelection, formatState, hasFilters, pagefindFilters, parseState } from '../../../src/lib/search/state.ts';

describe('search state', () => {
  it('reads the query, filters and roles from the URL', () => {
    const s = parseState('?q=%E4%BB%A5%E6%96%87&level=%E5%8E%BF%E7%BA%A7&level=%E5%B8%82%E7%BA%A7&role=problems&role=nonsense');
    expect(s.q).toBe('以文');
    expect(s.filters.level).toEqual(['县级', '市级']);
    expect(s.roles).toEqual(['problems']);
    expect(hasFilters(s)).toBe(true);
    expect(pagefindFilters(facetSelection(s))).toEqual({ level: { any: ['县级', '市级'] } });
    expect(facetSelection(s)).toMatchObject({ level: ['县级', '市级'], year: [], role: ['problems'] });
  });

  it('writes a state back to the same URL, keys in a fixed order', () => {
    const url = '?q=%E2%80%9C%E4%B8%89%E6%9C%8D%E5%8A%A1%E2%80%9D&year=2019%E5%B9%B4&role=plans';
    expect(formatState(parseState(url))).toBe(url);
    expect(formatState(parseState('?role=plans&year=2019年&q=“三服务”'))).toBe(url);
    expect(formatState(parseState(''))).toBe('');
    expect(hasFilters(parseState('?q=x'))).toBe(false);
  });

  it('passes a sample when every chosen filter and role has one of its values', () => {
    const values = {
      level: ['县级'],
      perspective: ['单位总结'],
      organ: ['县政府办'],
      year: ['2018年'],
      period: ['全年总结'],
      genre: ['工作总结'],
      role: ['opening', 'plans'],
    };
    const allows = (url: string) => passes(values, facetSelection(parseState(url)));
    expect(allows('')).toBe(true);
    expect(allows('?level=县级&level=市级&year=2018年')).toBe(true);
    expect(allows('?level=市级')).toBe(false);
    expect(allows('?level=县级&period=半年总结')).toBe(false);
    expect(allows('?genre=工作总结&genre=讲话')).toBe(true);
    expect(allows('?genre=述职报告')).toBe(false);
    expect(allows('?role=plans&role=problems')).toBe(true);
    expect(allows('?level=县级&role=problems')).toBe(false);
  });
});
