import type { SampleEntry } from '../content/schema.ts';
import type { Role } from '../structure/partRoles.ts';
import { GROUP_LABELS } from '../offices.ts';
import { GENRES } from '../import/genre.ts';
import { genreLabel, periodLabel, perspectiveLabel, roleLabel, yearLabel } from '../view/labels.ts';
import { titleLabels } from '../view/titleLabels.ts';
import { indexWords, searchable } from './encode.ts';
import { FILTER_KEYS, searchFilters, type FilterKey, type SearchMeta, type SearchSection } from './meta.ts';

/** One sample as Pagefind indexes it. */
export interface SearchRecord {
  url: string;
  /** The sample's searchable text: title lines and body, whitespace removed. */
  text: string;
  /** The index words of `text`, space-separated: Pagefind's content. */
  content: string;
  meta: SearchMeta;
  filters: Record<FilterKey, string[]>;
}

type Entry = Pick<
  SampleEntry,
  'id' | 'title' | 'titleLines' | 'titleInferred' | 'level' | 'perspective' | 'organ' | 'year' | 'period' | 'genre' | 'text' | 'structure'
>;

/** Sections in body order: each part, and each heading inside it; a heading at its part's start stands for both. */
function bodySections(entry: Entry): { at: number; anchor: string; role: Role; label: string }[] {
  const { parts, outline } = entry.structure;
  const out: { at: number; anchor: string; role: Role; label: string }[] = [];
  for (const part of parts) {
    const inside = outline.filter((h) => h.start >= part.start && h.start < part.end);
    if (inside[0]?.start !== part.start) out.push({ at: part.start, anchor: part.id, role: part.role, label: roleLabel(part.role) });
    for (const h of inside) out.push({ at: h.start, anchor: h.id, role: part.role, label: (h.marker + h.text).trim() });
  }
  return out;
}

/** The searchable title: the source's title lines; a constructed title is no source text. */
const titleText = (entry: Pick<Entry, 'titleLines' | 'titleInferred'>) =>
  entry.titleInferred ? '' : searchable(entry.titleLines.join(''));

/**
 * What search stores of a sample: its chips, its title's label (from `titleLabels` over the
 * collection; none when not given) and where each of its sections starts in its searchable text.
 */
export function searchMeta(entry: Entry, label: string | null = null): SearchMeta {
  const title = titleText(entry);
  // Searchable offsets of body offsets: count the non-whitespace characters before each.
  const sections: SearchSection[] = title === '' ? [] : [{ start: 0, anchor: '', role: null, label: '标题' }];
  let at = 0;
  let seen = 0;
  for (const s of bodySections(entry)) {
    seen += searchable(entry.text.slice(at, s.at)).length;
    at = s.at;
    sections.push({ start: title.length + seen, anchor: s.anchor, role: s.role, label: s.label });
  }
  return {
    id: entry.id,
    title: entry.title,
    label,
    level: entry.level ? GROUP_LABELS[entry.level] : null,
    perspective: perspectiveLabel(entry.perspective),
    organ: entry.organ,
    year: yearLabel(entry.year),
    period: periodLabel(entry.period),
    genre: genreLabel(entry.genre),
    sections,
  };
}

/** A sample's searchable text: its title lines and body, whitespace removed. Phrases are matched on this. */
export function searchText(entry: Pick<Entry, 'titleLines' | 'titleInferred' | 'text'>): string {
  return titleText(entry) + searchable(entry.text);
}

export function searchRecord(entry: Entry, label: string | null = null): SearchRecord {
  const text = searchText(entry);
  const meta = searchMeta(entry, label);
  return { url: `/samples/${entry.id}/`, text, content: indexWords(text).join(' '), meta, filters: searchFilters(meta) };
}

/** A collection's records, each title told apart from those it collides with. */
export function searchRecords(entries: readonly Entry[]): SearchRecord[] {
  const labels = titleLabels(entries);
  return entries.map((e) => searchRecord(e, labels.get(e.id) ?? null));
}

const LEVEL_ORDER: readonly string[] = Object.values(GROUP_LABELS);
const GENRE_ORDER: readonly string[] = GENRES.map(genreLabel);

/** How a filter's values are listed: levels from city down, genres as GENRES, newest year first, others most common first. */
function byKey(key: FilterKey): (a: { value: string; count: number }, b: { value: string; count: number }) => number {
  if (key === 'level') return (a, b) => LEVEL_ORDER.indexOf(a.value) - LEVEL_ORDER.indexOf(b.value);
  if (key === 'genre') return (a, b) => GENRE_ORDER.indexOf(a.value) - GENRE_ORDER.indexOf(b.value);
  if (key === 'year') return (a, b) => b.value.localeCompare(a.value);
  return (a, b) => b.count - a.count || a.value.localeCompare(b.value, 'zh-CN');
}

/** Every value of every filter over a set of samples, with how many samples have it. */
export function facets(metas: readonly SearchMeta[]): Record<FilterKey, { value: string; count: number }[]> {
  const out = {} as Record<FilterKey, { value: string; count: number }[]>;
  for (const key of FILTER_KEYS) {
    const counts = new Map<string, number>();
    for (const m of metas) for (const v of searchFilters(m)[key]) counts.set(v, (counts.get(v) ?? 0) + 1);
    out[key] = [...counts].map(([value, count]) => ({ value, count })).sort(byKey(key));
  }
  return out;
}
