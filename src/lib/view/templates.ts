import type { SampleEntry } from '../content/schema.ts';
import { sliceDoc, type CopyDoc, type CopyTarget } from '../format/copy.ts';
import { GROUPS, type Group } from '../offices.ts';
import { ROLES, type Role } from '../structure/model.ts';
import { copyDoc, copyTargets } from './copyDoc.ts';
import { inGroup } from './groups.ts';
import { partLabels } from './labels.ts';
import { byId } from '../content/order.ts';
import { pageCount, pageItems, paginate, TEMPLATES_PAGE_SIZE } from './paging.ts';

/** The templates view: the parts of one role across samples, and each sample's skeleton. */

type Sample = Pick<
  SampleEntry,
  'id' | 'title' | 'titleLines' | 'titleInferred' | 'level' | 'perspective' | 'organ' | 'year' | 'period' | 'text' | 'structure'
>;

/** One part of a sample in the templates view, with what its copy actions copy. */
export interface TemplateCard {
  sample: Pick<Sample, 'id' | 'title' | 'level' | 'perspective' | 'organ' | 'year' | 'period'>;
  /** The part's id on its sample page (`achievements-2`) and its label there (`主要成绩 2`). */
  part: string;
  label: string;
  /** Id of the element holding `doc`'s JSON. */
  dataId: string;
  /** The part alone: what the card shows and copies. */
  doc: CopyDoc;
  target: CopyTarget;
}

/** A sample's parts of the roles asked for, in text order, as cards: its copy document is made once for all. */
function sampleCards(s: Sample, roles: ReadonlySet<Role>): Array<{ role: Role; card: TemplateCard }> {
  const parts = s.structure.parts.filter((p) => roles.has(p.role));
  if (parts.length === 0) return [];
  const doc = copyDoc(s);
  const targets = copyTargets(s, partLabels(s.structure.parts));
  const { id, title, level, perspective, organ, year, period } = s;
  return parts.map((p) => {
    const target = targets.parts.get(p.id)!;
    return {
      role: p.role,
      card: {
        sample: { id, title, level, perspective, organ, year, period },
        part: p.id,
        label: target.label,
        dataId: `copy-${s.id}-${p.id}`,
        doc: sliceDoc(doc, p.start, p.end, false),
        target,
      },
    };
  });
}

/** Every part of `role` in the samples, by sample id then order in the text; only a group's samples when `group` is given. */
export function roleCards(samples: readonly Sample[], role: Role, group: Group | null = null): TemplateCard[] {
  const roles = new Set([role]);
  return byId(samples)
    .filter((s) => group === null || inGroup(s, group))
    .flatMap((s) => sampleCards(s, roles).map(({ card }) => card));
}

/** How many parts of `role` the samples have: the count of its cards, without making them. */
export const roleCount = (samples: readonly Sample[], role: Role): number =>
  samples.reduce((n, s) => n + s.structure.parts.filter((p) => p.role === role).length, 0);

/** A sample's skeleton: its title and whole outline as a template, to copy as an outline. */
export interface Skeleton {
  sample: Pick<Sample, 'id' | 'title' | 'level' | 'perspective' | 'year'>;
  dataId: string;
  /** Title and outline only: no paragraphs. */
  doc: CopyDoc;
  target: CopyTarget;
}

export function skeletons(samples: readonly Sample[]): Skeleton[] {
  return byId(samples).map((s) => {
    const { doc: target } = copyTargets(s, partLabels(s.structure.parts));
    const { id, title, level, perspective, year } = s;
    return {
      sample: { id, title, level, perspective, year },
      dataId: `copy-outline-${s.id}`,
      doc: { ...copyDoc(s), blocks: [] },
      target: { ...target, label: `${title} 提纲` },
    };
  });
}

/** One page of a role's cards, for all levels (`group` null) or one group. */
export interface RolePage {
  role: Role;
  group: Group | null;
  /** Its site path, and the same below `/templates/<role>/` without slashes at the ends (undefined for the role's own page). */
  path: `/${string}`;
  rest: string | undefined;
  page: number;
  pages: number;
  /** Cards of the role in the group, all pages, and per group (for the level filters). */
  total: number;
  counts: Record<Group | 'all', number>;
  /** This page's cards only: a page embeds the copy data of its own cards. */
  cards: TemplateCard[];
}

/** The path of a role's cards for a group (or all levels): `/templates/<role>/[<group>/]`. */
export const rolePath = (role: Role, group: Group | null): `/${string}` => `/templates/${role}/${group === null ? '' : `${group}/`}`;

/**
 * Every page of the templates view per role: all levels, then each group (empty ones too, one
 * page), TEMPLATES_PAGE_SIZE cards a page; page n ≥ 2 is `page/<n>/` below page 1.
 */
export function rolePages(samples: readonly Sample[], role: Role): RolePage[] {
  return pagesOf(role, roleCards(samples, role));
}

/** `rolePages` of every role, in role order, each sample's copy document made once for all its cards. */
export function templatePages(samples: readonly Sample[]): RolePage[] {
  const cards = new Map<Role, TemplateCard[]>(ROLES.map((role) => [role, []]));
  const all = new Set(ROLES);
  for (const s of byId(samples)) for (const { role, card } of sampleCards(s, all)) cards.get(role)!.push(card);
  return ROLES.flatMap((role) => pagesOf(role, cards.get(role)!));
}

/** The pages of a role's cards (all of them, in order): all levels, then each group. */
function pagesOf(role: Role, all: TemplateCard[]): RolePage[] {
  const byGroup = [null, ...GROUPS].map((group) => ({ group, cards: group === null ? all : all.filter((c) => inGroup(c.sample, group)) }));
  const counts = Object.fromEntries(byGroup.map(({ group, cards }) => [group ?? 'all', cards.length])) as Record<Group | 'all', number>;
  return byGroup.flatMap(({ group, cards }) =>
    paginate(cards, TEMPLATES_PAGE_SIZE, rolePath(role, group), `/templates/${role}/`).map(({ path, rest, page, pages, items }) => ({
      role,
      group,
      path,
      rest,
      page,
      pages,
      total: cards.length,
      counts,
      cards: items,
    })),
  );
}

/** One page of the skeletons on `/templates/` (page n ≥ 2 at `/templates/page/<n>/`), samples in collection order. */
export interface SkeletonPage {
  page: number;
  pages: number;
  skeletons: Skeleton[];
}

export function skeletonPage(samples: readonly Sample[], page: number): SkeletonPage {
  return {
    page,
    pages: pageCount(samples.length, TEMPLATES_PAGE_SIZE),
    skeletons: skeletons(pageItems(byId(samples), page, TEMPLATES_PAGE_SIZE)),
  };
}

/** Every `skeletonPage`, the collection sorted once for all. */
export function skeletonPages(samples: readonly Sample[]): SkeletonPage[] {
  const sorted = byId(samples);
  const pages = pageCount(sorted.length, TEMPLATES_PAGE_SIZE);
  return Array.from({ length: pages }, (_, k) => ({
    page: k + 1,
    pages,
    skeletons: skeletons(pageItems(sorted, k + 1, TEMPLATES_PAGE_SIZE)),
  }));
}
