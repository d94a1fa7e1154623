import type { SampleEntry } from '../content/schema.ts';
import { sliceDoc, type CopyDoc, type CopyTarget } from '../format/copy.ts';
import type { Group } from '../offices.ts';
import type { Role } from '../structure/model.ts';
import { copyDoc, copyTargets } from './copyDoc.ts';
import { inGroup } from './groups.ts';
import { partLabels } from './labels.ts';
import { byId } from '../content/order.ts';

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

/** Every part of `role` in the samples, by sample id then order in the text; only a group's samples when `group` is given. */
export function roleCards(samples: readonly Sample[], role: Role, group: Group | null = null): TemplateCard[] {
  return byId(samples)
    .filter((s) => group === null || inGroup(s, group))
    .flatMap((s) => {
      const parts = s.structure.parts.filter((p) => p.role === role);
      if (parts.length === 0) return [];
      const doc = copyDoc(s);
      const targets = copyTargets(s, partLabels(s.structure.parts));
      const { id, title, level, perspective, organ, year, period } = s;
      return parts.map((p) => {
        const target = targets.parts.get(p.id)!;
        return {
          sample: { id, title, level, perspective, organ, year, period },
          part: p.id,
          label: target.label,
          dataId: `copy-${s.id}-${p.id}`,
          doc: sliceDoc(doc, p.start, p.end, false),
          target,
        };
      });
    });
}

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
