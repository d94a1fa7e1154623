import type { SampleEntry } from '../content/schema.ts';
import { ANOMALY_KINDS, type AnomalyKind } from '../structure/model.ts';
import { sampleSummary } from '../view/sample.ts';
import { byId } from '../content/order.ts';
import { withBase } from '../base.ts';
import { listed, type Listed } from './listed.ts';

/** One flagged place: the sample, the first line concerned (linked) and the engine's explanation. */
export interface AnomalyItem {
  sample: string;
  title: string;
  line: number | null;
  detail: string;
  /** The line on the sample page, as its 结构概要 links it; the 结构概要 itself when no line concerned is shown there. */
  href: string;
}

export interface AnomalyGroup {
  kind: AnomalyKind;
  /** Samples with at least one anomaly of this kind. */
  samples: number;
  /** Places of this kind. */
  count: number;
  /** The first places, in collection order, that a guide lists. */
  items: Listed<AnomalyItem>;
}

export const isAnomalyKind = (kind: string): kind is AnomalyKind => (ANOMALY_KINDS as readonly string[]).includes(kind);

type Entry = Pick<SampleEntry, 'id' | 'title' | 'titleLines' | 'titleInferred' | 'sourceNote' | 'source' | 'text' | 'structure'>;

/** Every anomaly of the given kinds across samples, grouped by kind in the order given, empty kinds kept. */
export function anomalyGroups(entries: readonly Entry[], kinds: readonly AnomalyKind[]): AnomalyGroup[] {
  const sorted = byId(entries).map((e) => ({ ...e, summary: sampleSummary(e) }));
  return kinds.map((kind) => {
    const items = sorted.flatMap((e) =>
      e.summary.anomalies
        .filter((a) => a.kind === kind)
        .map((a): AnomalyItem => {
          const target = a.lines.find((l) => l.target !== null)?.target;
          return {
            sample: e.id,
            title: e.title,
            line: a.lines[0]?.line ?? null,
            detail: a.detail,
            href: withBase(`/samples/${e.id}/#${target ?? 'structure-summary'}`),
          };
        }),
    );
    return { kind, samples: new Set(items.map((i) => i.sample)).size, count: items.length, items: listed(items) };
  });
}
