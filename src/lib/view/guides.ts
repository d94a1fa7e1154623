import type { Guide } from '../content/schema.ts';
import { compareIds } from '../content/order.ts';

/** Guides in reading order: by `order`, then by slug so equal orders stay stable. */
export function sortedGuides<T extends { id: string; data: Pick<Guide, 'order'> }>(guides: readonly T[]): T[] {
  return [...guides].sort((a, b) => a.data.order - b.data.order || compareIds(a, b));
}
