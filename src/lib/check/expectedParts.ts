import { ROLES, type Role } from '../structure/partRoles.ts';
import type { Heading, Part } from '../structure/model.ts';

/**
 * How much a 工作总结 needs each part (see BRIEF: its anatomy): the achievements are the
 * summary itself; problems and plans are expected of every summary that is reviewed, so a
 * missing one is a warning; an opening and a closing are customary but optional.
 */
export const EXPECTATION: Record<Role, 'required' | 'expected' | 'optional'> = {
  opening: 'optional',
  achievements: 'required',
  problems: 'expected',
  plans: 'expected',
  closing: 'optional',
};
export type Expectation = (typeof EXPECTATION)[Role];

/** One role of a 工作总结 and whether the draft has a part playing it. */
export interface PartCheck {
  role: Role;
  expectation: Expectation;
  /** A part of that role has content. */
  present: boolean;
  /** The role's parts are headings with nothing under them (`三、下一步打算` and the text ends). */
  empty: boolean;
  /** Line where the first part of that role with content starts (the first empty one when none has content); null when missing. */
  line: number | null;
}

/** Nothing but whitespace and the punctuation that may close a heading. */
const NOTHING = /^[\s。．.：:；;，,、！!？?]*$/u;

/**
 * Every role in the usual order, present, empty or missing, from the engine's parts of `body`.
 * A headed part whose heading is all there is of it is empty: writing the heading of a part
 * is not writing the part.
 */
export function partChecks(
  structure: { parts: readonly Pick<Part, 'role' | 'line' | 'end' | 'heading'>[]; outline: readonly Pick<Heading, 'textEnd'>[] },
  body: string,
): PartCheck[] {
  const hasContent = (p: Pick<Part, 'end' | 'heading'>) =>
    p.heading === null || !NOTHING.test(body.slice(structure.outline[p.heading]!.textEnd, p.end));
  return ROLES.map((role) => {
    const own = structure.parts.filter((p) => p.role === role);
    const full = own.find(hasContent);
    const first = full ?? own[0];
    return {
      role,
      expectation: EXPECTATION[role],
      present: full !== undefined,
      empty: first !== undefined && full === undefined,
      line: first?.line ?? null,
    };
  });
}
