import { EMPTY_DRAFT, addSection, draftSection, type Draft, type DraftSection } from '../../../src/lib/compose/deskDraft.ts';
import { sectionRange } from '../../../src/lib/guides/example.ts';
import { copyDoc } from '../../../src/lib/view/copyDoc.ts';
import { committedEntries } from '../../committed.ts';

export const samples = committedEntries();

/** A section of a committed sample as the add button adds it: by part id or heading id, as on its page. */
export function section(id: string, anchor: string): DraftSection {
  const s = samples.find((x) => x.id === id)!;
  const range = sectionRange(s.structure, anchor)!;
  return draftSection(copyDoc(s), range, { sample: id, title: s.title, section: anchor, label: range.label, role: range.role });
}

/** A draft of these sections, added in order. */
export const draftOf = (...sections: DraftSection[]): Draft => sections.reduce((d, s) => addSection(d, s).draft, EMPTY_DRAFT);

/** The reader's draft of the issue: opening, two achievements, problems, plans and closing from five samples. */
export const readerSections = (): Draft =>
  draftOf(
    section('001-07', 'opening'),
    section('001-01', 'achievements-2'),
    section('001-09', 'achievements-2'),
    section('002', 'problems'),
    section('001-09', 'plans'),
    section('001-03', 'closing'),
  );
