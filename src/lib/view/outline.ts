import type { AnomalyKind, Family, Role, Structure } from '../structure/model.ts';
import { anomalyLabel, depthLabel, partLabels } from './labels.ts';

/** One heading in the 提纲, with the headings under it. */
export interface OutlineItem {
  id: string;
  depth: number;
  family: Family;
  /** The mark and the text, as the outline shows them (`（一）综合协调周密高效`). */
  label: string;
  children: OutlineItem[];
}

/** One part in the 提纲: its band, then its headings as a tree. */
export interface OutlinePart {
  id: string;
  role: Role;
  /** The role's name, numbered when the role has several parts (`主要成绩 2`). */
  label: string;
  items: OutlineItem[];
}

/**
 * The 提纲: every part in order, each with every heading in it as a tree built from the
 * headings' parents. A heading whose parent is not in its part (or that has none) is at the top of its part.
 */
export function outlineTree(structure: Pick<Structure, 'outline' | 'parts'>): OutlinePart[] {
  const labels = partLabels(structure.parts);
  const parts: OutlinePart[] = structure.parts.map((p, i) => ({ id: p.id, role: p.role, label: labels[i]!, items: [] }));
  const partOf = (offset: number) => {
    const i = structure.parts.findIndex((p, k) => offset >= p.start && (offset < p.end || k === structure.parts.length - 1));
    return i < 0 ? 0 : i;
  };
  const items = structure.outline.map((h) => ({
    id: h.id,
    depth: h.depth,
    family: h.family,
    label: h.marker + h.text,
    children: [] as OutlineItem[],
  }));
  structure.outline.forEach((h, i) => {
    const part = partOf(h.start);
    const parent = h.parent === null ? undefined : structure.outline[h.parent];
    if (parent && h.parent! < i && partOf(parent.start) === part) items[h.parent!]!.children.push(items[i]!);
    else parts[part]?.items.push(items[i]!);
  });
  return parts;
}

/** A line an anomaly concerns, and the element id to link it to when the page shows that line. */
export interface LineRef {
  line: number;
  /** `L137`, or null when the line is not on the page (a line of only whitespace). */
  target: string | null;
}

export interface AnomalyView {
  kind: AnomalyKind;
  /** Short name of the kind (`序号重复`). */
  label: string;
  detail: string;
  lines: LineRef[];
}

/** The figures of the 结构概要. */
export interface StructureSummary {
  parts: Array<{ id: string; role: Role; label: string; line: number }>;
  /** Number of headings at each depth present, shallowest first. */
  depths: Array<{ depth: number; label: string; count: number }>;
  headings: number;
  placeholders: number;
  anomalies: AnomalyView[];
}

/**
 * The 结构概要 of a structure. `shown` is the set of source lines the page renders (title,
 * notice and non-blank body lines): an anomaly's line is linked only when it is one of them.
 */
export function structureSummary(structure: Structure, shown: ReadonlySet<number>): StructureSummary {
  const labels = partLabels(structure.parts);
  const counts = new Map<number, number>();
  for (const h of structure.outline) counts.set(h.depth, (counts.get(h.depth) ?? 0) + 1);
  return {
    parts: structure.parts.map((p, i) => ({ id: p.id, role: p.role, label: labels[i]!, line: p.line })),
    depths: [...counts.entries()].sort((a, b) => a[0] - b[0]).map(([depth, count]) => ({ depth, label: depthLabel(depth), count })),
    headings: structure.outline.length,
    placeholders: structure.placeholders.length,
    anomalies: structure.anomalies.map((a) => ({
      kind: a.kind,
      label: anomalyLabel(a.kind),
      detail: a.detail,
      lines: a.lines.map((line) => ({ line, target: shown.has(line) ? `L${line}` : null })),
    })),
  };
}
