import { describe, expect, it } from 'vitest';
import { ROLE_LABELS } from '../../../src/lib/view/labels.ts';
import { outlineTree, structureSummary, type OutlineItem } from '../../../src/lib/view/outline.ts';
import { sampleView } from '../../../src/lib/view/sample.ts';
import { sourceLines } from '../../../src/lib/view/sourceLines.ts';
import { committedEntries } from '../../committed.ts';

const samples = committedEntries();
const cases = samples.map((s) => [s.id, s] as const);
const flatten = (items: OutlineItem[]): OutlineItem[] => items.flatMap((i) => [i, ...flatten(i.children)]);

describe('outlineTree', () => {
  it.each(cases)('%s: every part in order, every heading once, in reading order, under its parent', (_, s) => {
    const tree = outlineTree(s.structure);
    expect(tree.map((p) => p.id)).toEqual(s.structure.parts.map((p) => p.id));
    expect(tree.map((p) => p.label.split(' ')[0])).toEqual(s.structure.parts.map((p) => ROLE_LABELS[p.role]));
    const all = tree.flatMap((p) => flatten(p.items));
    expect(all.map((i) => i.id)).toEqual(s.structure.outline.map((h) => h.id));
    for (const [k, h] of s.structure.outline.entries()) expect(all[k]!.label).toBe(h.marker + h.text);
    // Children are deeper than their parent; each heading sits in the part it is in.
    const check = (items: OutlineItem[], depth: number) =>
      items.forEach((i) => (expect(i.depth).toBeGreaterThan(depth), check(i.children, i.depth)));
    tree.forEach((p) => check(p.items, 0));
    for (const [k, p] of tree.entries()) {
      const part = s.structure.parts[k]!;
      for (const i of flatten(p.items)) {
        const h = s.structure.outline.find((x) => x.id === i.id)!;
        expect(h.start >= part.start && h.start < part.end, `${i.id} in ${p.id}`).toBe(true);
      }
    }
  });

  it('puts a heading whose parent is in another part at the top of its own part', () => {
    const tree = outlineTree({
      parts: [
        { id: 'achievements', role: 'achievements', line: 1, start: 0, end: 10, heading: 0 },
        { id: 'plans', role: 'plans', line: 2, start: 10, end: 20, heading: null },
      ],
      outline: [
        {
          id: 'h-1',
          depth: 1,
          marker: '一、',
          text: '甲',
          inline: false,
          role: 'achievements',
          line: 1,
          family: 'cn',
          number: 1,
          start: 0,
          textStart: 2,
          textEnd: 3,
          sectionEnd: 10,
          parent: null,
        },
        {
          id: 'h-1-1',
          depth: 2,
          marker: '一是',
          text: '乙',
          inline: true,
          role: 'plans',
          line: 2,
          family: 'enum',
          number: 1,
          start: 10,
          textStart: 12,
          textEnd: 13,
          sectionEnd: 20,
          parent: 0,
        },
      ],
    });
    expect(tree.map((p) => p.items.map((i) => i.id))).toEqual([['h-1'], ['h-1-1']]);
    expect(tree[0]!.items[0]!.children).toEqual([]);
  });
});

describe('structureSummary', () => {
  it.each(cases)('%s: parts, headings per depth, placeholders and anomalies, as the engine found them', (_, s) => {
    const { summary } = sampleView(s);
    expect(summary.parts.map((p) => p.id)).toEqual(s.structure.parts.map((p) => p.id));
    expect(summary.depths.reduce((n, d) => n + d.count, 0)).toBe(s.structure.outline.length);
    expect(summary.depths.map((d) => d.depth)).toEqual([...new Set(s.structure.outline.map((h) => h.depth))].sort((a, b) => a - b));
    expect(summary.headings).toBe(s.structure.outline.length);
    expect(summary.placeholders).toBe(s.structure.placeholders.length);
    expect(summary.anomalies.map((a) => [a.kind, a.detail, a.lines.map((l) => l.line)])).toEqual(
      s.structure.anomalies.map((a) => [a.kind, a.detail, a.lines]),
    );
    expect(summary.anomalies[0]!.kind).toBe('placeholders');
  });

  it.each(cases)('%s: an anomaly links each line the page shows, and only those', (_, s) => {
    const { summary, titleLines } = sampleView(s);
    const body = sourceLines(s.text, s.source.bodyStart).map((l) => l.line);
    const shown = new Set([...body, ...titleLines.map((l) => l.line), ...(s.sourceNote === null ? [] : [s.source.lines[0]])]);
    for (const ref of summary.anomalies.flatMap((a) => a.lines)) expect(ref.target).toBe(shown.has(ref.line) ? `L${ref.line}` : null);
  });

  it('counts depths in order and names them; no line is linked when none is shown', () => {
    const s = samples[0]!;
    const summary = structureSummary(s.structure, new Set());
    expect(summary.depths[0]).toMatchObject({ depth: 1, label: '一级' });
    expect(summary.anomalies.flatMap((a) => a.lines).every((l) => l.target === null)).toBe(true);
  });
});
