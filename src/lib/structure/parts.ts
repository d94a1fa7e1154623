import type { FoundHeading } from './headings.ts';
import type { LineIndex } from './lines.ts';
import type { Paragraph } from './paragraphs.ts';
import { admitsShortcomings, introducesPlan, namesShortcoming, rallies, roleOfHeading } from './roles.ts';
import type { Role } from './model.ts';

/** A part as found: its role, first paragraph and heading. */
export interface FoundPart {
  role: Role;
  paragraph: number;
  heading: number | null;
}

const MAX_CLOSING_CHARS = 300;

/**
 * Cut the body into parts. Every depth-1 heading starts one, with the role its words give.
 * Everything before the first heading is the opening. After it, an unheaded paragraph
 * starts a part of its own when its role differs from the part it would continue:
 * a paragraph admitting shortcomings (problems); after such a paragraph, an enumeration of
 * measures (plans), or a paragraph announcing them; the last paragraph when it is a short
 * rallying pledge with no heading in it (closing), unless it is the only paragraph under its part's heading.
 */
export function findParts(
  folded: string,
  paragraphs: readonly Paragraph[],
  headings: readonly FoundHeading[],
  depths: readonly number[],
): FoundPart[] {
  const parts: FoundPart[] = [];
  // The headings of each paragraph, gathered once rather than looked for in every paragraph.
  const byParagraph: number[][] = paragraphs.map(() => []);
  headings.forEach((h, i) => byParagraph[h.paragraph]!.push(i));
  const inParagraph = (k: number): readonly number[] => byParagraph[k] ?? [];
  const firstHeading = headings.length > 0 ? headings[0]!.paragraph : Math.min(1, paragraphs.length);
  const last = paragraphs.length - 1;
  const push = (role: Role, paragraph: number, heading: number | null) => parts.push({ role, paragraph, heading });

  paragraphs.forEach((p, k) => {
    const own = inParagraph(k);
    const top = own.find((i) => depths[i] === 1);
    if (top !== undefined) {
      const h = headings[top]!;
      push(roleOfHeading(folded.slice(h.textStart, h.textEnd)), k, top);
      return;
    }
    const text = folded.slice(p.start, p.end);
    if (k < firstHeading) {
      if (parts.length === 0) push('opening', k, null);
      return;
    }
    const current = parts.at(-1);
    const opensWithMark = own.length > 0 && headings[own[0]!]!.start <= p.start + (text.length - text.trimStart().length);
    // The one paragraph under a part's heading is that part's content, not a closing (`三、下一步打算` then one pledge).
    const underHeading = current?.heading != null && headings[current.heading]!.paragraph === k - 1 && !headings[current.heading]!.inline;
    if (k === last && own.length === 0 && rallies(text) && [...text.trim()].length <= MAX_CLOSING_CHARS && current && !underHeading) {
      push('closing', k, null);
      return;
    }
    if (!opensWithMark && current?.role === 'achievements' && admitsShortcomings(text)) {
      push('problems', k, null);
      return;
    }
    const lead = opensWithMark ? headings[own[0]!]! : null;
    const afterUnheadedProblems = current?.role === 'problems' && current.heading === null;
    if (lead && lead.family === 'enum' && afterUnheadedProblems && !namesShortcoming(folded.slice(lead.textStart, lead.textEnd))) {
      push('plans', k, null);
      return;
    }
    const nextOpensWithItem = inParagraph(k + 1).some((i) => headings[i]!.start <= paragraphs[k + 1]!.start + 4);
    if (!opensWithMark && current?.role !== 'plans' && introducesPlan(text.trimStart()) && nextOpensWithItem) {
      push('plans', k, null);
      return;
    }
    // The first heading below depth 1 with no depth-1 heading before it: an unheaded body.
    if (!current || current.role === 'opening') push('achievements', k, null);
  });
  return parts;
}

/**
 * Index of the part holding `offset`: the last part starting at or before it (the first part
 * when none does). Parts start in order, so this is a binary search.
 */
export function partAt(parts: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = parts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (parts[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
