/**
 * What a part does in a 工作总结, in the order parts usually come. Kept apart from the Zod
 * schema so browser code can name the roles without bundling Zod.
 */
export const ROLES = ['opening', 'achievements', 'problems', 'plans', 'closing'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Each part's number among the parts of its role (1, 2, …), null when its role has only one
 * part: what numbers part ids (`achievements-2`) and part labels (`主要成绩 2`).
 */
export function roleOrdinals(parts: readonly { role: Role }[]): Array<number | null> {
  const total = new Map<Role, number>();
  for (const p of parts) total.set(p.role, (total.get(p.role) ?? 0) + 1);
  const seen = new Map<Role, number>();
  return parts.map((p) => {
    const n = (seen.get(p.role) ?? 0) + 1;
    seen.set(p.role, n);
    return total.get(p.role)! > 1 ? n : null;
  });
}
