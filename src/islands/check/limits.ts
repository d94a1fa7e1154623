// What the checker takes at most. A real draft is far below every limit (the longest sample, 003,
// has 4,911 characters, 15 KB as UTF-8; a long report is under 100 KB); above them the page says
// why it refuses instead of freezing or crashing the tab.

/** Bytes of a .txt read at most, checked with `file.size` before reading: 5 MB, 50 times a long report. */
export const TXT_BYTES = 5 * 2 ** 20;

/**
 * Characters of a draft checked at most. A 5 MB .txt of Chinese (3 bytes a character in UTF-8) is
 * 1.7 million characters: the engine takes about 8 s and 600 MB for it (Node, one free core), in
 * the worker. Twice that risks the memory of a phone's tab.
 */
export const DRAFT_CHARS = 2_000_000;

/**
 * Characters of a draft kept in localStorage at most: 40 times the longest sample, 400 KB of the
 * 5 to 10 MB a browser gives a site, written on every keystroke in about a millisecond.
 */
export const SAVE_CHARS = 200_000;

/** Entries of one list of the report shown at most (outline, renumbering, anomalies, unfilled tokens). */
export const LIST_ENTRIES = 500;

/** A count of characters as a reader says it: 2000000 → 200 万. */
export const charCount = (n: number): string => (n >= 10_000 ? `${Math.floor(n / 10_000)} 万` : String(n));

/** Bytes as a reader says them: 5 MB, 0.3 MB. */
export const megabytes = (bytes: number): string => `${Number((bytes / 2 ** 20).toFixed(1))} MB`;
