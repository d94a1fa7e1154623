import type { SearchMeta, SearchSection } from './meta.ts';
import { ROLES, type Role } from '../structure/partRoles.ts';
import { searchable } from './encode.ts';

/** Characters of context on each side of a match in an excerpt. */
export const EXCERPT_RADIUS = 32;

export interface Excerpt {
  before: string;
  match: string;
  after: string;
  /** Whether text was cut off before `before` / after `after`. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

/** The matches of a phrase inside one section of a sample. */
export interface SectionHits {
  section: SearchSection;
  count: number;
  /** The first match in the section, in context. */
  excerpt: Excerpt;
}

export interface SampleHits {
  occurrences: number;
  sections: SectionHits[];
}

/** Start offsets of every match of `phrase` in a searchable text, left to right and not overlapping. */
export function occurrences(text: string, phrase: string): number[] {
  const needle = searchable(phrase);
  const out: number[] = [];
  if (needle === '') return out;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) out.push(at);
  return out;
}

/** The section a text offset falls in: the last one starting at or before it. */
export function sectionAt(sections: readonly SearchSection[], offset: number): SearchSection | null {
  let found: SearchSection | null = null;
  for (const s of sections) {
    if (s.start > offset) break;
    found = s;
  }
  return found;
}

export function excerpt(text: string, start: number, length: number, radius = EXCERPT_RADIUS): Excerpt {
  const from = Math.max(0, start - radius);
  const to = Math.min(text.length, start + length + radius);
  return {
    before: text.slice(from, start),
    match: text.slice(start, start + length),
    after: text.slice(start + length, to),
    clippedStart: from > 0,
    clippedEnd: to < text.length,
  };
}

/**
 * Every match of a phrase in a sample, grouped by section in text order; only sections
 * whose role is in `roles` when roles are given (the title has no role).
 */
export function sampleHits(meta: Pick<SearchMeta, 'sections'>, text: string, phrase: string, roles: readonly string[] = []): SampleHits {
  const length = searchable(phrase).length;
  const bySection = new Map<SearchSection, SectionHits>();
  let total = 0;
  for (const at of occurrences(text, phrase)) {
    const section = sectionAt(meta.sections, at);
    if (section === null) continue;
    if (roles.length > 0 && (section.role === null || !roles.includes(section.role))) continue;
    total++;
    const hits = bySection.get(section);
    if (hits) hits.count++;
    else bySection.set(section, { section, count: 1, excerpt: excerpt(text, at, length) });
  }
  return { occurrences: total, sections: [...bySection.values()] };
}

/** The roles of the parts a sample's matches are in, in part order (the title has none). */
export function hitRoles(hits: SampleHits): Role[] {
  return ROLES.filter((role) => hits.sections.some((s) => s.section.role === role));
}
