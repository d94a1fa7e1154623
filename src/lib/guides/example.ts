import type { SampleEntry } from '../content/schema.ts';
import type { Role } from '../structure/model.ts';
import { sliceDoc, type CopyDoc, type CopyTarget } from '../format/copy.ts';
import { copyDoc, copyTargets } from '../view/copyDoc.ts';
import { partLabels } from '../view/labels.ts';
import { bodyView, type LineView } from '../view/segments.ts';
import { withBase } from '../base.ts';

/** One section of a sample as a guide quotes it: the engine's lines, a link to it and what its copy actions copy. */
export interface ExampleView {
  sample: string;
  /** The sample's title as readers name it. */
  title: string;
  /** The part id or heading id, as on the sample page. */
  section: string;
  /** The part's label (`存在问题`) or the heading as written (`二、存在问题`). */
  label: string;
  /** The role of the part the section is in. */
  role: Role;
  /** The lines the section touches, in order (a section that starts inside a line shows that whole line). */
  lines: LineView[];
  /** Lines of the section left out after `max`. */
  omitted: number;
  href: string;
  /** The sample's CopyDoc cut to the section, and the section as a copy target. */
  copy: { doc: CopyDoc; target: CopyTarget };
}

type Entry = Pick<SampleEntry, 'id' | 'title' | 'text' | 'titleLines' | 'titleInferred' | 'organ' | 'source' | 'structure'>;

/** The body range of a section by its id: a part (`problems`) or a heading (`h-2-1`), with its role; null when the sample has none. */
export function sectionRange(
  structure: SampleEntry['structure'],
  section: string,
): { from: number; to: number; label: string; role: Role } | null {
  const labels = partLabels(structure.parts);
  const p = structure.parts.findIndex((x) => x.id === section);
  if (p !== -1) return { from: structure.parts[p]!.start, to: structure.parts[p]!.end, label: labels[p]!, role: structure.parts[p]!.role };
  const h = structure.outline.find((x) => x.id === section);
  return h ? { from: h.start, to: h.sectionEnd, label: (h.marker + h.text).trim(), role: h.role } : null;
}

/** A section of a sample for a guide, its first `max` lines when given; null when the sample has no such section. */
export function exampleView(sample: Entry, section: string, max?: number): ExampleView | null {
  const range = sectionRange(sample.structure, section);
  if (range === null) return null;
  const lines = bodyView(sample)
    .flatMap((p) => p.lines)
    .filter((l) => l.start < range.to && l.start + l.text.length > range.from);
  const shown = max === undefined ? lines : lines.slice(0, Math.max(1, max));
  const isPart = sample.structure.parts.some((x) => x.id === section);
  const target: CopyTarget = isPart
    ? copyTargets(sample, partLabels(sample.structure.parts)).parts.get(section)!
    : { from: range.from, to: range.to, title: false, label: range.label, outline: true };
  return {
    sample: sample.id,
    title: sample.title,
    section,
    label: range.label,
    role: range.role,
    lines: shown,
    omitted: lines.length - shown.length,
    href: withBase(`/samples/${sample.id}/#${section}`),
    copy: { doc: sliceDoc(copyDoc(sample), range.from, range.to, false), target },
  };
}
