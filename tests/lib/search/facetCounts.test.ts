import { describe, expect, it } from 'vitest';
import {
  facetCounts,
  facetQueries,
  mergeFacetCounts,
  passes,
  type FacetCounts,
  type FacetSelection,
  type FacetedResult,
} from '../../../src/lib/search/facetCounts.ts';
import { hitRoles, sampleHits } from '../../../src/lib/search/matches.ts';
import { FILTER_KEYS, searchFilters } from '../../../src/lib/search/meta.ts';
import { seedRecords } from './corpus.ts';

const GROUPS = [...FILTER_KEYS, 'role'];

/** The seed samples containing a phrase, each with its filter values and the roles of the parts it occurs in. */
const records = seedRecords().map((s) => s.record);

/** The seed samples containing a phrase, each with its filter values and the roles of the parts it occurs in. */
function resultsOf(phrase: string): FacetedResult[] {
  return records
    .map((record) => ({ record, hits: sampleHits(record.meta, record.text, phrase) }))
    .filter(({ hits }) => hits.occurrences > 0)
    .map(({ record, hits }) => ({
      values: { ...searchFilters(record.meta), role: hitRoles(hits) },
    }));
}

/** What an index like Pagefind answers: the counts of every value among the results of one selection. */
function indexCounts(results: readonly FacetedResult[], selection: FacetSelection): FacetCounts {
  const out: FacetCounts = {};
  for (const r of results.filter((x) => passes(x.values, selection)))
    for (const [g, vs] of Object.entries(r.values)) for (const v of vs) (out[g] ??= {})[v] = (out[g]?.[v] ?? 0) + 1;
  return out;
}

const listed = (results: readonly FacetedResult[], selection: FacetSelection) => results.filter((r) => passes(r.values, selection)).length;

describe('facet counts', () => {
  it('counts within a group as if its own choice were not made, and across groups with theirs applied', () => {
    // The bug this fixes: with 县级 chosen, 机关 offered 街道办 (a street office), which no 县级 sample has.
    const results: FacetedResult[] = [
      { values: { level: ['县级'], organ: ['县政府办'] } },
      { values: { level: ['县级'], organ: ['县委办'] } },
      { values: { level: ['街道乡镇'], organ: ['街道办'] } },
      { values: { level: ['市级'], organ: ['县政府办'] } },
    ];
    const counts = facetCounts(results, { level: ['县级'], organ: [] }, ['level', 'organ']);
    expect(counts.organ).toEqual({ 县政府办: 1, 县委办: 1 });
    // Other levels keep their counts: ticking one adds its samples.
    expect(counts.level).toEqual({ 县级: 2, 街道乡镇: 1, 市级: 1 });
    const both = facetCounts(results, { level: ['县级', '市级'], organ: ['县政府办'] }, ['level', 'organ']);
    expect(both.level).toEqual({ 县级: 1, 市级: 1 });
    expect(both.organ).toEqual({ 县政府办: 2, 县委办: 1 });
  });

  it('counts a result once per value, even when a value is listed twice', () => {
    expect(facetCounts([{ values: { role: ['plans', 'plans'] } }], {}, ['role'])).toEqual({ role: { plans: 1 } });
  });

  // Phrases of the seeds, and selections of one, two and three groups, the role among them.
  const phrases = ['工作', '以文辅政', '下一步', 'XX'];
  const selections: FacetSelection[] = [
    {},
    { level: ['县级'] },
    { level: ['县级', '市级'], year: [] },
    { perspective: ['单位总结'], role: ['problems'] },
    { level: ['县级'], genre: ['工作总结'], role: ['achievements', 'plans'] },
  ];

  it.each(phrases)('gives, for "%s", each value the results that choosing it alone in its group lists', (phrase) => {
    const results = resultsOf(phrase);
    expect(results.length).toBeGreaterThan(0);
    for (const selection of selections) {
      const counts = facetCounts(results, selection, GROUPS);
      for (const g of GROUPS)
        for (const v of new Set(results.flatMap((r) => r.values[g] ?? [])))
          expect(counts[g]![v] ?? 0, `${JSON.stringify(selection)} ${g}=${v}`).toBe(listed(results, { ...selection, [g]: [v] }));
      // Values no result has are not counted at all.
      expect(Object.values(counts).every((c) => Object.values(c).every((n) => n > 0))).toBe(true);
    }
  });

  it('asks an index one query for the whole selection and one per group with a choice, and their counts agree', () => {
    expect(facetQueries({ level: ['县级'], year: [], genre: ['讲话'] }).map((q) => q.group)).toEqual([null, 'level', 'genre']);
    expect(facetQueries({ level: ['县级'], genre: ['讲话'] })[1]!.selection).toEqual({ genre: ['讲话'] });
    for (const phrase of phrases) {
      const results = resultsOf(phrase);
      for (const selection of selections) {
        const answers = facetQueries(selection).map((q) => ({ group: q.group, counts: indexCounts(results, q.selection) }));
        const merged = mergeFacetCounts(GROUPS, answers);
        const local = facetCounts(results, selection, GROUPS);
        for (const g of GROUPS) expect(merged[g], `${phrase} ${JSON.stringify(selection)} ${g}`).toEqual(local[g]);
      }
    }
  });

  it('needs the answer for the whole selection', () => {
    expect(() => mergeFacetCounts(['level'], [{ group: 'level', counts: {} }])).toThrow();
  });
});
