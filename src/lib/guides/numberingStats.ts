import type { SampleEntry } from '../content/schema.ts';
import { FAMILIES, FAMILY_SPECS, type Family } from '../structure/families.ts';
import { byId } from '../content/order.ts';

/** GB/T 9704-2012's structure marks, from the first level down. */
export const GBT_ORDER: readonly Family[] = ['cn', 'cn-paren', 'num', 'num-paren'];

/** What `<NumberingStats show>` shows: each mark family with its marks, or each sample's families from the first level down. */
export const NUMBERING_STATS_VIEWS = ['families', 'chains'] as const;
export type NumberingStatsView = (typeof NUMBERING_STATS_VIEWS)[number];

/** How one mark family is used across samples. */
export interface FamilyStats {
  family: Family;
  samples: string[];
  headings: number;
  /** The family's written forms (`1.` and `1、` are one family, two forms), most used first, each shown by its first mark. */
  forms: { form: string; count: number }[];
  /** At which outline depths the family sits, with how many samples put it there. */
  depths: { depth: number; samples: number }[];
}

/** One top-down sequence of families (the family at depth 1, at depth 2, …) and the samples that use it. */
export interface DepthChain {
  families: Family[];
  /** Whether its structure marks follow GB/T 9704's order from the first level (一、 → （一） → 1. → （1）); 一是 items inside paragraphs aside. */
  standard: boolean;
  samples: string[];
}

export interface NumberingStats {
  families: FamilyStats[];
  chains: DepthChain[];
}

type Entry = Pick<SampleEntry, 'id' | 'structure'>;

/** The family of each depth of a sample's outline, shallowest first: the first heading seen at that depth decides. */
export function depthChain(outline: SampleEntry['structure']['outline']): Family[] {
  const byDepth = new Map<number, Family>();
  for (const h of outline) if (!byDepth.has(h.depth)) byDepth.set(h.depth, h.family);
  return [...byDepth.entries()].sort((a, b) => a[0] - b[0]).map(([, f]) => f);
}

/**
 * Whether a chain is GB/T 9704's order: leaving out enumerations (一是…二是…, items inside a paragraph,
 * which the standard does not govern), its families are the standard's, consecutive, from 一、.
 */
export function isStandard(chain: readonly Family[]): boolean {
  const marks = chain.filter((f) => f !== 'enum');
  return marks.length > 0 && marks.every((f, i) => GBT_ORDER[i] === f);
}

/** Families in use (GB/T 9704's first, then the rest in registry order) and the depth chains seen, most common first. */
export function numberingStats(entries: readonly Entry[]): NumberingStats {
  const sorted = byId(entries);
  const families = FAMILIES.flatMap((family): FamilyStats[] => {
    const users = sorted.filter((e) => e.structure.outline.some((h) => h.family === family));
    if (users.length === 0) return [];
    const headings = users.flatMap((e) => e.structure.outline.filter((h) => h.family === family));
    const forms = new Map<string, number>();
    const { form: formOf, format } = FAMILY_SPECS[family];
    for (const h of headings) {
      // A form as a reader knows it: its first mark (`N、` reads `一、`).
      const form = format(formOf(h.marker), 1);
      forms.set(form, (forms.get(form) ?? 0) + 1);
    }
    const depths = new Map<number, Set<string>>();
    for (const e of users)
      for (const h of e.structure.outline) if (h.family === family) depths.set(h.depth, (depths.get(h.depth) ?? new Set()).add(e.id));
    return [
      {
        family,
        samples: users.map((e) => e.id),
        headings: headings.length,
        forms: [...forms].map(([form, count]) => ({ form, count })).sort((a, b) => b.count - a.count || a.form.localeCompare(b.form)),
        depths: [...depths].map(([depth, ids]) => ({ depth, samples: ids.size })).sort((a, b) => a.depth - b.depth),
      },
    ];
  });
  const chains = new Map<string, DepthChain>();
  for (const e of sorted) {
    const chain = depthChain(e.structure.outline);
    if (chain.length === 0) continue;
    const key = chain.join(' ');
    const seen = chains.get(key);
    if (seen) seen.samples.push(e.id);
    else chains.set(key, { families: chain, standard: isStandard(chain), samples: [e.id] });
  }
  return { families, chains: [...chains.values()].sort((a, b) => b.samples.length - a.samples.length) };
}
