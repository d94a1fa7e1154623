import { ROLES, type Role } from '../structure/partRoles.ts';
import type { Part } from '../structure/model.ts';

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
  present: boolean;
  /** Line where the first part of that role starts; null when missing. */
  line: number | null;
}

/** Every role in the usual order, present or missing, from the engine's parts. */
export function partChecks(parts: readonly Pick<Part, 'role' | 'line'>[]): PartCheck[] {
  return ROLES.map((role) => {
    const first = parts.find((p) => p.role === role);
    return { role, expectation: EXPECTATION[role], present: first !== undefined, line: first?.line ?? null };
  });
}
