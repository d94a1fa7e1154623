import type { Sample } from '../content/schema.ts';
import { GROUPS, GROUP_LABELS, type Group } from '../offices.ts';
import { byId } from '../content/order.ts';

/** Samples whose level the engine could not infer: listed on home only, as there is no level page for them. */
export const OTHER = 'other';
export type HomeGroup = Group | typeof OTHER;
export const HOME_GROUP_LABELS: Record<HomeGroup, string> = { ...GROUP_LABELS, [OTHER]: '其他' };

type Grouped = Pick<Sample, 'id' | 'level' | 'perspective'>;

/** Whether a sample is listed in a group: its level, and 个人 too for a person's own summary. */
export function inGroup(sample: Grouped, group: Group): boolean {
  return group === 'individual' ? sample.perspective === 'individual' : sample.level === group;
}

/** The samples of one group, sorted by id (compilation order, then single files). */
export function samplesIn<T extends Grouped>(samples: readonly T[], group: Group): T[] {
  return byId(samples).filter((s) => inGroup(s, group));
}

/**
 * The home page's groups: every group of GROUPS in order, even when empty, then 其他
 * for samples without a level, only when there are some.
 */
export function groupSamples<T extends Grouped>(samples: readonly T[]): Array<{ group: HomeGroup; samples: T[] }> {
  const groups: Array<{ group: HomeGroup; samples: T[] }> = GROUPS.map((group) => ({ group, samples: samplesIn(samples, group) }));
  const other = byId(samples).filter((s) => s.level === null);
  return other.length > 0 ? [...groups, { group: OTHER, samples: other }] : groups;
}
