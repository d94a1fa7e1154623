import type { Sample } from '../content/schema.ts';
import { GROUPS, GROUP_LABELS } from '../offices.ts';
import { inGroup } from './groups.ts';
import { GENRES } from '../import/genre.ts';
import { genreLabel, periodLabel, perspectiveLabel, yearLabel } from './labels.ts';

/** What faceting reads of a sample. */
export type Faceted = Pick<Sample, 'id' | 'level' | 'perspective' | 'organ' | 'year' | 'period' | 'genre'>;

/** One value a sample has under a facet: its URL segment and what readers see. */
export interface FacetValue {
  value: string;
  label: string;
}

/** One way to narrow the listing. A new facet is one entry in FACETS. */
export interface Facet {
  /** URL segment naming the facet (`/browse/year/2023/`). */
  key: string;
  label: string;
  /** The values a sample has under this facet: none when unknown, several when it is listed in several (个人 and its level). */
  valuesOf(sample: Faceted): FacetValue[];
  /** Order in which values are offered (given their counts in the listing). */
  compare(a: FacetValue & { count: number }, b: FacetValue & { count: number }): number;
  /**
   * A facet with many values (organ): chosen only after the facet named here, so that each page
   * offers the values of one such group, never all of them; offered only on a listing's first page,
   * and never as siblings of a chosen value.
   */
  within?: string;
}

const byIndex = (order: readonly string[]) => (a: FacetValue, b: FacetValue) => order.indexOf(a.value) - order.indexOf(b.value);
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** An ASCII URL segment for a free-text value (an organ name): FNV-1a, stable across builds and corpora. */
export function slugOf(text: string): string {
  let h = 0x811c9dc5;
  for (const unit of text) {
    h ^= unit.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(7, '0');
}

/** The facets in canonical order: a listing's URL names its chosen facets in this order. */
export const FACETS: readonly Facet[] = [
  {
    key: 'level',
    label: '层级',
    valuesOf: (s) => GROUPS.filter((g) => inGroup(s, g)).map((g) => ({ value: g, label: GROUP_LABELS[g] })),
    compare: byIndex(GROUPS),
  },
  {
    key: 'perspective',
    label: '类型',
    valuesOf: (s) => [{ value: s.perspective, label: perspectiveLabel(s.perspective) }],
    compare: byIndex(['unit', 'individual']),
  },
  {
    key: 'organ',
    label: '机关',
    valuesOf: (s) => (s.organ === null ? [] : [{ value: slugOf(s.organ), label: s.organ }]),
    // Most samples first; equal counts in a fixed (code point) order, so builds are reproducible.
    compare: (a, b) => b.count - a.count || byCode(a.label, b.label),
    within: 'level',
  },
  {
    key: 'year',
    label: '年份',
    valuesOf: (s) => (s.year === null ? [] : [{ value: String(s.year), label: yearLabel(s.year) }]),
    compare: (a, b) => Number(b.value) - Number(a.value),
  },
  {
    key: 'period',
    label: '周期',
    valuesOf: (s) => (s.period === null ? [] : [{ value: s.period, label: periodLabel(s.period) }]),
    compare: byIndex(['annual', 'half-year']),
  },
  // Last, so that the listings of the facets before it keep their URLs.
  {
    key: 'genre',
    label: '文种',
    valuesOf: (s) => [{ value: s.genre, label: genreLabel(s.genre) }],
    compare: byIndex(GENRES),
  },
];

/** At most this many facets are chosen at once, so the number of listings stays linear in the samples. */
export const MAX_CHOSEN = 2;

/** One chosen value. */
export interface Choice {
  facet: string;
  value: string;
}
/** Chosen values in FACETS order, each facet at most once: one listing. */
export type Selection = readonly Choice[];

const facetIndex = (key: string): number => {
  const i = FACETS.findIndex((f) => f.key === key);
  if (i < 0) throw new Error(`unknown facet ${key}`);
  return i;
};
const facetOf = (key: string): Facet => FACETS[facetIndex(key)]!;

/** A selection in canonical order. */
export const canonical = (selection: Selection): Choice[] => [...selection].sort((a, b) => facetIndex(a.facet) - facetIndex(b.facet));

/** Whether a selection names a listing: few enough choices, one per facet, in order, each facet's `within` chosen too. */
export function isListing(selection: Selection): boolean {
  const keys = selection.map((c) => c.facet);
  return (
    keys.length <= MAX_CHOSEN &&
    keys.every((k, i) => i === 0 || facetIndex(keys[i - 1]!) < facetIndex(k)) &&
    keys.every((k) => {
      const within = facetOf(k).within;
      return within === undefined || keys.includes(within);
    })
  );
}

/** Whether a sample is in the listing of a selection. */
export const matches = (sample: Faceted, selection: Selection): boolean =>
  selection.every((c) =>
    facetOf(c.facet)
      .valuesOf(sample)
      .some((v) => v.value === c.value),
  );

/** The selection's URL path below the browse root: `level/county/year/2023/`, or `` for all samples. */
export const selectionPath = (selection: Selection): string => selection.map((c) => `${c.facet}/${c.value}/`).join('');

/** One value offered on a listing: a link to `target`, whose listing has exactly `count` samples. */
export interface Offer extends FacetValue {
  count: number;
  target: Choice[];
}

/** What a listing shows of one facet: its chosen value, if any, and the values it offers. */
export interface FacetPanel {
  facet: string;
  label: string;
  /** The chosen value, with the listing without it (`without`, `withoutCount` samples) for 不限. */
  chosen: (FacetValue & { without: Choice[]; withoutCount: number }) | null;
  offers: Offer[];
  /** Offered only on a listing's first page (`within` facets, whose values are many). */
  firstPageOnly: boolean;
}

/** One listing: its selection, URL path below the browse root, and its samples (in the order given). */
export interface Listing<T extends Faceted> {
  selection: Choice[];
  path: string;
  samples: T[];
}
/** Every listing by path. */
export type Listings<T extends Faceted> = ReadonlyMap<string, Listing<T>>;

/** The selections a sample is listed under besides all samples: those of up to MAX_CHOSEN of its values that are listings. */
export function selectionsOf(sample: Faceted): Choice[][] {
  const choices = FACETS.flatMap((f) => f.valuesOf(sample).map((v) => ({ facet: f.key, value: v.value })));
  const out: Choice[][] = [];
  const grow = (from: Choice[], start: number) => {
    if (from.length === MAX_CHOSEN) return;
    for (let i = start; i < choices.length; i++) {
      const next = [...from, choices[i]!];
      if (isListing(next)) out.push(next);
      grow(next, i + 1);
    }
  };
  grow([], 0);
  return out;
}

/**
 * Every listing with results, and the listing of all samples (path ``) even when empty. With
 * MAX_CHOSEN facets and few values per sample, a sample is in a bounded number of listings
 * (1 + selectionsOf), so there are at most 1 + that bound × samples.
 */
export function listings<T extends Faceted>(samples: readonly T[]): Listings<T> {
  const out = new Map<string, Listing<T>>([['', { selection: [], path: '', samples: [...samples] }]]);
  for (const s of samples) {
    for (const selection of selectionsOf(s)) {
      const path = selectionPath(selection);
      const listing = out.get(path);
      if (listing) listing.samples.push(s);
      else out.set(path, { selection, path, samples: [s] });
    }
  }
  return out;
}

/** Values of a facet among samples, with their counts, in the facet's order. */
function tally(facet: Facet, samples: readonly Faceted[]): Array<FacetValue & { count: number }> {
  const counts = new Map<string, FacetValue & { count: number }>();
  for (const s of samples) {
    for (const v of facet.valuesOf(s)) {
      const seen = counts.get(v.value);
      if (seen) seen.count++;
      else counts.set(v.value, { ...v, count: 1 });
    }
  }
  return [...counts.values()].sort(facet.compare);
}

/** The samples of a listing's selection: none when no listing has that path, as every listing with results is one. */
const samplesOf = <T extends Faceted>(all: Listings<T>, selection: Selection): T[] => all.get(selectionPath(selection))?.samples ?? [];

/**
 * The facet panels of a listing. A facet not chosen offers, while fewer than MAX_CHOSEN are chosen,
 * each value its results have (the selection plus that value); a chosen facet offers its values in
 * place of the chosen one (counted among the samples matching the rest of the selection), unless
 * it is a `within` facet or another chosen facet is within it (then the rest is no listing). Values
 * with no results are never offered, so every count is the size of the target listing.
 */
export function facetPanels(all: Listings<Faceted>, selection: Selection): FacetPanel[] {
  const results = samplesOf(all, selection);
  return FACETS.map((facet) => {
    const picked = selection.find((c) => c.facet === facet.key);
    const panel = { facet: facet.key, label: facet.label, firstPageOnly: facet.within !== undefined };
    if (picked === undefined) {
      const target = (value: string) => canonical([...selection, { facet: facet.key, value }]);
      const open = selection.length < MAX_CHOSEN && isListing(target(''));
      const offers = open ? tally(facet, results).map((v) => ({ ...v, target: target(v.value) })) : [];
      return { ...panel, chosen: null, offers };
    }
    const rest = selection.filter((c) => c !== picked);
    const label = (results[0] && facet.valuesOf(results[0]).find((v) => v.value === picked.value)?.label) ?? picked.value;
    // Leaving a facet leaves the facets chosen within it too.
    const without = rest.filter((c) => facetOf(c.facet).within !== facet.key);
    const siblings =
      facet.within !== undefined || without.length < rest.length
        ? []
        : tally(facet, samplesOf(all, rest)).map((v) => ({ ...v, target: canonical([...rest, { facet: facet.key, value: v.value }]) }));
    return { ...panel, chosen: { value: picked.value, label, without, withoutCount: samplesOf(all, without).length }, offers: siblings };
  });
}

/** How a listing is sorted: by year, newest first (the default URL) or oldest first (under `oldest/`). */
export const SORTS = [
  { key: 'newest', label: '最新在前', path: '' },
  { key: 'oldest', label: '最早在前', path: 'oldest/' },
] as const;
export type Sort = (typeof SORTS)[number]['key'];

/** Samples in a sort's order: by year (unknown years last either way), then by id. */
export function sortSamples<T extends Faceted>(samples: readonly T[], sort: Sort): T[] {
  const sign = sort === 'newest' ? -1 : 1;
  return [...samples].sort((a, b) => {
    if (a.year !== b.year) {
      if (a.year === null) return 1;
      if (b.year === null) return -1;
      return sign * (a.year - b.year);
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

/** A listing's title: its chosen values' labels (`县级 · 2023年`), or 全部. */
export function selectionLabel(panels: readonly FacetPanel[], selection: Selection): string {
  if (selection.length === 0) return '全部';
  return selection.map((c) => panels.find((p) => p.facet === c.facet)!.chosen!.label).join(' · ');
}
