import { describe, expect, it } from 'vitest';
import { anomalyGroups, isAnomalyKind } from '../../../src/lib/guides/anomalies.ts';
import { ANOMALY_KINDS } from '../../../src/lib/structure/model.ts';
import { sampleView } from '../../../src/lib/view/sample.ts';
import { committedEntries } from '../../committed.ts';

const entries = committedEntries();

describe('anomalyGroups', () => {
  const groups = anomalyGroups(entries, ANOMALY_KINDS);
  it('lists every anomaly the engine found, once, under its kind, in the order asked', () => {
    expect(groups.map((g) => g.kind)).toEqual([...ANOMALY_KINDS]);
    for (const g of groups) {
      const truth = entries.flatMap((e) => e.structure.anomalies.filter((a) => a.kind === g.kind).map((a) => [e.id, a.detail]));
      expect(g.items.map((i) => [i.sample, i.detail])).toEqual(truth);
      expect(g.samples).toBe(new Set(truth.map(([id]) => id)).size);
    }
  });
  it('links each to a line the sample page shows, else to its 结构概要', () => {
    for (const g of groups)
      for (const i of g.items) {
        const e = entries.find((x) => x.id === i.sample)!;
        const shown = new Set(sampleView(e).parts.flatMap((p) => p.lines.map((l) => `L${l.line}`)));
        const title = new Set(e.titleInferred ? [] : sampleView(e).titleLines.map((l) => `L${l.line}`));
        const anchor = i.href.split('#')[1]!;
        expect(i.href.startsWith(`/samples/${i.sample}/#`)).toBe(true);
        expect(anchor === 'structure-summary' || shown.has(anchor) || title.has(anchor) || anchor === `L${e.source.lines[0]}`).toBe(true);
      }
  });
  it('keeps a kind no sample has, empty', () => {
    const none = ANOMALY_KINDS.find((k) => !entries.some((e) => e.structure.anomalies.some((a) => a.kind === k)));
    if (none) expect(anomalyGroups(entries, [none])).toEqual([{ kind: none, samples: 0, items: [] }]);
    expect(anomalyGroups([], ['numbering-repeat'])).toEqual([{ kind: 'numbering-repeat', samples: 0, items: [] }]);
  });
});

describe('isAnomalyKind', () => {
  it("knows the engine's kinds only", () => {
    for (const k of ANOMALY_KINDS) expect(isAnomalyKind(k)).toBe(true);
    expect(isAnomalyKind('numbering')).toBe(false);
  });
});
