import { fold } from '../structure/fold.ts';

export type Perspective = 'unit' | 'individual';

/** 我 as a person, not 我们/我办/我镇… speaking for a unit. */
const FIRST_PERSON = /本人|我(?![们办镇县区市局委乡街单国省校院部所])/gu;
const MIN_FIRST_PERSON = 3;

/**
 * Individual when the title names a person's role (or 个人), or the text speaks as 我/本人
 * throughout; otherwise a unit summary.
 */
export function perspectiveOf(title: string, role: string | null, body: string): Perspective {
  // Folded, so that 我們, 我辦, 我縣 in a traditional text speak for a unit too.
  if (role !== null || /个人/u.test(fold(title))) return 'individual';
  return (fold(body).match(FIRST_PERSON)?.length ?? 0) >= MIN_FIRST_PERSON ? 'individual' : 'unit';
}
