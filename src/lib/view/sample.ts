import type { SampleEntry } from '../content/schema.ts';
import type { CopyDoc, CopyTarget } from '../copy.ts';
import { copyDoc, copyTargets } from './copy.ts';
import { partLabels } from './labels.ts';
import { titleSourceLines, type SourceLine } from './lines.ts';
import { outlineTree, structureSummary, type OutlinePart, type StructureSummary } from './outline.ts';
import { bodyView, type PartView } from './segments.ts';

/** Everything a sample page renders, computed from the collection entry. */
export interface SampleView {
  /** The source's title lines; empty when the title is constructed. */
  titleLines: SourceLine[];
  parts: PartView[];
  outline: OutlinePart[];
  summary: StructureSummary;
  /** What the copy actions copy: the doc, and the whole text, each part by id and each section keyed by its heading's line. */
  copy: { doc: CopyDoc; whole: CopyTarget; parts: Map<string, CopyTarget>; sections: Map<number, CopyTarget> };
}

export function sampleView(
  sample: Pick<SampleEntry, 'titleLines' | 'titleInferred' | 'sourceNote' | 'source' | 'text' | 'structure' | 'organ'>,
): SampleView {
  const titleLines = sample.titleInferred ? [] : titleSourceLines(sample);
  const parts = bodyView(sample);
  // Lines the page shows, each an element with id `L<line>`: notice, title lines and body lines.
  const shown = new Set<number>([
    ...(sample.sourceNote === null ? [] : [sample.source.lines[0]]),
    ...titleLines.map((l) => l.line),
    ...parts.flatMap((p) => p.lines.map((l) => l.line)),
  ]);
  const { doc: whole, ...targets } = copyTargets(sample, partLabels(sample.structure.parts));
  return {
    titleLines,
    parts,
    outline: outlineTree(sample.structure),
    summary: structureSummary(sample.structure, shown),
    copy: { doc: copyDoc(sample), whole, ...targets },
  };
}
