import { ROLES, type Role } from '../structure/partRoles.ts';
import type { FacetSelection } from './facetCounts.ts';
import { FILTER_KEYS, type FilterKey } from './meta.ts';

/**
 * How many samples the search page lists at a time (then 更多): each needs its Pagefind fragment
 * (about 7.5 KB), so this is most of what a first search of a common phrase downloads.
 */
export const RESULT_BATCH = 20;

/** What the search page shows, as kept in its URL (`/search/?q=以文辅政&level=县级&role=problems`). */
export interface SearchState {
  q: string;
  filters: Record<FilterKey, string[]>;
  roles: Role[];
}

export function emptyFilters(): Record<FilterKey, string[]> {
  return Object.fromEntries(FILTER_KEYS.map((k) => [k, [] as string[]])) as Record<FilterKey, string[]>;
}

export function parseState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters = emptyFilters();
  for (const key of FILTER_KEYS) filters[key] = [...new Set(params.getAll(key).filter((v) => v !== ''))];
  const roles = [...new Set(params.getAll('role'))].filter((r): r is Role => (ROLES as readonly string[]).includes(r));
  return { q: params.get('q') ?? '', filters, roles };
}

/** The query string of a state, in a fixed key order so equal states give equal URLs. */
export function formatState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q !== '') params.set('q', state.q);
  for (const key of FILTER_KEYS) for (const v of state.filters[key]) params.append(key, v);
  for (const r of state.roles) params.append('role', r);
  const s = params.toString();
  return s === '' ? '' : `?${s}`;
}

/** Pagefind's filter object: any of the chosen values within a key, every key at once (the role is no index filter). */
export function pagefindFilters(selection: FacetSelection): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const key of FILTER_KEYS) if ((selection[key] ?? []).length > 0) out[key] = { any: [...selection[key]!] };
  return out;
}

/** Every group a result is faceted by: the index filters, then the role of the part a match is in. */
export const FACET_GROUPS = [...FILTER_KEYS, 'role'] as const;

/** The state's choices per facet group. */
export function facetSelection(state: SearchState): FacetSelection {
  return { ...state.filters, role: state.roles };
}

export function hasFilters(state: SearchState): boolean {
  return state.roles.length > 0 || FILTER_KEYS.some((k) => state.filters[k].length > 0);
}
