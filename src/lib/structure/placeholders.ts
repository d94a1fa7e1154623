import type { LineIndex } from './lines.ts';
import type { Placeholder } from './model.ts';

/**
 * Placeholder runs: `X`/`x` runs not part of a Latin word (`XX`, `XXX`, `xx`), year
 * placeholders (`20XX`, `202x`), and `*` runs; full-width forms too. `OA`, `APP` and
 * concrete figures are not placeholders.
 */
const PLACEHOLDER = /(?<![A-Za-zＡ-Ｚａ-ｚ0-9０-９])(?:(?:19|20|１９|２０)[0-9０-９]?[XxＸｘ]+|[XxＸｘ]+)(?![A-Za-zＡ-Ｚａ-ｚ])|[*＊]+/gu;

export function findPlaceholders(body: string, lines: LineIndex): Placeholder[] {
  return [...body.matchAll(PLACEHOLDER)].map((m) => ({ token: m[0], start: m.index, line: lines.lineOf(m.index) }));
}

/** Counts per token string, most frequent first. */
export function tokenCounts(placeholders: readonly Placeholder[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const p of placeholders) counts.set(p.token, (counts.get(p.token) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
