/** Collection order: by id, so a compilation's samples keep their order and single files follow. */
export const compareIds = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A copy of `items` in collection order. */
export function byId<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort(compareIds);
}
