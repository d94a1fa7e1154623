import type { SampleEntry } from '../content/schema.ts';
import { ROLES, type Role } from '../structure/model.ts';
import { byId } from '../content/order.ts';

/** How one part role occurs across samples. */
export interface RoleStats {
  role: Role;
  /** Samples with at least one part of this role. */
  samples: string[];
  /** Parts of this role in all samples (a numbered body has one part per 一级标题). */
  parts: number;
  /** Of those, parts opened by a depth-1 heading, and parts that are unheaded paragraphs. */
  headed: number;
  unheaded: number;
}

/** One order of roles in which samples run, each role once per run of its parts. */
export interface RoleOrder {
  roles: Role[];
  samples: string[];
}

export interface PartStats {
  total: number;
  roles: RoleStats[];
  orders: RoleOrder[];
}

type Entry = Pick<SampleEntry, 'id' | 'structure'>;

/** What `<PartStats show>` shows: how many samples have each part, or the orders the parts come in. */
export const PART_STATS_VIEWS = ['roles', 'orders'] as const;
export type PartStatsView = (typeof PART_STATS_VIEWS)[number];

/** The sequence of roles of a sample's parts, consecutive parts of one role counted once. */
export function roleOrder(parts: readonly { role: Role }[]): Role[] {
  return parts.map((p) => p.role).filter((r, i, all) => i === 0 || all[i - 1] !== r);
}

/** Per role: which samples have it and how its parts are headed; and the role orders seen, most common first. */
export function partStats(entries: readonly Entry[]): PartStats {
  const sorted = byId(entries);
  const roles = ROLES.map((role): RoleStats => {
    const parts = sorted.flatMap((e) => e.structure.parts.filter((p) => p.role === role));
    return {
      role,
      samples: sorted.filter((e) => e.structure.parts.some((p) => p.role === role)).map((e) => e.id),
      parts: parts.length,
      headed: parts.filter((p) => p.heading !== null).length,
      unheaded: parts.filter((p) => p.heading === null).length,
    };
  });
  const orders = new Map<string, RoleOrder>();
  for (const e of sorted) {
    const order = roleOrder(e.structure.parts);
    const key = order.join(' ');
    const seen = orders.get(key);
    if (seen) seen.samples.push(e.id);
    else orders.set(key, { roles: order, samples: [e.id] });
  }
  return { total: sorted.length, roles, orders: [...orders.values()].sort((a, b) => b.samples.length - a.samples.length) };
}
