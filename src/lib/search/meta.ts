import type { Role } from '../structure/partRoles.ts';

/** Where a section of a sample's searchable text starts, and where a result links to. */
export interface SearchSection {
  /** Offset in the searchable text (UTF-16 units). */
  start: number;
  /** Element id on the sample page (`h-2-1`, `problems`); empty for the title. */
  anchor: string;
  /** Role of the part the section is in; null for the title. */
  role: Role | null;
  /** The heading as written (`（一）强化以文辅政`), the part's role label, or `标题`. */
  label: string;
}

/** The filters a result can be narrowed by, with the values readers see. */
export const FILTER_KEYS = ['level', 'perspective', 'organ', 'year', 'period', 'genre'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** What search shows of a sample and needs to place a match: stored with its Pagefind record. */
export interface SearchMeta {
  id: string;
  title: string;
  /** What tells it from samples sharing its title (`titleLabels`); null for a title of its own. */
  label: string | null;
  level: string | null;
  perspective: string;
  organ: string | null;
  year: string;
  period: string;
  genre: string;
  sections: SearchSection[];
}

/** The filter values of a sample, as readers see them. */
export function searchFilters(meta: SearchMeta): Record<FilterKey, string[]> {
  return {
    level: meta.level === null ? [] : [meta.level],
    perspective: [meta.perspective],
    organ: meta.organ === null ? [] : [meta.organ],
    year: [meta.year],
    period: [meta.period],
    genre: [meta.genre],
  };
}
