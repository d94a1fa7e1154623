/**
 * Facet counts that tell what a click gives: disjunctive within a group (ticking another value of
 * a group adds its samples), conjunctive across groups (every other group's choice still applies).
 * So a value's count is the number of results having that value with every *other* group's choice
 * applied and its own group's choice left out: the standard faceted-search rule.
 */

/** Chosen values per group (`{ level: ['县级'], role: ['problems'] }`); an empty or missing list chooses nothing. */
export type FacetSelection = Readonly<Record<string, readonly string[]>>;

/** Counts per group and value. A value missing from its group counts 0. */
export type FacetCounts = Record<string, Record<string, number>>;

/** One result's values per group (a group it has no value in is missing or empty). */
export interface FacetedResult {
  values: Readonly<Record<string, readonly string[]>>;
}

const chosen = (selection: FacetSelection, group: string): readonly string[] => selection[group] ?? [];

/** Whether values pass a selection: some chosen value in every group with a choice, groups in `skip` aside. */
export function passes(values: FacetedResult['values'], selection: FacetSelection, skip: string | null = null): boolean {
  return Object.keys(selection).every((g) => {
    const want = chosen(selection, g);
    return g === skip || want.length === 0 || (values[g] ?? []).some((v) => want.includes(v));
  });
}

/** The selection without one group's choice. */
export function without(selection: FacetSelection, group: string): FacetSelection {
  return Object.fromEntries(Object.entries(selection).filter(([g]) => g !== group));
}

/**
 * Counts of every value of `groups` among results whose values are all known: each value counted
 * over the results that pass the selection with its own group left out.
 */
export function facetCounts(results: readonly FacetedResult[], selection: FacetSelection, groups: readonly string[]): FacetCounts {
  const out: FacetCounts = {};
  for (const g of groups) {
    const counts: Record<string, number> = {};
    for (const r of results) {
      if (!passes(r.values, selection, g)) continue;
      for (const v of new Set(r.values[g] ?? [])) counts[v] = (counts[v] ?? 0) + 1;
    }
    out[g] = counts;
  }
  return out;
}

/** One query an index answers with counts among its results: `group` null for the whole selection. */
export interface FacetQuery {
  group: string | null;
  selection: FacetSelection;
}

/**
 * The queries that give every count from an index that counts values among the results of a
 * query (as Pagefind does): the whole selection (its results, and the counts of groups without a
 * choice), and for each group with a choice, the selection without that group (its counts).
 */
export function facetQueries(selection: FacetSelection): FacetQuery[] {
  const withChoice = Object.keys(selection).filter((g) => chosen(selection, g).length > 0);
  return [{ group: null, selection }, ...withChoice.map((g) => ({ group: g, selection: without(selection, g) }))];
}

/** Every group's counts from the answers to `facetQueries`: a group with its own query counts there. */
export function mergeFacetCounts(
  groups: readonly string[],
  answers: readonly { group: string | null; counts: FacetCounts }[],
): FacetCounts {
  const whole = answers.find((a) => a.group === null);
  if (whole === undefined) throw new Error('no answer for the whole selection');
  const out: FacetCounts = {};
  for (const g of groups) out[g] = { ...((answers.find((a) => a.group === g) ?? whole).counts[g] ?? {}) };
  return out;
}
