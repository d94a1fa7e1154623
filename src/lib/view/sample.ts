import type { SampleEntry } from '../content/schema.ts';
import type { CopyDoc, CopyTarget } from '../format/copy.ts';
import { copyDoc, copyTargets } from './copyDoc.ts';
import { partLabels } from './labels.ts';
import { titleSourceLines, type SourceLine } from './sourceLines.ts';
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

type Viewed = Pick<SampleEntry, 'titleLines' | 'titleInferred' | 'sourceNote' | 'source' | 'text' | 'structure'>;

/** The page's title lines and body, and the lines it shows, each an element with id `L<line>`: notice, title lines and body lines. */
function shownLines(sample: Viewed): { titleLines: SourceLine[]; parts: PartView[]; shown: Set<number> } {
  const titleLines = sample.titleInferred ? [] : titleSourceLines(sample);
  const parts = bodyView(sample);
  const shown = new Set<number>([
    ...(sample.sourceNote === null ? [] : [sample.source.lines[0]]),
    ...titleLines.map((l) => l.line),
    ...parts.flatMap((p) => p.lines.map((l) => l.line)),
  ]);
  return { titleLines, parts, shown };
}

/** The sample page's 结构概要 alone, its line links as the page makes them. */
export function sampleSummary(sample: Viewed): StructureSummary {
  return structureSummary(sample.structure, shownLines(sample).shown);
}

export function sampleView(sample: Viewed & Pick<SampleEntry, 'organ'>): SampleView {
  const { titleLines, parts, shown } = shownLines(sample);
  const { doc: whole, ...targets } = copyTargets(sample, partLabels(sample.structure.parts));
  return {
    titleLines,
    parts,
    outline: outlineTree(sample.structure),
    summary: structureSummary(sample.structure, shown),
    copy: { doc: copyDoc(sample), whole, ...targets },
  };
}
