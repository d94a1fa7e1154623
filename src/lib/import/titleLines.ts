/** Marks that open a heading or list item: such a line is body, never a title. */
const NUMBERED = /^[\s\u3000]*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|[0-9０-９]+[.．、]|——)/u;

const MAX_TITLE_LINES = 3;
const MAX_TITLE_CHARS = 40;

/**
 * Whether a line reads as (part of) a title: short, not a sentence (no 。！？；),
 * not a salutation ending in a colon, not numbered.
 */
export function isTitleLike(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || [...t].length > MAX_TITLE_CHARS) return false;
  if (/[。！？；;：:]/.test(t)) return false;
  return !NUMBERED.test(t);
}

/** How many title lines begin at `start` (0-based, before `end`): up to three adjacent title-like lines. */
export function titleLinesAt(lines: readonly string[], start: number, end: number): number {
  let n = 0;
  while (n < MAX_TITLE_LINES && start + n < end && isTitleLike(lines[start + n]!)) n++;
  return n;
}
