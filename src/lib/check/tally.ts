import type { CheckReport } from './report.ts';
import type { ShortDraft } from './draftLength.ts';

/** What the report asks a writer to deal with, by section, in the order the report shows them. */
export const TALLY_KEYS = ['numbering', 'anomalies', 'unfilled', 'parts', 'length'] as const;
export type TallyKey = (typeof TALLY_KEYS)[number];

export interface Tally {
  total: number;
  /** The sections with something to deal with, each with how many things, in TALLY_KEYS order. */
  items: Array<{ key: TallyKey; count: number }>;
}

/** Headings whose mark the renumbering changes. */
export const marksToChange = (numbering: CheckReport['numbering']): number =>
  numbering.reduce((n, seq) => n + seq.items.filter((x) => x.expected !== x.marker).length, 0);

/**
 * How many things a report asks a writer to deal with: each heading whose mark should change,
 * each other anomaly, each placeholder or slot left (every occurrence), each required or expected
 * part missing or empty, and a draft far shorter than its samples.
 */
export function tally(report: Pick<CheckReport, 'numbering' | 'anomalies' | 'unfilled' | 'parts'>, short: ShortDraft | null): Tally {
  const counts: Record<TallyKey, number> = {
    numbering: marksToChange(report.numbering),
    anomalies: report.anomalies.length,
    unfilled: report.unfilled.reduce((n, u) => n + u.count, 0),
    parts: report.parts.filter((p) => !p.present && p.expectation !== 'optional').length,
    length: short === null ? 0 : 1,
  };
  const items = TALLY_KEYS.filter((key) => counts[key] > 0).map((key) => ({ key, count: counts[key] }));
  return { total: items.reduce((n, x) => n + x.count, 0), items };
}
