/**
 * What a part does in a 工作总结, in the order parts usually come. Kept apart from the Zod
 * schema so browser code can name the roles without bundling Zod.
 */
export const ROLES = ['opening', 'achievements', 'problems', 'plans', 'closing'] as const;
export type Role = (typeof ROLES)[number];
