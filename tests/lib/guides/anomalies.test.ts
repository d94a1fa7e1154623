import { describe, expect, it } from 'vitest';
import { anomalyGroups, isAnomalyKind } from '../../../src/lib/guides/anomalies.ts';
import { GUIDE_LIST_MAX } from '../../../src/lib/guides/listed.ts';
import { ANOMALY_KINDS } from '../../../src/lib/structure/model.ts';
import { sampleView } from '../../../src/lib/view/sample.ts';
import { committedEntries } from '../../committed.ts';
import { realSamples, syntheticSamples } from '../../../scripts/bench/corpus.ts';
import { entryOf } from '../../../src/build/collection.ts';
import { byId } from '../../../src/lib/content/order.ts';

const entries = committedEntries();

describe('anomalyGroups', () => {
  const groups = anomalyGroups(entries, ANOMALY_KINDS);
  it('lists every anomaly the engine found, once, under its kind, in the order asked', () => {
    expect(groups.map((g) => g.kind)).toEqual([...ANOMALY_KINDS]);
    for (const g of groups) {
      const truth = entries.flatMap((e) => e.structure.anomalies.filter((a) => a.kind === g.kind).map((a) => [e.id, a.detail]));
      expect(g.items.shown.map((i) => [i.sample, i.detail])).toEqual(truth.slice(0, GUIDE_LIST_MAX));
      expect(g.items.more).toBe(Math.max(0, truth.length - GUIDE_LIST_MAX));
      expect(g.count).toBe(truth.length);
      expect(g.samples).toBe(new Set(truth.map(([id]) => id)).size);
    }
  });
  it('links each to a line the sample page shows, else to its 结构概要', () => {
    for (const g of groups)
      for (const i of g.items.shown) {
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
    const empty = { samples: 0, count: 0, items: { shown: [], more: 0 } };
    if (none) expect(anomalyGroups(entries, [none])).toEqual([{ kind: none, ...empty }]);
    expect(anomalyGroups([], ['numbering-repeat'])).toEqual([{ kind: 'numbering-repeat', ...empty }]);
  });
});

describe('anomalyGroups over a large collection', () => {
  it(`lists at most ${GUIDE_LIST_MAX} places of a kind, the first in collection order, and counts every one`, () => {
    const many = syntheticSamples(realSamples(), 120).map(({ sample }) => entryOf(sample));
    for (const g of anomalyGroups(many, ANOMALY_KINDS)) {
      const truth = byId(many).flatMap((e) => e.structure.anomalies.filter((a) => a.kind === g.kind).map((a) => [e.id, a.detail]));
      expect(g.count).toBe(truth.length);
      expect(g.items.shown.map((i) => [i.sample, i.detail])).toEqual(truth.slice(0, GUIDE_LIST_MAX));
      expect(g.items.shown.length + g.items.more).toBe(truth.length);
    }
    expect(anomalyGroups(many, ANOMALY_KINDS).some((g) => g.items.more > 0)).toBe(true);
  }, 60_000);
});

describe('isAnomalyKind', () => {
  it("knows the engine's kinds only", () => {
    for (const k of ANOMALY_KINDS) expect(isAnomalyKind(k)).toBe(true);
    expect(isAnomalyKind('numbering')).toBe(false);
  });
});
